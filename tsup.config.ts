import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// zod is bundled (tree-shaken, named imports only): loading its ~80 ESM files cost more than the
// whole cold-start budget of the package. It stays a dependency for the types users code against.
// magic-bytes.js is CommonJS; bundled, the ESM build needs no interop with it.
const bundled = ['zod', 'magic-bytes.js'];

// No source maps ship: they held every bundled dependency's source (4 MB) and point at src/, which
// is not in the package; the build is not minified, so stack traces read as they are.
const common: Options = {
  sourcemap: false,
  treeshake: true,
  noExternal: bundled,
  // Chinese text (regions, rules, messages) as UTF-8, not \u escapes: half the bytes.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

// index and node share one chunk, so both entries see one rule set and one set of caches; the
// worker threads of validateParallel load validate-worker from beside the chunk that starts them.
const nodeEntries = { index: 'src/index.ts', validate: 'src/validate.ts', node: 'src/node/index.ts', 'validate-worker': 'src/node/parallel/validate-worker.ts' };

// Modules the browser build swaps for smaller ones with the same answers: the region catalogue
// read from its compact table (fewer bytes to download; Node builds from the spelled-out rows,
// which cost less to read at start-up), and no well-formed reader (every application read by the
// schema: slower per application, which a page validating one form does not feel).
const BROWSER_SWAPS: [RegExp, string][] = [
  [/\/catalogue-rows\.js$/, 'src/region/catalogue-rows.browser.ts'],
  [/\/read-well-formed\.js$/, 'src/application/read-well-formed.browser.ts'],
];
const browserSwaps = {
  name: 'browser-swaps',
  setup(build: { onResolve: (options: { filter: RegExp }, callback: () => { path: string }) => void }) {
    for (const [filter, file] of BROWSER_SWAPS) build.onResolve({ filter }, () => ({ path: fileURLToPath(new URL(file, import.meta.url)) }));
  },
};

export default defineConfig([
  {
    ...common,
    // The CLI is built with the ESM entries and shares their chunk instead of carrying the core again.
    entry: { ...nodeEntries, cli: 'src/node/cli/main.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', validate: 'src/validate.ts', node: 'src/node/index.ts' } },
    target: 'node20',
    platform: 'neutral',
    splitting: true,
    async onSuccess() {
      const cli = 'dist/cli.js';
      writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);
      chmodSync(cli, 0o755);
    },
  },
  {
    ...common,
    // require('shebao-transfer/browser') (Node, test runners) gets the same API from the CommonJS
    // chunk: a few lines of re-exports instead of a second copy of the browser build.
    entry: { ...nodeEntries, browser: 'src/browser.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', validate: 'src/validate.ts', node: 'src/node/index.ts', browser: 'src/browser.ts' } },
    target: 'node20',
    platform: 'neutral',
    splitting: true,
  },
  {
    ...common,
    // A build of its own, sharing no chunk with index: the browser must not load the full zod or
    // the policy tools that index carries. Its size is held to a budget by test/package/browser-bundle.test.ts.
    entry: { browser: 'src/browser.ts' },
    esbuildPlugins: [browserSwaps],
    format: ['esm'],
    dts: true,
    target: 'es2022',
    platform: 'browser',
  },
]);
