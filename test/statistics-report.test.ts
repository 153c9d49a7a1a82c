/**
 * The statistics report as a manager sees it: rendered by Debian's Chromium (driven by
 * playwright-core, never a downloaded browser), every figure on the page checked against
 * summarizeCases, and not one request beyond the file itself. `.ci/run` installs chromium and sets
 * SHEBAO_REQUIRE_BROWSER=1; elsewhere the browser tests are skipped when there is no chromium.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStatisticsHtml, summarizeCases, type CaseStatistics } from '../src/index.js';
import { ROOT } from './support/fixtures.js';
import { generateCases } from './support/generate-cases.js';
import { launchChromium, SKIP_BROWSER } from './support/chromium.js';

const CASES = generateCases(250, 3).map((g) => g.case);
const OPTIONS = { from: '2025-10-01', to: '2026-06-30', now: '2026-07-01T01:00:00Z' };

/** The value at a dotted path of the summary: byMonth.3.submitted. */
function at(summary: CaseStatistics, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], summary);
}

const shown = (value: number) => {
  const r = Math.round(value * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
};

describe('renderStatisticsHtml, as a page', () => {
  const summary = summarizeCases(CASES, OPTIONS);
  const html = renderStatisticsHtml(summary);

  it('names a Chinese font for every system, labels the period and the report date, lists the overdue steps', () => {
    for (const font of ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'sans-serif']) expect(html).toContain(`"${font}"`.replace('"sans-serif"', 'sans-serif'));
    expect(html).toContain('统计期间：2025-10-01 至 2026-06-30');
    expect(html).toContain('报告日期：2026-07-01');
    expect(html).toContain('<h2>逾期的步骤</h2>');
    const first = summary.overdue!.list[0]!;
    expect(html).toContain(`<td>${first.id}</td>`);
    expect(html).toContain(`data-figure="overdue.list.0.workingDaysLate" data-value="${first.workingDaysLate}"`);
    expect(renderStatisticsHtml(summary, { locale: 'en' })).toContain('Report date: 2026-07-01');
  });

  it('shows no month after the report date, whatever dates the stored cases carry', () => {
    const early = summarizeCases(CASES, { now: '2026-03-10T01:00:00Z' });
    const page = renderStatisticsHtml(early);
    expect(early.byMonth.some((m) => m.month > '2026-03')).toBe(true);
    expect(page).toContain('<th scope="row">2026-03</th>');
    expect(page).not.toContain('<th scope="row">2026-04</th>');
  });

  it('is one self-contained file: no script, no link, nothing to fetch', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes what comes from the data', () => {
    const hostile: CaseStatistics = { ...summary, byRoute: [{ from: '52', fromName: '<img src=x onerror=alert(1)>', to: '44', toName: '"&', cases: 1 }] };
    const page = renderStatisticsHtml(hostile);
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe.skipIf(SKIP_BROWSER)('the report in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'shebao-report-'));

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(file: string) {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, requests };
  }

  it('shows every figure as summarizeCases computed it, and fetches nothing', async () => {
    const summary = summarizeCases(CASES, OPTIONS);
    const file = join(dir, 'report.html');
    writeFileSync(file, renderStatisticsHtml(summary));
    const { page, requests } = await open(file);
    const figures = await page.$$eval('[data-figure]', (els) => els.map((e) => [e.getAttribute('data-figure')!, e.getAttribute('data-value')!, e.textContent!] as const));
    expect(figures.length).toBeGreaterThan(60);
    for (const [path, value, text] of figures) {
      const expected = path.startsWith('reasons.') && path.endsWith('.share') ? (at(summary, path) as number) * 100 : at(summary, path);
      if (expected === null) {
        expect(value, path).toBe('');
        continue;
      }
      expect(Number(value), path).toBeCloseTo(expected as number, 9);
      expect(text.replace('%', ''), path).toBe(shown(expected as number));
    }
    // Every month, route and reason is on the page.
    const paths = new Set(figures.map(([p]) => p));
    summary.byMonth.forEach((_, i) => expect(paths.has(`byMonth.${i}.submitted`)).toBe(true));
    summary.reasons.forEach((_, i) => expect(paths.has(`reasons.${i}.count`)).toBe(true));
    expect(Math.min(summary.byRoute.length, 15)).toBe([...paths].filter((p) => /^byRoute\.\d+\.cases$/.test(p)).length);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.locator('svg').count()).toBeGreaterThan(5);
    await page.close();
  }, 60_000);

  it('prints on A4', async () => {
    const file = join(dir, 'print.html');
    writeFileSync(file, renderStatisticsHtml(summarizeCases(CASES, OPTIONS)));
    const { page } = await open(file);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 60_000);

  it('the CLI writes the report a manager double-clicks, with the same figures as --json', async () => {
    const ndjson = join(dir, 'cases.ndjson');
    writeFileSync(ndjson, CASES.map((c) => JSON.stringify(c)).join('\n'));
    const html = join(dir, 'cli.html');
    const args = [join(ROOT, 'dist/cli.js'), 'stats', ndjson, '--from', OPTIONS.from, '--to', OPTIONS.to, '--now', OPTIONS.now];
    const r = spawnSync(process.execPath, [...args, '--html', html], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const json = JSON.parse(spawnSync(process.execPath, [...args, '--json'], { encoding: 'utf8' }).stdout) as CaseStatistics;
    expect(json).toEqual(summarizeCases(CASES, OPTIONS));
    const { page, requests } = await open(html);
    const cases = await page.locator('[data-figure="cases"]').getAttribute('data-value');
    expect(Number(cases)).toBe(json.cases);
    expect(requests).toHaveLength(1);
    if (process.env.UPDATE_SCREENSHOT === '1') await page.screenshot({ path: join(ROOT, 'docs', 'statistics-report.png'), fullPage: true });
    await page.close();
    expect(readFileSync(html, 'utf8')).toContain('<svg');
  }, 60_000);
});
