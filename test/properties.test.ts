import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISIONS, ISSUE_CODES, validateTransfer } from '../src/index.js';
import { guiyangToHarbin, TODAY } from './support/fixtures.js';

function expectResultShape(result: ReturnType<typeof validateTransfer>): void {
  expect(typeof result.ok).toBe('boolean');
  expect(result.ok).toBe(!result.issues.some((i) => i.severity === 'error'));
  expect(typeof result.policyVersion).toBe('string');
  expect(Array.isArray(result.items)).toBe(true);
  for (const item of result.items) expect(DECISIONS).toContain(item.decision);
  for (const issue of result.issues) {
    expect(Object.keys(ISSUE_CODES)).toContain(issue.code);
    expect(['error', 'warning', 'info']).toContain(issue.severity);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(issue.message).toBeTruthy();
    expect(issue.messageEn).toBeTruthy();
  }
  expect(() => JSON.stringify(result)).not.toThrow();
}

/** Replaces one field somewhere in the application with an arbitrary value. */
const mutatedApplication = fc
  .tuple(
    fc.constantFrom(
      ['applicant'],
      ['applicant', 'name'],
      ['applicant', 'idNumber'],
      ['applicant', 'gender'],
      ['applicant', 'birthDate'],
      ['applicant', 'hukouRegion'],
      ['employer'],
      ['employer', 'creditCode'],
      ['from'],
      ['from', 'region'],
      ['to', 'region'],
      ['insuranceTypes'],
      ['insuranceTypes', 0],
      ['reason'],
      ['separationDate'],
      ['applicationDate'],
      ['contributions'],
      ['contributions', 'pension'],
      ['contributions', 'pension', 'months'],
      ['contributions', 'pension', 'lastPaidMonth'],
      ['materials'],
      ['materials', 1],
      ['materials', 1, 'kind'],
      ['materials', 1, 'fileName'],
      ['materials', 1, 'mimeType'],
      ['materials', 1, 'sizeBytes'],
      ['materials', 1, 'issuedBy'],
      ['materials', 1, 'issuedDate'],
      ['materials', 1, 'hasOfficialSeal'],
    ),
    fc.jsonValue(),
  )
  .map(([path, value]) => {
    const app = guiyangToHarbin();
    let target: any = app;
    for (const key of path.slice(0, -1)) target = target[key];
    target[path[path.length - 1]!] = value;
    return app;
  });

describe('validateTransfer never throws', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expectResultShape(validateTransfer(input, { today: TODAY }));
      }),
      { numRuns: 500 },
    );
  });

  it('on any object shaped a little like an application', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            applicant: fc.oneof(fc.jsonValue(), fc.record({ name: fc.string(), idNumber: fc.string() })),
            from: fc.oneof(fc.jsonValue(), fc.record({ region: fc.oneof(fc.string(), fc.integer()) })),
            to: fc.oneof(fc.jsonValue(), fc.record({ region: fc.oneof(fc.string(), fc.integer()) })),
            insuranceTypes: fc.oneof(fc.jsonValue(), fc.array(fc.string())),
            materials: fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.string(), fc.jsonValue()))),
            applicationDate: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          expectResultShape(validateTransfer(input, { today: TODAY }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('when any one field of the seed application is replaced by any JSON value', () => {
    fc.assert(
      fc.property(mutatedApplication, (app) => {
        expectResultShape(validateTransfer(app, { today: TODAY }));
        expectResultShape(validateTransfer(app, { today: TODAY, locale: 'en' }));
      }),
      { numRuns: 500 },
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(mutatedApplication, (app) => {
        const before = JSON.stringify(app);
        validateTransfer(app, { today: TODAY });
        expect(JSON.stringify(app)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
