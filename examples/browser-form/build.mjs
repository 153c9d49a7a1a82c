/** Bundles form.js with the package's browser build into form.bundle.js, minified, as a site would. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function buildForm() {
  const here = fileURLToPath(new URL('.', import.meta.url));
  await build({
    entryPoints: [`${here}form.js`],
    outfile: `${here}form.bundle.js`,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildForm();
