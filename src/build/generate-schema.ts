/**
 * Writes the JSON Schemas of policy files, the material catalogue and calendar files to rules/schema/, from the
 * same zod schemas the loader uses, so editors (yaml-language-server) complete and check the YAML.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MaterialCatalogueFileSchema, PolicyFileSchema } from '../policy/schema.js';
import { CalendarFileSchema } from '../calendar/calendar-year.js';

const dir = fileURLToPath(new URL('../../rules/schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, schema, title] of [
  ['policy', PolicyFileSchema, 'shebao-transfer policy file'],
  ['materials', MaterialCatalogueFileSchema, 'shebao-transfer material catalogue'],
  ['calendar', CalendarFileSchema, 'shebao-transfer holiday calendar year'],
] as const) {
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  writeFileSync(`${dir}${name}.schema.json`, JSON.stringify(json, null, 2) + '\n');
}
console.log(`wrote JSON Schemas to ${dir}`);
