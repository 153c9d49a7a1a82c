/**
 * The service's contracts, from the JSON Schemas the package ships (shebao-transfer/schema/…):
 * an ajv instance (JSON Schema 2020-12) for Fastify to check bodies with, and the OpenAPI 3.1
 * document served at GET /openapi.json, whose components are the same schemas.
 */
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const NAMES = ['application', 'validation-result', 'issue', 'case', 'case-event', 'agency-update', 'transition-error', 'effect'];

export const SCHEMAS = Object.fromEntries(NAMES.map((name) => [name, require(`shebao-transfer/schema/${name}.schema.json`)]));

/** `$ref` of a shipped schema, for a route's body. */
export const ref = (name) => ({ $ref: SCHEMAS[name].$id });

/** The validator Fastify compiles body schemas with: 2020-12, every shipped schema registered by its $id. */
export function makeAjv() {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false, coerceTypes: false, removeAdditional: false, useDefaults: false }));
  for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema);
  return ajv;
}

/** One schema file's $defs as OpenAPI components, its refs pointed at #/components/schemas. */
function components() {
  const out = {};
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? v.replace('#/$defs/', '#/components/schemas/') : rewrite(v)]));
  };
  const TOP = { application: 'Application', 'case-event': 'CaseEvent', 'agency-update': 'AgencyUpdate', effect: 'Effect' };
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const { $schema, $id, $defs = {}, ...top } = schema;
    for (const [def, body] of Object.entries($defs)) out[def] = rewrite(body);
    if (!top.$ref) out[TOP[name]] = rewrite(top);
  }
  return out;
}

const json = (schemaRef, description) => ({ description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaRef}` } } } });
const error = (description) => json('Error', description);
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const ifMatch = { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The case version the client saw, "7": the event applies only to it (409 otherwise)' };

export function openApiDocument({ version }) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'shebao-transfer reference service',
      version,
      description: 'Validates applications for a cross-region transfer of 五险一金 and keeps transfer cases in PostgreSQL. Schemas are those the shebao-transfer package ships under schema/.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      '/validate': { post: { summary: 'Validate an application', requestBody: { required: true, ...json('Application', 'An application') }, responses: { 200: json('ValidationResult', 'The validation result'), 422: error('Not a JSON object') } } },
      '/cases': {
        post: {
          summary: 'Create a case from an application',
          requestBody: { required: true, ...json('Application', 'An application') },
          responses: { 201: json('TransferCase', 'The new case (Location, ETag)'), 409: error('A case with this id exists'), 422: error('Not an application') },
        },
      },
      '/cases/{id}': { get: { summary: 'A case', parameters: [idParam], responses: { 200: json('TransferCase', 'The case, ETag: its version'), 404: error('No such case') } } },
      '/cases/{id}/events': {
        post: {
          summary: 'Apply an event',
          parameters: [idParam, ifMatch],
          requestBody: { required: true, ...json('CaseEvent', 'An event') },
          responses: { 200: json('TransitionAnswer', 'The case and the effects'), 404: error('No such case'), 409: error('version-conflict'), 422: error('Not an event, or the transition is refused') },
        },
      },
      '/cases/{id}/agency-updates': {
        post: {
          summary: 'Apply an agency’s reports on the case’s items',
          parameters: [idParam, ifMatch],
          requestBody: { required: true, content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/AgencyUpdate' }, { type: 'array', items: { $ref: '#/components/schemas/AgencyUpdate' } }] } } } },
          responses: { 200: json('AgencyAnswer', 'The case, the effects and the events applied'), 404: error('No such case'), 409: error('version-conflict'), 422: error('Not a report, or a contradicting one') },
        },
      },
      '/stats': { get: { summary: 'Figures over every case', parameters: [{ name: 'format', in: 'query', schema: { enum: ['json', 'html'] } }], responses: { 200: { description: 'The figures (JSON) or the report page (HTML)' } } } },
      '/healthz': { get: { summary: 'The process is up', responses: { 200: { description: 'ok' } } } },
      '/readyz': { get: { summary: 'The database answers', responses: { 200: { description: 'ready' }, 503: error('The database does not answer') } } },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      schemas: {
        ...components(),
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, messageEn: { type: 'string' }, detail: {} } } },
        },
        TransitionAnswer: {
          type: 'object',
          required: ['case', 'effects'],
          properties: { case: { $ref: '#/components/schemas/TransferCase' }, effects: { type: 'array', items: { $ref: '#/components/schemas/Effect' } } },
        },
        AgencyAnswer: {
          type: 'object',
          required: ['case', 'effects', 'applied', 'changed'],
          properties: {
            case: { $ref: '#/components/schemas/TransferCase' },
            effects: { type: 'array', items: { $ref: '#/components/schemas/Effect' } },
            applied: { type: 'array', items: { type: 'string' } },
            changed: { type: 'boolean' },
          },
        },
      },
    },
  };
}
