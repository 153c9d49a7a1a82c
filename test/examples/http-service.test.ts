/**
 * examples/http-service started for real over a PostgreSQL cluster of its own: every route, bad
 * input, and many concurrent events on one case — each applied exactly once or refused with
 * version-conflict, with the case, its history and the event table in agreement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, guiyangToHarbin } from '../support/fixtures.js';
import { SKIP_POSTGRES, startPostgres, type Postgres } from '../support/postgres.js';

const EXAMPLE = join(ROOT, 'examples/http-service');
let clock = Date.parse('2026-11-20T01:00:00Z');
const now = () => new Date((clock += 60_000)).toISOString();

describe.skipIf(SKIP_POSTGRES)('the HTTP service example, on PostgreSQL', () => {
  let database: Postgres;
  let service: { url: string; close(): Promise<void> };
  let db: pg.Client;

  beforeAll(async () => {
    database = await startPostgres();
    db = new pg.Client({ connectionString: database.connectionString });
    await db.connect();
    await db.query(readFileSync(join(EXAMPLE, 'schema.sql'), 'utf8'));
    const { startService } = await import(join(EXAMPLE, 'service.mjs'));
    service = await startService({ connectionString: database.connectionString, now });
  }, 120_000);

  afterAll(async () => {
    await service?.close();
    await db?.end();
    database?.stop();
  });

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(service.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, etag: response.headers.get('etag'), body: await response.json() };
  };

  const newCase = async (id: string) => {
    const created = await call('POST', '/cases', { ...guiyangToHarbin(), id });
    expect(created.status).toBe(201);
    return created.body;
  };

  it('POST /validate answers with the validation result', async () => {
    const r = await call('POST', '/validate', guiyangToHarbin());
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(true);
    expect(r.body.items.map((i: { decision: string }) => i.decision)).toContain('transfer');
    const broken = await call('POST', '/validate', { applicant: { idNumber: '123' } });
    expect(broken.status).toBe(200);
    expect(broken.body.ok).toBe(false);
  });

  it('refuses what is not JSON, too large, or nowhere, with a structured error', async () => {
    expect(await call('POST', '/validate', '{"applicant":')).toMatchObject({ status: 400, body: { error: { code: 'invalid-json' } } });
    expect(await call('POST', '/cases', JSON.stringify({ pad: 'x'.repeat(1_100_000) }))).toMatchObject({ status: 413, body: { error: { code: 'too-large' } } });
    expect(await call('GET', '/nowhere')).toMatchObject({ status: 404, body: { error: { code: 'not-found' } } });
    expect(await call('DELETE', '/cases')).toMatchObject({ status: 405 });
    expect(await call('GET', '/cases/NO-SUCH')).toMatchObject({ status: 404, body: { error: { code: 'not-found' } } });
    expect(await call('POST', '/cases/NO-SUCH/events', { type: 'submit' })).toMatchObject({ status: 404 });
  });

  it('stores a case as JSONB with id, version and state in columns, and walks it through the workflow', async () => {
    const created = await newCase('CASE-WALK');
    expect(created).toMatchObject({ id: 'CASE-WALK', version: 1, stage: 'draft' });
    expect(await call('POST', '/cases', { ...guiyangToHarbin(), id: 'CASE-WALK' })).toMatchObject({ status: 409, body: { error: { code: 'exists' } } });
    const got = await call('GET', '/cases/CASE-WALK');
    expect(got).toMatchObject({ status: 200, etag: '"1"', body: { id: 'CASE-WALK', version: 1 } });

    const employee = { id: 'e-1', role: 'employee' };
    const hr = { id: 'hr-1', role: 'hr' };
    for (const [event, state] of [
      [{ type: 'submit', actor: employee }, 'pending-review'],
      [{ type: 'approve', actor: hr }, 'approved'],
      [{ type: 'send-to-agency', actor: hr }, 'submitted'],
    ] as const) {
      const r = await call('POST', '/cases/CASE-WALK/events', event);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const { rows } = await db.query('SELECT version, state, body FROM transfer_cases WHERE id = $1', ['CASE-WALK']);
      expect(rows[0]).toMatchObject({ version: r.body.case.version, state });
      expect(rows[0].body).toEqual(r.body.case);
    }
    const refused = await call('POST', '/cases/CASE-WALK/events', { type: 'approve', actor: hr });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'invalid-transition' } } });
    const stale = await call('POST', '/cases/CASE-WALK/events', { type: 'withdraw', actor: employee }, { 'if-match': '"2"' });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'version-conflict' } } });
    const { rows: events } = await db.query('SELECT seq, type FROM transfer_case_events WHERE case_id = $1 ORDER BY seq', ['CASE-WALK']);
    expect(events).toEqual([
      { seq: 2, type: 'submit' },
      { seq: 3, type: 'approve' },
      { seq: 4, type: 'send-to-agency' },
    ]);
  });

  it('applies each of many concurrent events on one case exactly once, or refuses it with version-conflict', async () => {
    await newCase('CASE-RACE');
    const senders = Array.from({ length: 40 }, (_, n) => `hr-${n}`);
    const answers = await Promise.all(senders.map((id) => call('POST', '/cases/CASE-RACE/events', { type: 'edit', actor: { id, role: 'hr' }, application: { ...guiyangToHarbin(), id: 'CASE-RACE' } })));
    const applied = senders.filter((_, i) => answers[i]!.status === 200);
    const refused = senders.filter((_, i) => answers[i]!.status === 409);
    expect(applied.length + refused.length).toBe(senders.length);
    for (const a of answers.filter((x) => x.status === 409)) expect(a.body.error.code).toBe('version-conflict');
    expect(applied.length).toBeGreaterThan(0);

    const stored = (await call('GET', '/cases/CASE-RACE')).body;
    const edits = stored.history.filter((h: { event: string }) => h.event === 'edit').map((h: { actor: { id: string } }) => h.actor.id);
    expect(edits.sort()).toEqual([...applied].sort());
    expect(stored.version).toBe(1 + applied.length);
    expect(new Set(answers.filter((a) => a.status === 200).map((a) => a.body.case.version)).size).toBe(applied.length);
    const { rows } = await db.query("SELECT seq, event->'actor'->>'id' AS actor FROM transfer_case_events WHERE case_id = $1 ORDER BY seq", ['CASE-RACE']);
    expect(rows.map((r: { seq: number }) => r.seq)).toEqual(applied.map((_, i) => i + 2));
    expect(rows.map((r: { actor: string }) => r.actor).sort()).toEqual([...applied].sort());
  }, 60_000);

  it('loses nothing when refused senders try again: every event lands exactly once', async () => {
    await newCase('CASE-RETRY');
    const senders = Array.from({ length: 25 }, (_, n) => `clerk-${n}`);
    let conflicts = 0;
    await Promise.all(
      senders.map(async (id) => {
        for (let attempt = 0; attempt < 200; attempt++) {
          const r = await call('POST', '/cases/CASE-RETRY/events', { type: 'edit', actor: { id, role: 'employee' }, application: { ...guiyangToHarbin(), id: 'CASE-RETRY' } });
          if (r.status === 200) return;
          expect(r.body.error.code).toBe('version-conflict');
          conflicts++;
        }
        throw new Error(`${id} never got through`);
      }),
    );
    const stored = (await call('GET', '/cases/CASE-RETRY')).body;
    const edits = stored.history.filter((h: { event: string }) => h.event === 'edit').map((h: { actor: { id: string } }) => h.actor.id);
    expect(edits.sort()).toEqual([...senders].sort());
    expect(stored.version).toBe(1 + senders.length);
    const { rows } = await db.query('SELECT count(*)::int AS n FROM transfer_case_events WHERE case_id = $1', ['CASE-RETRY']);
    expect(rows[0].n).toBe(senders.length);
    console.log(`retrying senders: ${senders.length} events applied once each after ${conflicts} version conflicts`);
  }, 120_000);

  it('GET /stats sums up every stored case, as JSON and as the report page', async () => {
    const { rows } = await db.query('SELECT count(*)::int AS n FROM transfer_cases');
    const stats = await call('GET', '/stats');
    expect(stats.status).toBe(200);
    expect(stats.body.cases).toBe(rows[0].n);
    const page = await fetch(`${service.url}/stats?format=html`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<html');
  });
});
