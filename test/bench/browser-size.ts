/**
 * The browser build's size as a vendor's bundler makes it (esbuild, minified, gzip -9), against a
 * baseline in the same run: the same functions taken from the core entry, which carries the full
 * zod and the policy tools. Run after `npm run build`; the budget is enforced by
 * test/package/browser-bundle.test.ts, which bundles the same way (test/support/browser-bundle.ts).
 */
import { join } from 'node:path';
import { BROWSER_ENTRY, bundleForBrowser } from '../support/browser-bundle.js';
import { ROOT } from '../support/fixtures.js';

const BUDGET = 90_000;
const FUNCTIONS = 'validateTransfer, searchRegions, createCase, transition, transitionMany, caseState, isTerminal, overdue, upgradeCase, renderNotification';
const CORE_ENTRY = join(ROOT, 'dist/index.js');

const size = (entry: string, names?: string) =>
  bundleForBrowser(names ? `export { ${names} } from ${JSON.stringify(entry)};` : `export * from ${JSON.stringify(entry)};`);

const rows: [string, Awaited<ReturnType<typeof size>>][] = [
  ['validation + region search + workflow, from shebao-transfer/browser', await size(BROWSER_ENTRY, FUNCTIONS)],
  ['the same functions, from shebao-transfer (baseline)', await size(CORE_ENTRY, FUNCTIONS)],
  ['all of shebao-transfer/browser', await size(BROWSER_ENTRY)],
  ['all of shebao-transfer', await size(CORE_ENTRY)],
];
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
console.log('browser bundle sizes (esbuild --minify, gzip -9)\n');
for (const [name, s] of rows) console.log(`${name.padEnd(72)} ${kb(s.minified).padStart(9)} min  ${kb(s.gzipped).padStart(8)} gz`);
const budgeted = rows[0]![1];
const baseline = rows[1]![1];
console.log(`\nbrowser ÷ baseline, gzipped: ${(budgeted.gzipped / baseline.gzipped).toFixed(2)}×`);
console.log(`within ${kb(BUDGET)} gzipped: ${budgeted.gzipped <= BUDGET ? 'met' : 'NOT MET'} (${kb(budgeted.gzipped)})`);
