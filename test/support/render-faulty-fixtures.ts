/** The files of fixtures/applications/faulty/, as text: one application per case and expected.json. */
import { readFileSync } from 'node:fs';
import { FAULTY_CASES } from './faulty-cases.js';

export function renderFaultyFixtures(): Record<string, string> {
  const valid = readFileSync(new URL('../../fixtures/applications/guiyang-to-harbin.json', import.meta.url), 'utf8');
  const files: Record<string, string> = {};
  const expected: Record<string, { description: string; issues: FaultyCaseExpectation[] }> = {};
  for (const c of FAULTY_CASES) {
    files[`${c.name}.json`] = `${JSON.stringify(c.change(JSON.parse(valid)), null, 2)}\n`;
    expected[c.name] = { description: c.description, issues: c.expect };
  }
  files['expected.json'] = `${JSON.stringify(expected, null, 2)}\n`;
  return files;
}

type FaultyCaseExpectation = (typeof FAULTY_CASES)[number]['expect'][number];
