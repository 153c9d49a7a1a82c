/**
 * The fast path changes no result. Validation keeps plans (selected parts, outcomes, due dates,
 * material needs) in caches shared across calls, and reads well-formed applications without zod;
 * here both are held to the reference path — no caching at all, zod for every field — over
 * generated applications on varied routes, dates, types and locales, and over fast-check's
 * mutations of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWellFormed } from '../src/application/read-well-formed.js';
import { ApplicationSchema } from '../src/application/input-schemas.js';
import { boundApplication } from '../src/application/bound-application.js';
import { PlanStore } from '../src/engine/plan-store.js';
import { IssueList } from '../src/issues.js';
import { getBundledPolicies, validateTransfer, type ValidateOptions } from '../src/index.js';
import { validateWith } from '../src/validate-transfer.js';
import { generateApplications } from './support/generate-applications.js';
import { guiyangToHarbin as guiyangToHarbinApp, TODAY } from './support/fixtures.js';

const RUNS = Number(process.env.PLAN_RUNS ?? 200);
const set = getBundledPolicies();
const params = { numRuns: RUNS, verbose: 1 } as const;

const TODAYS = ['2026-11-20', '2019-03-01', '2027-06-30', '2015-12-31'];
const optionsFor = (n: number): ValidateOptions => ({ today: TODAYS[n % TODAYS.length], locale: n % 5 === 0 ? 'en' : 'zh-CN' });

const reference = (app: unknown, options: ValidateOptions) => validateWith(app, options, set, false);

/** Every field path of an application, and values that sit on the edges of the contract. */
const FIELD_PATHS: (string | number)[][] = [
  ['id'], ['applicant'], ['applicant', 'name'], ['applicant', 'idNumber'], ['applicant', 'gender'], ['applicant', 'birthDate'],
  ['applicant', 'hukouRegion'], ['employer'], ['employer', 'name'], ['employer', 'creditCode'], ['from'], ['from', 'region'],
  ['from', 'scheme'], ['to', 'region'], ['to', 'scheme'], ['insuranceTypes'], ['insuranceTypes', 0], ['reason'], ['separationDate'],
  ['applicationDate'], ['contributions'], ['contributions', 'pension'], ['contributions', 'pension', 'months'],
  ['contributions', 'pension', 'lastPaidMonth'], ['contributions', 'housing-fund', 'accountStatus'],
  ['contributions', 'housing-fund', 'destinationAccountOpened'], ['contributions', 'unemployment', 'receivingBenefits'],
  ['contributions', 'housing-fund', 'outstandingLoan'], ['applicationChannel'],
  ['materials'], ['materials', 0], ['materials', 0, 'kind'], ['materials', 0, 'fileName'], ['materials', 0, 'mimeType'],
  ['materials', 0, 'sizeBytes'], ['materials', 0, 'issuedBy'], ['materials', 0, 'issuedDate'], ['materials', 0, 'hasOfficialSeal'],
  ['materials', 0, 'pages'], ['materials', 0, 'widthPx'], ['materials', 0, 'dpi'], ['materials', 0, 'legible'], ['materials', 0, 'form'],
  ['materials', 0, 'detectedMimeType'], ['extra'],
];
const EDGES = [-0, 0, 1, -1, 1.5, 2 ** 53, 2 ** 53 - 1, Number.MAX_VALUE, '', ' ', '2024-02-29', '2023-02-29', '2026-13-01', '0000-02-29', '2026-09',
  '2026-00', 'x'.repeat(101), 'x'.repeat(1001), 'pension', 'sealed', 'photocopy', 'resident', 'male', true, false, null, [], {}];

const mutated = fc
  .record({
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    path: fc.constantFrom(...FIELD_PATHS),
    value: fc.oneof(fc.constantFrom(...EDGES), fc.jsonValue({ maxDepth: 2 })),
  })
  .map(({ seed, path, value }) => {
    const app = generateApplications(1, seed)[0]!;
    let target: any = app;
    for (const key of path.slice(0, -1)) {
      if (target[key] === null || typeof target[key] !== 'object') target[key] = typeof path[path.indexOf(key) + 1] === 'number' ? [] : {};
      target = target[key];
    }
    target[path[path.length - 1]!] = value;
    return app;
  });

