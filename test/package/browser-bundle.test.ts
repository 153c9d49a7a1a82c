/**
 * The browser build as a vendor's bundler makes it from the package (esbuild, minified): within its
 * budget for validation, region search and the workflow; no `node:` module anywhere in the browser
 * or core entries; and no string evaluated as code, which a strict Content Security Policy refuses.
 * (test/examples/browser-form.test.ts runs it in Chromium under such a policy.)
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { BROWSER_ENTRY, bundleForBrowser } from '../support/browser-bundle.js';
import { ROOT } from '../support/fixtures.js';

/** At most 90 KB gzipped: validateTransfer + searchRegions + the workflow. */
const BROWSER_BUDGET_GZIP = 90_000;

const BUDGETED = ['validateTransfer', 'searchRegions', 'createCase', 'transition', 'transitionMany', 'caseState', 'isTerminal', 'overdue', 'upgradeCase', 'renderNotification'];
const EVAL = /\bnew Function\b|\beval\(|\bFunction\(\s*["'`]|setTimeout\(\s*["'`]/;

describe('the browser build', () => {
  it(`validation, region search and the workflow fit in ${BROWSER_BUDGET_GZIP / 1000} KB gzipped`, async () => {
    const bundle = await bundleForBrowser(`export { ${BUDGETED.join(', ')} } from ${JSON.stringify(BROWSER_ENTRY)};`);
    console.log(`browser budget: ${bundle.minified} bytes minified, ${bundle.gzipped} gzipped (budget ${BROWSER_BUDGET_GZIP})`);
    expect(bundle.unresolved).toEqual([]);
    expect(bundle.gzipped).toBeLessThanOrEqual(BROWSER_BUDGET_GZIP);
  });

  it.each([
    ['shebao-transfer/browser', BROWSER_ENTRY],
    ['shebao-transfer', join(ROOT, 'dist/index.js')],
  ])('%s imports no node: module and evaluates no strings', async (_name, entry) => {
    const bundle = await bundleForBrowser(`export * from ${JSON.stringify(entry)};`);
    console.log(`${_name}, whole: ${bundle.minified} bytes minified, ${bundle.gzipped} gzipped`);
    expect(bundle.unresolved).toEqual([]);
    expect(bundle.code).not.toMatch(EVAL);
  });

  it('the check sees a node: import and a new Function when there is one', async () => {
    const bundle = await bundleForBrowser(`import { readFileSync } from 'node:fs'; export const f = () => readFileSync; export const g = new Function('return 1');`);
    expect(bundle.unresolved).toEqual(['node:fs']);
    expect(bundle.code).toMatch(EVAL);
  });
});
