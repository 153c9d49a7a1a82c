/**
 * Writes schema/*.schema.json: the public contract (src/contract/contract-schemas.ts) as JSON
 * Schema 2020-12, for clients in other languages and for the reference service's OpenAPI
 * document. Shared parts (Issue, Source…) are $defs of each file, so every file stands alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CONTRACT_SCHEMAS } from '../contract/contract-schemas.js';

const dir = fileURLToPath(new URL('../../schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, { schema, io, title }] of Object.entries(CONTRACT_SCHEMAS)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  const out = { $schema, $id: `urn:shebao-transfer:schema:${name}`, title, ...rest, ...(rest.title ? { title } : {}) };
  writeFileSync(`${dir}${name}.schema.json`, JSON.stringify(out, null, 2) + '\n');
}
console.log(`wrote ${Object.keys(CONTRACT_SCHEMAS).length} JSON Schemas to ${dir}`);
