/** Bundles the built browser entry as a vendor's bundler would: esbuild, minified, for browsers. */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './fixtures.js';

export interface BrowserBundle {
  code: string;
  minified: number;
  gzipped: number;
  /** Every import the bundle could not take in: node built-ins and the like. */
  unresolved: string[];
}

export const BROWSER_ENTRY = join(ROOT, 'dist/browser.js');

export async function bundleForBrowser(source: string, resolveDir = ROOT): Promise<BrowserBundle> {
  const unresolved = new Set<string>();
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-builtins',
        setup(b) {
          b.onResolve({ filter: /^node:|^(fs|path|os|url|module|worker_threads|child_process|crypto|stream|util|zlib|events|buffer)$/ }, (args) => {
            unresolved.add(args.path);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0]!.text;
  return { code, minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length, unresolved: [...unresolved] };
}
