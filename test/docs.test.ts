import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as node from '../src/node/index.js';
import { ISSUE_CODES } from '../src/issues.js';
import { withIssueTable } from '../src/build/issue-table.js';
import { ROOT } from './support/fixtures.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('the issue catalogue', () => {
  it('gives every code a Chinese and an English message and suggestion', () => {
    for (const [code, entry] of Object.entries(ISSUE_CODES) as [string, Record<string, string>][]) {
      expect(entry.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en, code).toMatch(/^[\x20-\x7e\u2018-\u201d…()（）]+$/);
      expect(entry.suggestionZh, `${code} has no Chinese suggestion`).toBeTruthy();
      expect(entry.suggestionEn, `${code} has no English suggestion`).toBeTruthy();
      expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/);
    }
  });

  it('fills every placeholder it uses from the same parameters in both languages', () => {
    for (const [code, entry] of Object.entries(ISSUE_CODES) as [string, Record<string, string>][]) {
      const names = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/En$/, ''));
      expect(new Set(names(entry.en)), code).toEqual(new Set(names(entry.zh)));
    }
  });
});

describe('README.md', () => {
  it('shows the two quick-start commands and the test command', () => {
    expect(readme).toContain('npm install && npx shebao-transfer validate fixtures/applications/guiyang-to-harbin.json');
    expect(readme).toContain('npm test');
  });

  it('documents every exported function under its own heading', () => {
    const functions = new Set(
      [...Object.entries(core), ...Object.entries(node)]
        .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
        .map(([name]) => name),
    );
    expect(functions.size).toBeGreaterThan(25);
    for (const name of functions) expect(readme, name).toMatch(new RegExp(`^### ${name}\\(`, 'm'));
  });

  it('names every exported class and constant', () => {
    const others = [...Object.entries(core), ...Object.entries(node)]
      .filter(([name, value]) => typeof value !== 'function' || /^[A-Z]/.test(name))
      .map(([name]) => name);
    for (const name of others) expect(readme, name).toContain(name);
  });

  it('lists every issue code in a table generated from the catalogue (npm run generate:readme)', () => {
    expect(withIssueTable(readme)).toBe(readme);
    for (const code of Object.keys(ISSUE_CODES)) expect(readme).toContain(`| \`${code}\` |`);
  });
});

describe('the workflow diagram in README.md', () => {
  it('is the one toMermaid() draws', async () => {
    const { toMermaid } = await import('../src/index.js');
    expect(readme).toContain(`\`\`\`mermaid\n${toMermaid()}\n\`\`\``);
  });
});
