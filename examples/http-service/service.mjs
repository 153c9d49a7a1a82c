/**
 * A small HTTP service on Node's built-ins over shebao-transfer and PostgreSQL:
 *
 *   POST /validate            an application → the validation result
 *   POST /cases               an application → a new case (201), or 409 when its id is taken
 *   POST /cases/:id/events    an event → { case, effects }; If-Match: "<version>" to act only on
 *                             the version you saw; 409 version-conflict when the case moved on
 *   GET  /cases/:id           the case, with ETag: "<version>"
 *   GET  /stats               figures over every case (JSON; ?format=html for the report page)
 *
 * `DATABASE_URL=postgres://… node service.mjs` (PORT, default 8080) after `psql -f schema.sql`.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createCaseSummary, renderStatisticsHtml, validateTransfer } from 'shebao-transfer';
import { CaseStore } from './case-store.mjs';

const MAX_BODY_BYTES = 1_000_000;
const STATUS_OF_ERROR = { 'not-found': 404, exists: 409, 'version-conflict': 409, 'invalid-json': 400, 'too-large': 413 };

class RequestError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * The body as JSON. A body over the limit is read to its end but not kept (up to a hard cap, after
 * which the connection is dropped), so that the client reads the 413 instead of a reset.
 */
async function readJson(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > 16 * MAX_BODY_BYTES) request.destroy();
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new RequestError('too-large', `the body is over ${MAX_BODY_BYTES} bytes`);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new RequestError('invalid-json', `the body is not JSON: ${error.message}`);
  }
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function sendError(response, error, fallback = 422) {
  send(response, STATUS_OF_ERROR[error.code] ?? fallback, { error });
}

/** `"7"` or `7` → 7; anything else → undefined. */
function versionOf(ifMatch) {
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(ifMatch ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * The request handler. `now` gives the current instant (ISO 8601), so tests can set the clock.
 * @param {{ pool: import('pg').Pool, now?: () => string }} options
 */
export function createService({ pool, now = () => new Date().toISOString() }) {
  const store = new CaseStore(pool);
  const today = () => new Date(Date.parse(now()) + 8 * 3600_000).toISOString().slice(0, 10);

  return async function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const caseMatch = /^\/cases\/([^/]+)$/.exec(url.pathname);
    const eventMatch = /^\/cases\/([^/]+)\/events$/.exec(url.pathname);
    try {
      if (url.pathname === '/validate' && method === 'POST') {
        return send(response, 200, validateTransfer(await readJson(request), { today: today() }));
      }
      if (url.pathname === '/cases' && method === 'POST') {
        const body = await readJson(request);
        const created = await store.create(body, { now: now() });
        if (!created.ok) return sendError(response, created.error);
        return send(response, 201, created.case, { location: `/cases/${encodeURIComponent(created.case.id)}`, etag: `"${created.case.version}"` });
      }
      if (eventMatch && method === 'POST') {
        const id = decodeURIComponent(eventMatch[1]);
        const event = await readJson(request);
        const result = await store.apply(id, event, { now: now(), expectedVersion: versionOf(request.headers['if-match']) });
        if (!result.ok) return sendError(response, result.error);
        return send(response, 200, { case: result.case, effects: result.effects }, { etag: `"${result.case.version}"` });
      }
      if (caseMatch && method === 'GET') {
        const found = await store.get(decodeURIComponent(caseMatch[1]));
        if (!found) return sendError(response, { code: 'not-found', message: `no case ${caseMatch[1]}` });
        return send(response, 200, found, { etag: `"${found.version}"` });
      }
      if (url.pathname === '/stats' && method === 'GET') {
        const summary = createCaseSummary({ now: now() });
        for await (const stored of store.all()) summary.add(stored);
        const figures = summary.result();
        if (url.searchParams.get('format') === 'html') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          return response.end(renderStatisticsHtml(figures));
        }
        return send(response, 200, figures);
      }
      const known = url.pathname === '/validate' || url.pathname === '/cases' || url.pathname === '/stats' || caseMatch || eventMatch;
      return send(response, known ? 405 : 404, { error: { code: known ? 'method-not-allowed' : 'not-found', message: `${method} ${url.pathname}` } });
    } catch (error) {
      if (error instanceof RequestError) return sendError(response, { code: error.code, message: error.message });
      console.error(error);
      return send(response, 500, { error: { code: 'internal', message: 'internal error' } });
    }
  };
}

/** Starts the service; resolves with its address and a way to stop it (and its pool). */
export async function startService({ connectionString, port = 0, now }) {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const server = createServer(createService({ pool, now }));
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: async () => {
      await new Promise((done) => server.close(done));
      await pool.end();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startService({ connectionString: process.env.DATABASE_URL, port: Number(process.env.PORT ?? 8080) });
  console.log(`shebao-transfer service on ${url}`);
}
