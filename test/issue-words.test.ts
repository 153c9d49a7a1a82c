/**
 * Words for the people who read them: an issue's message and suggestion speak to the person
 * filling in the form. Field paths, rule ids, enum values, file paths and option names belong in
 * `detail` — checked over the whole catalogue and over results of real and generated applications.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, validateTransfer, type Issue } from '../src/index.js';
import { readJson, TODAY } from './support/fixtures.js';
import { generateApplications } from './support/generate-applications.js';

/** What reads as code rather than words, in a Chinese text. */
const DEVELOPER_VOCABULARY: [string, RegExp][] = [
  ['camelCase identifier', /[a-z][A-Z]/],
  ['dotted path', /[A-Za-z]\.[A-Za-z]/],
  ['kebab-case value', /[a-z]-[a-z]/],
  ['command-line option', /--[a-z]/],
  ['file path or MIME type', /[a-z]\/[a-z]/],
  ['underscore', /_/],
  ['lower-case word', /(?<![A-Za-z])(?!dpi(?![A-Za-z]))[a-z]{2,}(?![A-Za-z])/],
  ['unfilled placeholder', /\{\w+\}/],
];

/** Chinese punctuation that an English text must not use. */
const CHINESE_PUNCTUATION = /[、，。：；（）「」《》？！【】]/;

/** Placeholders whose values are identifiers, never for the Chinese words. */
const DEVELOPER_PARAMS = ['field', 'types', 'kinds', 'rule', 'mimeType', 'detected', 'detail', 'kind'];

function vocabularyIn(text: string): string[] {
  return DEVELOPER_VOCABULARY.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${name} in «${text}»`);
}

const catalogue = Object.entries(ISSUE_CODES) as [string, { zh: string; en: string; suggestionZh?: string; suggestionEn?: string }][];

describe('the catalogue of issue texts', () => {
  it.each(catalogue)('%s speaks to the person filling in the form', (_code, entry) => {
    for (const template of [entry.zh, entry.suggestionZh ?? '']) {
      const placeholders = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      expect(placeholders.filter((p) => DEVELOPER_PARAMS.includes(p) || p.endsWith('En'))).toEqual([]);
      expect(vocabularyIn(template.replace(/\{\w+\}/g, '某'))).toEqual([]);
    }
    for (const template of [entry.en, entry.suggestionEn ?? '']) {
      const placeholders = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      expect(placeholders.filter((p) => DEVELOPER_PARAMS.includes(p))).toEqual([]);
      expect(template).not.toMatch(CHINESE_PUNCTUATION);
    }
  });
});

/** Every string the application holds, longest first: the applicant's own values may appear as given. */
function ownValues(application: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, depth: number) => {
    if (depth > 8) return;
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      if (text.trim()) {
        found.add(text);
        found.add(text.trim());
        found.add(text.trim().toLowerCase());
        found.add(text.trim().toUpperCase());
      }
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        found.add(key);
        walk(inner, depth + 1);
      }
    }
  };
  walk(application, 0);
  return [...found].sort((a, b) => b.length - a.length);
}

function withoutOwnValues(text: string, values: string[]): string {
  let out = text;
  for (const value of values) if (value.length > 1 || /[A-Za-z]/.test(value)) out = out.split(value).join('某');
  return out;
}

function problemsOf(application: unknown): string[] {
  const values = ownValues(application);
  const problems: string[] = [];
  const zh = validateTransfer(application, { today: TODAY });
  const en = validateTransfer(application, { today: TODAY, locale: 'en' });
  const readable = (i: Issue) => [i.message, i.suggestion ?? ''];
  for (const issue of zh.issues) {
    for (const text of readable(issue)) problems.push(...vocabularyIn(withoutOwnValues(text, values)).map((p) => `${issue.code}: ${p}`));
    expect(issue.detail ?? '', issue.code).not.toBe(issue.message);
  }
  for (const issue of en.issues) {
    for (const text of [issue.messageEn, issue.suggestionEn ?? '']) {
      if (CHINESE_PUNCTUATION.test(withoutOwnValues(text, values))) problems.push(`${issue.code}: Chinese punctuation in «${text}»`);
    }
  }
  return problems;
}

const FAULTY = readdirSync(new URL('../fixtures/applications/faulty/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'expected.json');

describe('the issues of real-looking applications', () => {
  it.each(['guiyang-to-harbin.json', ...FAULTY.map((f) => `faulty/${f}`)])('%s: plain words in both languages', (file) => {
    expect(problemsOf(readJson(`fixtures/applications/${file}`))).toEqual([]);
  });

  it('generated applications: plain words in both languages', () => {
    const problems = generateApplications(150).flatMap((a) => problemsOf(a));
    expect(problems).toEqual([]);
  });

  it('applications with faults in any field: plain words, and the path only in the detail', () => {
    const base = readJson<Record<string, unknown>>('fixtures/applications/guiyang-to-harbin.json');
    const junk = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constantFrom('', ' ', '2026-13-45', 'x'));
    const field = fc.constantFrom(
      ['applicant', 'idNumber'], ['applicant', 'hukouRegion'], ['applicant', 'gender'], ['applicant', 'birthDate'], ['from', 'scheme'],
      ['to', 'region'], ['insuranceTypes'], ['separationDate'], ['contributions', 'pension', 'months'], ['materials', 0, 'kind'],
      ['materials', 0, 'issuedDate'], ['materials', 1, 'mimeType'], ['applicationChannel'], ['employer', 'creditCode'],
    );
    fc.assert(
      fc.property(field, junk, (path, value) => {
        const application = structuredClone(base) as Record<string, any>;
        let target: any = application;
        for (const key of path.slice(0, -1)) target = target[key] ??= {};
        target[path[path.length - 1]!] = value;
        expect(problemsOf(application)).toEqual([]);
        const result = validateTransfer(application, { today: TODAY });
        const atField = result.issues.filter((i) => i.path.join('.') === path.join('.'));
        for (const issue of atField) expect(issue.detail).toContain(path.join('.').replace(/\.(\d+)/g, '[$1]'));
      }),
      { numRuns: 200 },
    );
  });
});
