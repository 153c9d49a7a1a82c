/** The rules/ folder shipped in the package, found from this module's own location. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function bundledRulesDir(): string {
  // dist/node.js, dist/cli.js and src/node/*.ts all sit below the package root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'rules', 'materials.yaml'))) return join(dir, 'rules');
    dir = dirname(dir);
  }
  throw new Error('shebao-transfer: the bundled rules/ folder is missing from the installation');
}
