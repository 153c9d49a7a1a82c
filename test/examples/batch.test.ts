/**
 * examples/batch/validate-ndjson.mjs run as a vendor runs it: a file of generated applications with
 * a line that is not JSON; every line accounted for in order, the CSV listing every error, the
 * summary the same as validating one by one, and the exit code saying some failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeValidations, validateTransfer } from '../../src/index.js';
import { ROOT } from '../support/fixtures.js';
import { generateApplications } from '../support/generate-applications.js';

const SCRIPT = join(ROOT, 'examples/batch/validate-ndjson.mjs');

describe('the NDJSON batch example', () => {
  it('accounts for every line, lists every error, and sums up as validateTransfer does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shebao-batch-'));
    const apps = generateApplications(400, 7);
    const lines = apps.map((a) => JSON.stringify(a));
    lines.splice(123, 0, '{"applicant": oops');
    lines.splice(200, 0, '');
    writeFileSync(join(dir, 'in.ndjson'), `${lines.join('\n')}\n`);
    const run = spawnSync(process.execPath, [SCRIPT, join(dir, 'in.ndjson'), '--out', join(dir, 'out.ndjson'), '--rejected', join(dir, 'rejected.csv'), '--today', '2026-11-20', '--jobs', '1'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    const expected = apps.map((a) => validateTransfer(a, { today: '2026-11-20' }));
    const summary = summarizeValidations(expected);
    expect(run.status).toBe(summary.withErrors > 0 ? 1 : 0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({ applications: 400, ok: summary.ok, withErrors: summary.withErrors, unreadable: 1 });

    const out = readFileSync(join(dir, 'out.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(401);
    expect(out[123]).toEqual({ line: 124, error: expect.stringMatching(/^not JSON/) });
    const results = out.filter((o) => !o.error);
    expect(results.map((o) => o.result)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(results.map((o) => o.line)).toEqual(out.filter((o) => !o.error).map((o) => o.line).sort((a, b) => a - b));
    expect(results.map((o) => o.id)).toEqual(apps.map((a) => (typeof (a as { id?: unknown }).id === 'string' ? (a as { id: string }).id : undefined)));

    const csv = readFileSync(join(dir, 'rejected.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    expect(csv[0]).toBe('line,id,code,field,message');
    const errors = expected.reduce((n, r) => n + r.issues.filter((i) => i.severity === 'error').length, 0);
    expect(csv.length - 1).toBe(errors + 1);
  }, 120_000);

  it('says how to call it, and exits 2, when given no file', () => {
    const run = spawnSync(process.execPath, [SCRIPT], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: node validate-ndjson\.mjs/);
  });
});
