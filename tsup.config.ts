import { defineConfig } from 'tsup';

// zod is bundled (tree-shaken, named imports only): loading its ~80 ESM files cost more than the
// whole cold-start budget of the package. It stays a dependency for the types users code against.
// magic-bytes.js is CommonJS; bundled, the ESM build needs no interop with it.
const bundled = ['zod', 'magic-bytes.js'];

export default defineConfig([
  {
    // The worker threads of validateParallel load validate-worker from beside the chunk that starts them.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts', 'validate-worker': 'src/node/parallel/validate-worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    // index and node share one chunk, so both entries see one rule set and one set of caches.
    splitting: true,
    treeshake: true,
    noExternal: bundled,
  },
  {
    // A build of its own, sharing no chunk with index: the browser must not load the full zod or
    // the policy tools that index carries. Its size is held to a budget by test/package/browser-bundle.test.ts.
    entry: { browser: 'src/browser.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    treeshake: true,
    noExternal: bundled,
  },
  {
    entry: { cli: 'src/node/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    noExternal: bundled,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
