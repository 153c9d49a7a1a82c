/**
 * The public type surface of every entry equals the report checked in under docs/api-report/: an
 * API change is deliberate (`npm run api-report`, reviewed in the diff) or it fails here.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { apiReports } from '../../src/build/api-report.js';

describe('the API report', () => {
  const outcomes = apiReports(false);

  it.each(outcomes.map((o) => [o.name, o]))('%s has the surface checked in (npm run api-report after an intended change)', (_name, outcome) => {
    expect(outcome.report, `${outcome.file} differs from the build: if the change is intended, run npm run api-report and commit the report`).toBe(readFileSync(outcome.file, 'utf8'));
  });

  it('covers the functions users call', () => {
    const core = outcomes.find((o) => o.name === 'shebao-transfer')!.report;
    for (const name of ['validateTransfer', 'createCase', 'transition', 'searchRegions', 'compilePolicies', 'summarizeCases', 'checkRoster']) {
      expect(core).toContain(`export function ${name}(`);
    }
    expect(outcomes.find((o) => o.name === 'shebao-transfer-node')!.report).toContain('export function validateParallel(');
  });
});
