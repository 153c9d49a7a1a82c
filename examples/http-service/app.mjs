/**
 * The HTTP routes on Fastify, with bodies checked against the JSON Schemas the package ships:
 *
 *   POST /validate                  an application → the validation result
 *   POST /cases                     an application → a new case (201), 409 when its id is taken
 *   GET  /cases/:id                 the case, with ETag: "<version>"
 *   POST /cases/:id/events          an event → { case, effects }; If-Match: "<version>" optional
 *   POST /cases/:id/agency-updates  an agency's report(s) → { case, effects, applied, changed }
 *   GET  /stats                     figures over every case (?format=html for the report page)
 *   GET  /healthz, /readyz          the process is up; the database answers
 *   GET  /openapi.json              the OpenAPI 3.1 document
 *
 * Every error is `{ "error": { "code", "message", … } }`.
 */
import { createRequire } from 'node:module';
import Fastify from 'fastify';
import { createCaseSummary, renderStatisticsHtml, validateTransfer } from 'shebao-transfer';
import { CaseStore } from './case-store.mjs';
import { makeAjv, openApiDocument, ref } from './contracts.mjs';

const require = createRequire(import.meta.url);
const { version } = require('shebao-transfer/package.json');
const MAX_BODY_BYTES = 1_000_000;
const STATUS_OF = { 'not-found': 404, exists: 409, 'version-conflict': 409 };

/** `"7"`, `W/"7"` or `7` → 7; anything else → undefined. */
function versionOf(ifMatch) {
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(ifMatch ?? '');
  return match ? Number(match[1]) : undefined;
}

const anObject = { type: 'object' };
const ROUTES = [/^\/validate$/, /^\/cases$/, /^\/cases\/[^/]+$/, /^\/cases\/[^/]+\/(events|agency-updates)$/, /^\/stats$/, /^\/(healthz|readyz|openapi\.json)$/];

/**
 * @param {{ pool: import('pg').Pool, boss: import('pg-boss').PgBoss, now: () => string, logger: import('pino').Logger }} options
 */
export function buildApp({ pool, boss, now, logger }) {
  const app = Fastify({ loggerInstance: logger, bodyLimit: MAX_BODY_BYTES, return503OnClosing: true, forceCloseConnections: 'idle', requestIdHeader: 'x-request-id' });
  const ajv = makeAjv();
  app.setValidatorCompiler(({ schema }) => ajv.compile(schema));
  const store = new CaseStore(pool, boss);
  const today = () => new Date(Date.parse(now()) + 8 * 3600_000).toISOString().slice(0, 10);
  const fail = (reply, error, status = STATUS_OF[error.code] ?? 422) => reply.code(status).send({ error });

  app.setErrorHandler((error, request, reply) => {
    if (error.validation) {
      const [first] = error.validation;
      return reply.code(422).send({ error: { code: request.routeOptions.config.invalidBody ?? 'invalid-body', message: `${first?.instancePath || 'the body'} ${first?.message ?? 'is not valid'}`, detail: error.validation.slice(0, 20) } });
    }
    if (error instanceof SyntaxError) return reply.code(400).send({ error: { code: 'invalid-json', message: `the body is not JSON: ${error.message}` } });
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ error: { code: 'too-large', message: `the body is over ${MAX_BODY_BYTES} bytes` } });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return reply.code(error.statusCode ?? 415).send({ error: { code: 'unsupported-body', message: error.message } });
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: { code: 'internal', message: 'internal error' } });
  });
  // JSON bodies, an empty one read as none (a GET or DELETE with the header), so that routing answers first.
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_BODY_BYTES }, (request, body, done) => {
    if (body.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body));
    } catch (error) {
      done(Object.assign(new SyntaxError(error.message), { statusCode: 400 }));
    }
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const known = ROUTES.some((route) => route.test(path));
    reply.code(known ? 405 : 404).send({ error: { code: known ? 'method-not-allowed' : 'not-found', message: `${request.method} ${path}` } });
  });

  app.post('/validate', { schema: { body: anObject }, config: { invalidBody: 'not-an-application' } }, async (request) => validateTransfer(request.body, { today: today() }));

  app.post('/cases', { schema: { body: ref('application') }, config: { invalidBody: 'not-an-application' } }, async (request, reply) => {
    const created = await store.create(request.body, { now: now() });
    if (!created.ok) return fail(reply, created.error);
    return reply.code(201).header('location', `/cases/${encodeURIComponent(created.case.id)}`).header('etag', `"${created.case.version}"`).send(created.case);
  });

  app.get('/cases/:id', async (request, reply) => {
    const found = await store.get(request.params.id);
    if (!found) return fail(reply, { code: 'not-found', message: `no case ${request.params.id}` });
    return reply.header('etag', `"${found.version}"`).send(found);
  });

  app.post('/cases/:id/events', { schema: { body: ref('case-event') }, config: { invalidBody: 'not-an-event' } }, async (request, reply) => {
    const result = await store.apply(request.params.id, request.body, { now: now(), expectedVersion: versionOf(request.headers['if-match']) });
    if (!result.ok) return fail(reply, result.error);
    return reply.header('etag', `"${result.case.version}"`).send({ case: result.case, effects: result.effects });
  });

  const updates = { oneOf: [ref('agency-update'), { type: 'array', minItems: 1, maxItems: 50, items: ref('agency-update') }] };
  app.post('/cases/:id/agency-updates', { schema: { body: updates }, config: { invalidBody: 'not-an-agency-update' } }, async (request, reply) => {
    const result = await store.applyAgency(request.params.id, request.body, { now: now(), expectedVersion: versionOf(request.headers['if-match']) });
    if (!result.ok) return fail(reply, result.error);
    return reply.header('etag', `"${result.case.version}"`).send({ case: result.case, effects: result.effects, applied: result.applied, changed: result.changed });
  });

  app.get('/stats', async (request, reply) => {
    const summary = createCaseSummary({ now: now() });
    for await (const stored of store.all()) summary.add(stored);
    const figures = summary.result();
    if (request.query.format === 'html') return reply.type('text/html; charset=utf-8').send(renderStatisticsHtml(figures));
    return figures;
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await pool.query({ text: 'SELECT 1', query_timeout: 2000 });
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'database not ready');
      return reply.code(503).send({ error: { code: 'not-ready', message: 'the database does not answer' } });
    }
  });
  const document = openApiDocument({ version });
  app.get('/openapi.json', async () => document);
  return app;
}
