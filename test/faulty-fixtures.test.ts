import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTransfer } from '../src/index.js';
import { renderFaultyFixtures } from './support/render-faulty-fixtures.js';
import { readJson, TODAY } from './support/fixtures.js';

const DIR = new URL('../fixtures/applications/faulty/', import.meta.url);
const expected = readJson<Record<string, { description: string; issues: { code: string; path: (string | number)[]; severity?: string }[] }>>(
  'fixtures/applications/faulty/expected.json',
);
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'expected.json');

describe('each faulty fixture reports its fault at its field', () => {
  it('has an expectation for every fixture file', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s', (file) => {
    const name = file.replace(/\.json$/, '');
    const application = JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
    const result = validateTransfer(application, { today: TODAY });
    for (const want of expected[name]!.issues) {
      const found = result.issues.find((i) => i.code === want.code && JSON.stringify(i.path) === JSON.stringify(want.path));
      expect(found, `${want.code} at ${want.path.join('.')} in ${JSON.stringify(result.issues.map((i) => [i.code, i.path.join('.')]))}`).toBeDefined();
      expect(found!.severity).toBe(want.severity ?? 'error');
      expect(found!.message.length).toBeGreaterThan(0);
      expect(found!.messageEn.length).toBeGreaterThan(0);
    }
    const errors = expected[name]!.issues.some((i) => (i.severity ?? 'error') === 'error');
    expect(result.ok).toBe(!errors);
  });

  it('the files on disk are the ones test/support/faulty-cases.ts describes (npm run generate:fixtures)', () => {
    for (const [file, text] of Object.entries(renderFaultyFixtures())) {
      expect(readFileSync(new URL(file, DIR), 'utf8'), file).toBe(text);
    }
  });
});
