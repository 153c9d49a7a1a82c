import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISIONS, ISSUE_CODES, validateTransfer } from '../src/index.js';
import { guiyangToHarbin, TODAY } from './support/fixtures.js';
import { seededRandom } from './support/seeded-random.js';
import { FAULTY_CASES } from './support/faulty-cases.js';

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

/** Rebuilds a JSON value with its object keys in a shuffled order and unknown keys added. */
function reshape(value: unknown, random: () => number, extra: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((v) => reshape(v, random, extra));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, reshape(v, random, extra)] as const);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return { ...Object.fromEntries(entries), ...extra };
}

const unknownFields = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 8 }).map((k) => `x_${k}`),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 3 },
);

describe('validity does not depend on the shape of the JSON', () => {
  it('a valid application stays valid, with the same decisions, when fields are reordered or unknown fields added', () => {
    const reference = validateTransfer(guiyangToHarbin(), { today: TODAY });
    fc.assert(
      fc.property(fc.integer(), unknownFields, (seed, extra) => {
        const result = validateTransfer(reshape(guiyangToHarbin(), seededRandom(seed), extra), { today: TODAY });
        expect(result.ok).toBe(true);
        expect(result.items).toEqual(reference.items);
        expect(result.issues.map((i) => i.code)).toEqual(reference.issues.map((i) => i.code));
      }),
      { numRuns: 200 },
    );
  });

  it('a single injected fault never turns ok true, whatever the shape', () => {
    const errorFaults = FAULTY_CASES.filter((c) => c.expect.some((e) => (e.severity ?? 'error') === 'error') && c.name !== 'not-an-object');
    fc.assert(
      fc.property(fc.constantFrom(...errorFaults), fc.integer(), unknownFields, (fault, seed, extra) => {
        const faulty = fault.change(guiyangToHarbin());
        const result = validateTransfer(reshape(faulty, seededRandom(seed), extra), { today: TODAY });
        expect(result.ok, fault.name).toBe(false);
        for (const want of fault.expect) expect(result.issues.map((i) => i.code), fault.name).toContain(want.code);
      }),
      { numRuns: 300 },
    );
  });
});

