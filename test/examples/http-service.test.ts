/**
 * examples/http-service started for real over a PostgreSQL cluster of its own: every route, bad
 * input, and many concurrent events on one case — each applied exactly once or refused with
 * version-conflict, with the case, its history and the event table in agreement.
 */
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
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
    const { startService } = await import(join(EXAMPLE, 'service.mjs'));
    const { readConfig } = await import(join(EXAMPLE, 'config.mjs'));
    service = await startService({ ...readConfig({ DATABASE_URL: database.connectionString }), port: 0 }, { now, logger: pino({ level: 'silent' }) });
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

  it('answers 422 for a body that is not an application, an event or a report', async () => {
    expect(await call('POST', '/cases', [])).toMatchObject({ status: 422, body: { error: { code: 'not-an-application' } } });
    expect(await call('POST', '/cases', { applicant: 'someone' })).toMatchObject({ status: 422, body: { error: { code: 'not-an-application' } } });
    expect(await call('POST', '/validate', [])).toMatchObject({ status: 422, body: { error: { code: 'not-an-application' } } });
    expect(await call('POST', '/validate', 'null')).toMatchObject({ status: 422 });
    await newCase('CASE-422');
    expect(await call('POST', '/cases/CASE-422/events', { type: 'fly' })).toMatchObject({ status: 422, body: { error: { code: 'not-an-event' } } });
    expect(await call('POST', '/cases/CASE-422/events', [])).toMatchObject({ status: 422, body: { error: { code: 'not-an-event' } } });
    expect(await call('POST', '/cases/CASE-422/agency-updates', { status: '已受理' })).toMatchObject({ status: 422, body: { error: { code: 'not-an-agency-update' } } });
    const { rows } = await db.query("SELECT count(*)::int AS n FROM transfer_cases WHERE id = '' OR body->'application' = '[]'::jsonb");
    expect(rows[0].n).toBe(0);
  });

  it('takes an agency’s reports, and a repeated one changes nothing', async () => {
    await newCase('CASE-AGENCY');
    for (const event of [{ type: 'submit', actor: { role: 'employee' } }, { type: 'approve', actor: { role: 'hr' } }, { type: 'send-to-agency', actor: { role: 'hr' } }]) {
      expect((await call('POST', '/cases/CASE-AGENCY/events', event)).status).toBe(200);
    }
    const report = { insurance: 'pension', status: '已受理', reference: 'GY-001' };
    const first = await call('POST', '/cases/CASE-AGENCY/agency-updates', report);
    expect(first).toMatchObject({ status: 200, body: { changed: true, applied: ['agency-accept'] } });
    const again = await call('POST', '/cases/CASE-AGENCY/agency-updates', [report]);
    expect(again).toMatchObject({ status: 200, body: { changed: false, applied: [] } });
    expect(again.body.case.version).toBe(first.body.case.version);
    const wrong = await call('POST', '/cases/CASE-AGENCY/agency-updates', { insurance: 'pension', status: '飞走了' });
    expect(wrong).toMatchObject({ status: 422, body: { error: { code: 'unknown-status' } } });
    const { rows } = await db.query("SELECT type, event->'agency'->>'reference' AS reference FROM transfer_case_events WHERE case_id = 'CASE-AGENCY' ORDER BY seq");
    expect(rows.at(-1)).toEqual({ type: 'agency-accept', reference: 'GY-001' });
  });

  it('says it is alive and ready, and serves its OpenAPI 3.1 document, whose schemas the answers meet', async () => {
    expect(await call('GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await call('GET', '/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
    const { status, body: document } = await call('GET', '/openapi.json');
    expect(status).toBe(200);
    expect(document.openapi).toBe('3.1.0');
    // Every reference leads somewhere in the document.
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const r of new Set(refs)) {
      const target = r.slice(8, -1);
      expect(target.startsWith('#/components/schemas/'), target).toBe(true);
      expect(document.components.schemas[target.slice('#/components/schemas/'.length)], target).toBeDefined();
    }
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: 'openapi', components: document.components });
    const check = (name: string, value: unknown) => {
      const validate = ajv.compile({ $ref: `openapi#/components/schemas/${name}` });
      expect(validate(value) ? [] : validate.errors, name).toEqual([]);
    };
    const created = await newCase('CASE-OPENAPI');
    check('TransferCase', created);
    check('ValidationResult', (await call('POST', '/validate', guiyangToHarbin())).body);
    check('TransitionAnswer', (await call('POST', '/cases/CASE-OPENAPI/events', { type: 'submit', actor: { role: 'employee' } })).body);
    check('Error', (await call('GET', '/cases/NOPE')).body);
    check('Application', guiyangToHarbin());
  });
});

