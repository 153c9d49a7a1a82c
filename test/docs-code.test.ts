/**
 * The code in the documents runs as a reader of the installed package runs it: the packed tarball
 * is installed into a fresh project, and from the package's folder there (where the examples'
 * files ship) each document's TypeScript blocks run, in order, as one module importing the
 * installed `shebao-transfer`, and every shell block made only of `npx shebao-transfer …` commands
 * runs each command with the installed CLI, with the output its `# ` comment lines show. A block
 * whose fence says `no-run` is left out (it names files of the reader's own). The Chinese twins
 * hold the same blocks (test/docs-twins.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';
import { INSTALL_TIMEOUT, installPackedTarball, type InstalledPackage } from './support/installed-package.js';
import { codeBlocks, DOC_PAIRS, readDoc } from './support/markdown.js';

const IMPORT = /^import\s+([\s\S]*?)\s+from\s+'([^']+)';?[ \t]*$/gm;

/** The blocks as one module: their imports merged at the top (a name imported once), then their code. */
function moduleOf(blocks: string[]): string {
  const taken = new Set<string>();
  const imports = new Map<string, string[]>();
  const defaults: string[] = [];
  const bodies = blocks.map((code) =>
    code.replace(IMPORT, (_all, clause: string, from: string) => {
      const named = /\{([\s\S]*)\}/.exec(clause);
      const head = clause.replace(/\{[\s\S]*\}/, '').replace(/,\s*$/, '').trim();
      if (head) {
        const local = head.replace(/^\*\s+as\s+/, '');
        if (!taken.has(local)) defaults.push(`import ${head} from '${from}';`);
        taken.add(local);
      }
      for (const part of named ? named[1]!.split(',').map((p) => p.trim()).filter(Boolean) : []) {
        const local = part.split(/\s+as\s+/).pop()!.replace(/^type\s+/, '');
        if (taken.has(local)) continue;
        taken.add(local);
        imports.set(from, [...(imports.get(from) ?? []), part]);
      }
      return '';
    }),
  );
  return [...defaults, ...[...imports].map(([from, names]) => `import { ${names.join(', ')} } from '${from}';`), ...bodies].join('\n');
}

// TypeScript runs through this repository's tsx; everything else comes from the installation.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
/** The documents whose commands are run: the references and the maintainer's guide (Chinese only). */
const DOCUMENTS = [...DOC_PAIRS.map(([english]) => english), 'rules/README.md'];

let installed: InstalledPackage;

beforeAll(() => {
  installed = installPackedTarball();
}, INSTALL_TIMEOUT);

describe('the code in the documents runs from the installed package', () => {
  it.each(DOCUMENTS.map((doc) => [doc]))('%s', (doc) => {
    const blocks = codeBlocks(readDoc(doc)).filter((b) => /^(ts|js|typescript|javascript)\b/.test(b.info) && !/\bno-run\b/.test(b.info));
    if (blocks.length === 0) return;
    // In the consumer project, so that 'shebao-transfer' is the installed package; run from the package's folder, where its example files are.
    const file = join(installed.project, `${doc.replace(/[/.]/g, '_')}.mts`);
    writeFileSync(file, moduleOf(blocks.map((b) => b.code)));
    const run = spawnSync(process.execPath, ['--import', TSX, file], { cwd: installed.packageDir, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr, `${doc}'s code blocks (as ${file})`).toBe('');
    expect(run.status).toBe(0);
  }, 90_000);

  it.each(DOCUMENTS.map((doc) => [doc]))('%s: its shebao-transfer commands', (doc) => {
    const blocks = codeBlocks(readDoc(doc)).filter((b) => /^(sh|bash|shell)\b/.test(b.info) && !/\bno-run\b/.test(b.info));
    for (const block of blocks) {
      const lines = block.code.split('\n').filter((l) => l.trim() !== '');
      const commands = lines.filter((l) => !l.trimStart().startsWith('#'));
      if (!commands.every((l) => l.startsWith('npx shebao-transfer '))) continue;
      lines.forEach((line, i) => {
        if (line.trimStart().startsWith('#')) return;
        // As a shell reads it: a word starting with # begins a comment.
        const args = line.replace(/^npx shebao-transfer /, '').replace(/\s+#.*$/, '').trim().split(/\s+/);
        const run = spawnSync(process.execPath, [join(installed.packageDir, 'dist/cli.js'), ...args], { cwd: installed.packageDir, encoding: 'utf8', timeout: 60_000 });
        expect(run.status, `${doc}:${block.line}: ${line}\n${run.stderr}`).toBe(0);
        for (let j = i + 1; j < lines.length && lines[j]!.trimStart().startsWith('# '); j++) {
          expect(run.stdout, `${doc}:${block.line}: ${line}`).toContain(lines[j]!.trimStart().slice(2).trim());
        }
      });
    }
  }, 90_000);
});

