/**
 * The browser build's size as a vendor's bundler makes it (esbuild, minified, gzip -9), against a
 * baseline in the same run: the same functions taken from the core entry, which carries the full
 * zod and the policy tools. Run after `npm run build`; the budget is enforced by
 * test/package/browser-bundle.test.ts.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUDGET = 90_000;
const FUNCTIONS = 'validateTransfer, searchRegions, createCase, transition, transitionMany, caseState, isTerminal, overdue, upgradeCase, renderNotification';

async function size(entry, names) {
  const result = await build({
    stdin: { contents: names ? `export { ${names} } from '${ROOT}dist/${entry}';` : `export * from '${ROOT}dist/${entry}';`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const rows = [
  ['validation + region search + workflow, from shebao-transfer/browser', await size('browser.js', FUNCTIONS)],
  ['the same functions, from shebao-transfer (baseline)', await size('index.js', FUNCTIONS)],
  ['all of shebao-transfer/browser', await size('browser.js')],
  ['all of shebao-transfer', await size('index.js')],
];
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log('browser bundle sizes (esbuild --minify, gzip -9)\n');
for (const [name, s] of rows) console.log(`${name.padEnd(72)} ${kb(s.minified).padStart(9)} min  ${kb(s.gzipped).padStart(8)} gz`);
const [budgeted, baseline] = [rows[0][1], rows[1][1]];
console.log(`\nbrowser ÷ baseline, gzipped: ${(budgeted.gzipped / baseline.gzipped).toFixed(2)}×`);
console.log(`within ${kb(BUDGET)} gzipped: ${budgeted.gzipped <= BUDGET ? 'met' : 'NOT MET'} (${kb(budgeted.gzipped)})`);
