import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as node from '../src/node/index.js';
import { ISSUE_CODES } from '../src/issue-catalogue.js';
import { POLICY_PROBLEM_CODES } from '../src/policy/problem-codes.js';
import { ISSUE_TABLE_FILES, withIssueTable } from '../src/build/issue-table.js';
import { DOCS } from './support/markdown.js';
import { ROOT } from './support/fixtures.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const readme = read('README.md');
const api = read('docs/api.md');
const workflow = read('docs/workflow.md');
const policyFiles = read('docs/policy-files.md');
const reference = [api, workflow, read('docs/limits.md')].join('\n');

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
    expect(readme).toContain('npm install && npm run build && npx shebao-transfer validate fixtures/applications/guiyang-to-harbin.json');
    expect(readme).toContain('npm test');
  });

  it('links to the references in both languages', () => {
    for (const doc of DOCS) {
      expect(readme).toContain(`](docs/${doc})`);
      expect(readme).toContain(`](docs/zh-CN/${doc})`);
    }
    expect(readme).toContain('](README.zh-CN.md)');
  });
});

describe('the API reference (docs/api.md, docs/workflow.md)', () => {
  it('documents every exported function under its own heading', () => {
    const functions = new Set(
      [...Object.entries(core), ...Object.entries(node)]
        .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
        .map(([name]) => name),
    );
    expect(functions.size).toBeGreaterThan(25);
    for (const name of functions) expect(reference, name).toMatch(new RegExp(`^## ${name}\\(`, 'm'));
  });

  it('names every exported class and constant', () => {
    const others = [...Object.entries(core), ...Object.entries(node)]
      .filter(([name, value]) => typeof value !== 'function' || /^[A-Z]/.test(name))
      .map(([name]) => name);
    for (const name of others) expect(reference, name).toContain(name);
  });

  it('lists every issue code in a table generated from the catalogue, in both languages (npm run generate:readme)', () => {
    for (const file of ISSUE_TABLE_FILES) {
      const text = read(file);
      expect(withIssueTable(text), file).toBe(text);
      for (const code of Object.keys(ISSUE_CODES)) expect(text).toContain(`| \`${code}\` |`);
    }
  });
});

describe('the workflow diagram in docs/workflow.md', () => {
  it('is the one toMermaid() draws', async () => {
    const { toMermaid } = await import('../src/index.js');
    expect(workflow).toContain(`\`\`\`mermaid\n${toMermaid()}\n\`\`\``);
  });
});

describe('the maintainer guide (rules/README.md)', () => {
  const guide = readFileSync(join(ROOT, 'rules', 'README.md'), 'utf8');

  it('points only at files and folders that exist', () => {
    const paths = [...guide.matchAll(/`((?:national|provinces|calendar|fixtures)\/[^`\s]*?)`/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(5);
    // calendar/2027.yaml is the file the guide tells maintainers to add.
    for (const path of paths.filter((p) => !p.includes('2027'))) {
      const real = path.startsWith('fixtures/') ? join(ROOT, path) : join(ROOT, 'rules', path);
      expect(existsSync(real), path).toBe(true);
    }
  });

  it('names the lint codes of the issue, and docs/policy-files.md lists every policy problem code', () => {
    for (const code of ['yaml.syntax', 'yaml.duplicate-key', 'condition.unknown-fact', 'material.unknown-kind', 'scope.unknown-region', 'effective.order', 'overlap.same-rank', 'gap.no-policy', 'policy.expired']) {
      expect(guide, code).toContain(`\`${code}\``);
    }
    for (const code of Object.keys(POLICY_PROBLEM_CODES)) expect(policyFiles, code).toContain(`\`${code}\``);
  });
});
