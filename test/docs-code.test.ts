/**
 * The code in the documents runs: each document's TypeScript blocks, in order, as one module
 * against the built package (`shebao-transfer` resolves to this package's dist/), and every shell
 * block made only of `npx shebao-transfer …` commands, each against the built CLI, with the output
 * its `# ` comment lines show. A block whose fence says `no-run` is left out (it names files of the
 * reader's own). The Chinese twins hold the same blocks (test/docs-twins.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';
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

const dir = join(ROOT, '.doc-blocks');

describe('the code in the documents runs', () => {
  it.each(DOC_PAIRS.map(([english]) => [english]))('%s', (doc) => {
    const blocks = codeBlocks(readDoc(doc)).filter((b) => /^(ts|js|typescript|javascript)\b/.test(b.info) && !/\bno-run\b/.test(b.info));
    if (blocks.length === 0) return;
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${doc.replace(/[/.]/g, '_')}.mts`);
    writeFileSync(file, moduleOf(blocks.map((b) => b.code)));
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr, `${doc}'s code blocks (as ${file})`).toBe('');
    expect(run.status).toBe(0);
  }, 90_000);

  it.each(DOC_PAIRS.map(([english]) => [english]))('%s: its shebao-transfer commands', (doc) => {
    const blocks = codeBlocks(readDoc(doc)).filter((b) => /^(sh|bash|shell)\b/.test(b.info) && !/\bno-run\b/.test(b.info));
    for (const block of blocks) {
      const lines = block.code.split('\n').filter((l) => l.trim() !== '');
      const commands = lines.filter((l) => !l.trimStart().startsWith('#'));
      if (!commands.every((l) => l.startsWith('npx shebao-transfer '))) continue;
      lines.forEach((line, i) => {
        if (line.trimStart().startsWith('#')) return;
        const args = line.replace(/^npx shebao-transfer /, '').split(/\s+/);
        const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
        expect(run.status, `${doc}:${block.line}: ${line}\n${run.stderr}`).toBe(0);
        for (let j = i + 1; j < lines.length && lines[j]!.trimStart().startsWith('# '); j++) {
          expect(run.stdout, `${doc}:${block.line}: ${line}`).toContain(lines[j]!.trimStart().slice(2).trim());
        }
      });
    }
  }, 90_000);
});

