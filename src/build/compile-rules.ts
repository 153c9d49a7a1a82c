/**
 * Build step: reads rules/, validates and compiles every policy (failing with file:line:column on
 * any problem), and writes the parsed result to src/generated/bundled-rules.json so the package
 * ships the rules as data and never parses YAML at run time. Run with `npm run build:rules`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compilePolicies } from '../policy/compile-policy-set.js';
import { formatPolicyProblem } from '../policy/policy-error.js';
import { readPolicyFolder } from '../node/read-policy-folder.js';

const rulesDir = fileURLToPath(new URL('../../rules/', import.meta.url));
const target = fileURLToPath(new URL('../generated/bundled-rules.json', import.meta.url));

const folder = readPolicyFolder(rulesDir);
const errors = folder.problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
  for (const p of errors) console.error(formatPolicyProblem(p));
  process.exit(1);
}
try {
  const set = compilePolicies(folder.documents, folder.materials, { calendar: folder.calendar });
  const out = {
    version: set.version,
    documents: folder.documents.map(({ file, policy }) => ({ file, policy })),
    materials: folder.materials,
    calendar: folder.calendar,
  };
  writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
  console.log(`compiled ${folder.documents.length} policies and ${folder.calendar.length} calendar years (${set.version}) to ${target}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