describe('the plan cache changes no result', () => {
  it('over generated applications: shared cache, a tiny cache that keeps evicting, and no cache agree', () => {
    // Three plans and forty outcomes: evicted and renewed all the time.
    const tiny = new PlanStore({ plans: 3, outcomes: 40 });
    const apps = generateApplications(3000, 11);
    apps.forEach((app, n) => {
      const options = optionsFor(n);
      const expected = reference(app, options);
      expect(validateTransfer(app, options)).toEqual(expected);
      expect(validateWith(app, options, set, tiny)).toEqual(expected);
    });
  });

  it('over mutations of generated applications', () => {
    fc.assert(
      fc.property(mutated, fc.nat(), (app, n) => {
        const options = optionsFor(n);
        expect(validateTransfer(app, options)).toEqual(reference(app, options));
      }),
      params,
    );
  });

  it('never mutates its input, and gives the same result for the same input after other calls', () => {
    fc.assert(
      fc.property(fc.array(mutated, { minLength: 2, maxLength: 6 }), (apps) => {
        const before = apps.map((a) => JSON.stringify(a));
        const first = apps.map((a) => JSON.stringify(validateTransfer(a, { today: TODAY })));
        const again = [...apps].reverse().map((a) => JSON.stringify(validateTransfer(a, { today: TODAY }))).reverse();
        expect(again).toEqual(first);
        expect(apps.map((a) => JSON.stringify(a))).toEqual(before);
      }),
      params,
    );
  });

  it('shares the pieces of one part between the plans of different routes and periods', () => {
    // Plans are per class of route, period and language; a document required or a reason comes
    // from one part of the rules, and every plan that has the part hands out the one frozen piece.
    const seen = new Map<string, object>();
    let shared = 0;
    for (const app of generateApplications(300, 7)) {
      for (const item of validateTransfer(app, { today: TODAY }).items) {
        for (const piece of [...item.requiredDocuments, ...item.reasons]) {
          const json = JSON.stringify(piece);
          const first = seen.get(json);
          if (!first) seen.set(json, piece);
          else {
            expect(piece).toBe(first);
            shared++;
          }
        }
      }
    }
    expect(shared).toBeGreaterThan(1000);
  });

  it('shares only frozen pieces: what a host may change is its own', () => {
    const [app] = generateApplications(1, 3);
    const first = validateTransfer(app, { today: TODAY });
    const expected = JSON.stringify(first);
    first.ok = !first.ok;
    first.issues.push(first.issues[0]!);
    first.items.reverse();
    for (const item of first.items) {
      item.decision = 'ineligible';
      expect(Object.isFrozen(item.requiredDocuments) && Object.isFrozen(item.reasons) && Object.isFrozen(item.conditions)).toBe(true);
      for (const doc of item.requiredDocuments) expect(Object.isFrozen(doc)).toBe(true);
      expect(() => (item.requiredDocuments as unknown[]).push({})).toThrow(TypeError);
      // Steps carry this application's due dates: they are its own to change.
      for (const step of item.steps) step.name = 'changed';
    }
    expect(JSON.stringify(validateTransfer(app, { today: TODAY }))).toBe(expected);
  });
});

describe('the well-formed reader accepts what the schema accepts, and gives the same data', () => {
  const zodOf = (app: Record<string, unknown>) => {
    const issues = new IssueList();
    const bounded = boundApplication(app, issues);
    const parsed = ApplicationSchema.safeParse(bounded);
    return { parsed, withinLimits: issues.items.length === 0 };
  };

  it('on generated applications and every mutation of them', () => {
    const check = (app: Record<string, unknown>) => {
      const fast = readWellFormed(app);
      const { parsed, withinLimits } = zodOf(app);
      if (fast !== undefined) {
        expect(parsed.success && withinLimits).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data)); // the same key order too
      } else {
        // JSON has no undefined, so anything valid and within the limits takes the fast path.
        expect(parsed.success && withinLimits).toBe(false);
      }
    };
    for (const app of generateApplications(500, 5)) check(app);
    fc.assert(fc.property(mutated, check), params);
  });

  it('leaves a key present with the value undefined, and inherited fields, to the full parser', () => {
    const [app] = generateApplications(1, 9);
    expect(readWellFormed({ ...app, reason: undefined })).toBeUndefined();
    const inherited = Object.create(app!) as Record<string, unknown>;
    expect(readWellFormed(inherited)).toStrictEqual(ApplicationSchema.parse(app));
  });
});

describe('outcomes of one class of route', () => {
  it('keeps apart winners whose parts take a different number of slots', () => {
    // Guiyang → Harbin and Guangzhou → Shenzhen share a class of route (national rules only). The
    // residents' needs-review carries one more notice slot than the within-province not-required:
    // with the winner in the key's highest digits their keys met (4·2 = 8).
    const residents = { ...guiyangToHarbinApp(), from: { region: '贵州省贵阳市南明区', scheme: 'resident' }, to: { region: '230102', scheme: 'resident' } };
    const withinProvince = {
      ...guiyangToHarbinApp(),
      applicant: { name: '李四', idNumber: '440106199001011234', hukouRegion: '广州市天河区' },
      from: { region: '广州市天河区', scheme: 'enterprise' },
      to: { region: '深圳市南山区', scheme: 'enterprise' },
      materials: [],
    };
    const store = new PlanStore({ plans: 10, outcomes: 100 });
    const pension = (app: unknown) => validateWith(app, { today: TODAY }, set, store).items.find((i) => i.insurance === 'pension')!;
    expect(pension(residents).decision).toBe('needs-review');
    expect(pension(withinProvince)).toEqual(reference(withinProvince, { today: TODAY }).items.find((i) => i.insurance === 'pension'));
    expect(pension(withinProvince).decision).toBe('not-required');
  });
});
