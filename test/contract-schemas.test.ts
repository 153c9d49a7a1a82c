/**
 * The JSON Schemas of schema/ (the contract for other languages), checked with ajv, a validator
 * that has nothing to do with zod: the fixtures and what the library answers for them, hundreds
 * of generated applications and cases, junk from fast-check — and that the files are up to date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyAgencyUpdate, createCase, transition, validateTransfer, type TransferCase } from '../src/index.js';
import { CONTRACT_SCHEMAS } from '../src/contract/contract-schemas.js';
import { generateApplications } from './support/generate-applications.js';
import { generateCases } from './support/generate-cases.js';
import { guiyangToHarbin, readJson, ROOT, TODAY } from './support/fixtures.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }));
const SCHEMA_DIR = join(ROOT, 'schema');
const file = (name: string) => JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
const validators = Object.fromEntries(Object.keys(CONTRACT_SCHEMAS).map((name) => [name, ajv.compile(file(name))]));

/**
 * The schemas are open, for clients (a later version may add fields); the ones of what the library
 * writes are closed here, so that a field it writes and the contract does not name fails the tests.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closed(s)])) : closed(v)]));
  if (out.type === 'object' && out.properties && (out.additionalProperties === undefined || JSON.stringify(out.additionalProperties) === '{}')) out.additionalProperties = false;
  return out;
}
const OUTPUTS = new Set(['validation-result', 'issue', 'case', 'transition-error', 'effect', 'ndjson-full-line', 'ndjson-summary-line']);
const strictAjv = addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }));
const closedValidators = Object.fromEntries(
  Object.entries(CONTRACT_SCHEMAS).map(([name]) => [name, OUTPUTS.has(name) ? strictAjv.compile(closed({ ...file(name), $id: `${file(name).$id as string}:closed` }) as object) : validators[name]!]),
);

function expectValid(name: keyof typeof CONTRACT_SCHEMAS, value: unknown, label: string = name): void {
  for (const validate of [validators[name]!, closedValidators[name]!]) {
    const ok = validate(value);
    expect(ok ? [] : validate.errors!.slice(0, 5).map((e) => `${label} ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
  }
}

const faultyDir = join(ROOT, 'fixtures/applications/faulty');
const faulty = readdirSync(faultyDir)
  .filter((f) => f.endsWith('.json') && f !== 'expected.json')
  .map((f) => [f, JSON.parse(readFileSync(join(faultyDir, f), 'utf8'))] as const);

describe('schema/ — the contract as JSON Schema 2020-12', () => {
  it('is what the zod schemas say now (npm run generate:schema)', () => {
    for (const [name, { schema, io }] of Object.entries(CONTRACT_SCHEMAS)) {
      const fresh = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' });
      const { $schema, $id, title, ...stored } = file(name);
      expect($schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect($id).toBe(`urn:shebao-transfer:schema:${name}`);
      expect(title).toBe(CONTRACT_SCHEMAS[name as keyof typeof CONTRACT_SCHEMAS].title);
      const { $schema: _s, title: _t, ...expected } = fresh as Record<string, unknown>;
      expect(stored, name).toEqual(expected);
    }
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual(Object.keys(CONTRACT_SCHEMAS).map((n) => `${n}.schema.json`).sort());
  });

  it('takes the bundled application and its result', () => {
    const application = guiyangToHarbin();
    expectValid('application', application);
    const result = validateTransfer(application, { today: TODAY });
    expectValid('validation-result', result);
    for (const issue of result.issues) expectValid('issue', issue);
  });

  it('takes each faulty fixture’s result, and tells a wrongly typed application apart', () => {
    for (const [name, application] of faulty) expectValid('validation-result', validateTransfer(application, { today: TODAY }), name);
    const validate = validators.application!;
    expect(validate({ ...guiyangToHarbin(), insuranceTypes: 'pension' })).toBe(false);
    expect(validate({ ...guiyangToHarbin(), applicant: { name: '张三' } })).toBe(false);
    expect(validate({ ...guiyangToHarbin(), contributions: { pension: { months: -1 } } })).toBe(false);
    // Fields the contract does not name are allowed (and dropped by the library).
    expect(validate({ ...guiyangToHarbin(), vendorField: 1 })).toBe(true);
  });

  it('agrees with the library on which applications have the right shape', () => {
    // The generator plants faults: those of shape (a missing file name, a negative size, an unknown
    // insurance type, 2026-02-30) the library reports as input.*, insurance.unknown and date.invalid,
    // and the schema refuses exactly those applications.
    const SHAPE = /^input\.|^insurance\.unknown$|^date\.invalid$/;
    const disagree: string[] = [];
    for (const [n, application] of generateApplications(300).entries()) {
      const result = validateTransfer(application, { today: TODAY });
      expectValid('validation-result', result);
      const shape = result.issues.filter((i) => SHAPE.test(i.code)).map((i) => `${i.code} ${i.path.join('.')}`);
      const valid = validators.application!(application);
      if (valid !== (shape.length === 0)) disagree.push(`#${n}: schema ${valid ? 'takes' : 'refuses'} it; library: ${shape.join(', ') || 'no shape issue'}; ${JSON.stringify(validators.application!.errors?.[0] ?? '')}`);
    }
    expect(disagree).toEqual([]);
  });

  it('takes every result of junk input', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), fc.record({ applicant: fc.anything(), from: fc.anything(), to: fc.anything(), insuranceTypes: fc.anything(), documents: fc.anything() }, { requiredKeys: [] }), (junk, partial) => {
        for (const input of [junk, partial]) {
          const result = validateTransfer(input, { today: TODAY });
          if (!validators['validation-result']!(result)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('takes cases as the workflow makes them, their events, effects and refusals', () => {
    for (const { case: stored } of generateCases(120)) expectValid('case', JSON.parse(JSON.stringify(stored)));
    const lines = readFileSync(join(ROOT, 'fixtures/cases/open-cases.ndjson'), 'utf8').trim().split('\n');
    for (const line of lines) expectValid('case', JSON.parse(line));

    const created = createCase(guiyangToHarbin(), { now: '2026-11-20T01:00:00Z', id: 'CASE-SCHEMA' });
    expectValid('case', created);
    let current: TransferCase = created;
    const events = [
      { type: 'submit', actor: { id: 'e-1', role: 'employee' } },
      { type: 'approve', actor: { id: 'hr-1', role: 'hr' } },
      { type: 'send-to-agency', actor: { id: 'hr-1', role: 'hr' } },
      { type: 'agency-reject', insurance: 'medical', reason: { code: 'materials-incomplete', text: '缺少参保凭证' }, actor: { role: 'agency' } },
      { type: 'edit', application: guiyangToHarbin(), actor: { id: 'hr-1', role: 'hr' } },
    ] as const;
    for (const [n, event] of events.entries()) {
      expectValid('case-event', event);
      const result = transition(current, event, { now: `2026-11-2${n + 1}T02:00:00Z` });
      if (!result.ok) {
        expectValid('transition-error', result.error);
        continue;
      }
      for (const effect of result.effects) expectValid('effect', effect);
      current = result.case;
      expectValid('case', current);
    }
    const refused = transition(current, { type: 'approve', actor: { role: 'employee' } }, { now: '2026-11-30T02:00:00Z' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expectValid('transition-error', refused.error);
    const update = { insurance: 'pension', status: '已发联系函', at: '2026-11-28T03:00:00+08:00', reference: 'ZY-1' } as const;
    expectValid('agency-update', update);
    const reported = applyAgencyUpdate(current, update, { now: '2026-11-30T03:00:00Z' });
    if (reported.ok) expectValid('case', reported.case);
  });

  it('refuses events and reports that are not ones', () => {
    expect(validators['case-event']!({ type: 'fly' })).toBe(false);
    expect(validators['case-event']!({ type: 'return', reason: { code: 'because' } })).toBe(false);
    expect(validators['agency-update']!({ insurance: 'pension' })).toBe(false);
    expect(validators['case']!({ ...readJson<object>('fixtures/applications/guiyang-to-harbin.json') })).toBe(false);
  });
});
