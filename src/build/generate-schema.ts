/**
 * Writes the JSON Schemas of policy files and of the material catalogue to rules/schema/, from the
 * same zod schemas the loader uses, so editors (yaml-language-server) complete and check the YAML.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MaterialCatalogueFileSchema, PolicyFileSchema } from '../policy/schema.js';

const dir = fileURLToPath(new URL('../../rules/schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, schema, title] of [
  ['policy', PolicyFileSchema, 'shebao-transfer policy file'],
  ['materials', MaterialCatalogueFileSchema, 'shebao-transfer material catalogue'],
] as const) {
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  writeFileSync(`${dir}${name}.schema.json`, JSON.stringify(json, null, 2) + '\n');
}
console.log(`wrote JSON Schemas to ${dir}`);