describe.skipIf(SKIP_POSTGRES)('the service as a process', () => {
  let database: Postgres;
  beforeAll(async () => {
    database = await startPostgres();
  }, 120_000);
  afterAll(() => database?.stop());

  const start = (env: Record<string, string>) => spawn(process.execPath, [join(EXAMPLE, 'service.mjs')], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = (child: ChildProcess) => {
    const out: string[] = [];
    let rest = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop()!;
      out.push(...parts);
    });
    return out;
  };
  const exit = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  it('refuses to start, clearly and with exit code 1, when the database cannot be reached', async () => {
    const child = start({ DATABASE_URL: 'postgres://shebao:secret@127.0.0.1:1/shebao', PORT: '0' });
    const out = lines(child);
    expect(await exit(child)).toBe(1);
    const logged = out.map((l) => JSON.parse(l));
    const fatal = logged.find((l) => l.level === 60);
    expect(fatal.msg).toMatch(/service cannot start: PostgreSQL at postgres:\/\/shebao:\*\*\*@127\.0\.0\.1:1\/shebao cannot be reached/);
    expect(fatal.code).toBe('database-unreachable');
    expect(JSON.stringify(logged)).not.toContain('secret');
  }, 30_000);

  it('logs as JSON, and on SIGTERM finishes the requests under way before it exits 0', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = start({ DATABASE_URL: database.connectionString, PORT: String(port) });
    const out = lines(child);
    for (let i = 0; i < 100 && !out.some((l) => l.includes('service started')); i++) await new Promise((r) => setTimeout(r, 100));
    const url = `http://127.0.0.1:${port}`;
    const body = JSON.stringify(guiyangToHarbin());
    const inFlight = Array.from({ length: 30 }, () => fetch(`${url}/validate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.status, () => 'refused'));
    await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGTERM');
    const statuses = await Promise.all(inFlight);
    expect(await exit(child)).toBe(0);
    // Each request either was answered in full or was never taken; none is cut off with a 5xx.
    expect(statuses.every((s) => s === 200 || s === 'refused' || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    const logged = out.filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
    expect(logged.map((l) => l.msg)).toEqual(expect.arrayContaining(['service started', 'service stopping', 'service stopped']));
    expect(logged.some((l) => l.req?.method === 'POST' && l.req?.url === '/validate')).toBe(true);
  }, 60_000);

  it('runs as the README says, with --worker: a submitted case’s notification reaches NOTIFY_URL with its key', async () => {
    const received: { key: string; body: { template: string; caseId: string } }[] = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (c: Buffer) => (body += c.toString('utf8')));
      request.on('end', () => {
        received.push({ key: String(request.headers['idempotency-key']), body: JSON.parse(body) });
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const notifyUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/notify`;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, [join(EXAMPLE, 'service.mjs'), '--worker'], {
      env: { ...process.env, DATABASE_URL: database.connectionString, NOTIFY_URL: notifyUrl, PORT: String(port), QUEUE_POLL_SECONDS: '0.5' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = lines(child);
    try {
      for (let i = 0; i < 150 && !out.some((l) => l.includes('worker started')); i++) await new Promise((r) => setTimeout(r, 100));
      const url = `http://127.0.0.1:${port}`;
      const post = (path: string, body: unknown) => fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect((await post('/cases', { ...guiyangToHarbin(), id: 'CASE-README' })).status).toBe(201);
      expect((await post('/cases/CASE-README/events', { type: 'submit', actor: { id: 'E-1', role: 'employee' } })).status).toBe(200);
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(received.map((r) => [r.key, r.body.template, r.body.caseId])).toEqual([['CASE-README:2:0', 'case-submitted', 'CASE-README']]);
    } finally {
      child.kill('SIGTERM');
      expect(await exit(child)).toBe(0);
      await new Promise((r) => receiver.close(r));
    }
  }, 60_000);
});
