/**
 * examples/browser-form in headless Chromium, served with a strict Content Security Policy: the
 * form validates as the user types, shows issues beside their fields and decisions below, and the
 * library runs without one policy violation or page error. SHEBAO_SCREENSHOT=path keeps a picture.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SKIP_BROWSER } from '../support/chromium.js';
import { ROOT } from '../support/fixtures.js';

const EXAMPLE = join(ROOT, 'examples/browser-form');

describe.skipIf(SKIP_BROWSER)('the browser form example, under a strict CSP', () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  let page: Page;
  const violations: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const { buildForm } = await import(join(EXAMPLE, 'build.mjs'));
    await buildForm();
    const { serveForm } = await import(join(EXAMPLE, 'serve.mjs'));
    server = await serveForm(0);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 900, height: 1400 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-eval');
    await page.waitForSelector('#status:not(:empty)');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const issuesBeside = (field: string) => page.$$eval(`.field-issues[data-for="${field}"] p`, (ps) => ps.map((p) => p.getAttribute('data-code')));

  it('says what is missing before anything is typed', async () => {
    expect(await page.textContent('#status')).toBe('需要修改');
    expect(await issuesBeside('applicant.idNumber')).toContain('input.required');
    expect(await issuesBeside('from')).toContain('input.required');
  });

  it('checks the identity number as it is typed, beside the field', async () => {
    await page.fill('input[name="applicant.idNumber"]', '520102199003071235');
    await expect.poll(() => issuesBeside('applicant.idNumber')).toContain('id.checksum');
    expect(await page.getAttribute('input[name="applicant.idNumber"]', 'aria-invalid')).toBe('true');
    await page.fill('input[name="applicant.idNumber"]', '520102199003071236');
    await expect.poll(() => issuesBeside('applicant.idNumber')).toEqual([]);
  });

  it('suggests regions from pinyin and decides each insurance type for Guiyang → Harbin', async () => {
    await page.fill('input[name="from.region"]', 'guiyang');
    await expect.poll(() => page.$$eval('#from-suggestions option', (os) => os.map((o) => o.getAttribute('value')))).toContain('贵州省贵阳市');
    await page.fill('input[name="from.region"]', '贵州省贵阳市');
    await page.fill('input[name="to.region"]', 'haerbin');
    await expect.poll(() => page.$$eval('#to-suggestions option', (os) => os.map((o) => o.getAttribute('value')))).toContain('黑龙江省哈尔滨市');
    await page.fill('input[name="to.region"]', '黑龙江省哈尔滨市');
    await page.fill('input[name="separationDate"]', '2026-09-30');
    const decided = () => page.$$eval('#decisions li', (lis) => lis.map((li) => li.getAttribute('data-insurance')));
    await expect.poll(decided).toEqual(['pension', 'medical', 'unemployment', 'work-injury', 'maternity', 'housing-fund']);
    // Until both places resolve there is no plan and no document is asked for: wait for the route.
    await expect.poll(() => issuesBeside('materials')).toContain('material.missing');
    expect(await page.textContent('#decisions li[data-insurance="pension"]')).toMatch(/养老保险/);
  });

  it('asks for the documents the rules require and checks each file beside its row', async () => {
    const rows = await page.$$eval('.material:not([hidden])', (els) => els.map((e) => e.getAttribute('data-kind')!));
    expect(rows).toEqual(
      expect.arrayContaining(['id-card', 'pension-contribution-certificate', 'medical-insurance-certificate', 'unemployment-transfer-application', 'housing-fund-transfer-application']),
    );
    for (const kind of rows) {
      await page.setInputFiles(`.material[data-kind="${kind}"] input[type=file]`, { name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
    }
    const beside = (kind: string) => page.$$eval(`.material[data-kind="${kind}"] .field-issues p`, (ps) => ps.map((p) => p.getAttribute('data-code')));
    await expect.poll(() => beside('pension-contribution-certificate')).toContain('material.seal-missing');
    for (const seal of await page.$$('.material:not([hidden]) input[name=seal]')) await seal.check();
    await expect.poll(() => page.textContent('#status')).toBe('可以提交');
    expect(await beside('pension-contribution-certificate')).toEqual([]);
    if (process.env.SHEBAO_SCREENSHOT) {
      await page.uncheck('.material[data-kind="medical-insurance-certificate"] input[name=seal]');
      await page.fill('input[name="applicant.idNumber"]', '52010219900307123');
      await expect.poll(() => issuesBeside('applicant.idNumber')).not.toEqual([]);
      await expect.poll(() => beside('medical-insurance-certificate')).toContain('material.seal-missing');
      mkdirSync(dirname(process.env.SHEBAO_SCREENSHOT), { recursive: true });
      await page.screenshot({ path: process.env.SHEBAO_SCREENSHOT, fullPage: true });
    }
  });

  it('ran without a policy violation or a page error', () => {
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the policy is in force: an inline script is refused and reported', async () => {
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    violations.length = 0;
  });
});
