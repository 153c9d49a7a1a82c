/**
 * Reads a rules folder: every policy YAML file below it (any depth), the material catalogue
 * `materials.yaml` at its root (the bundled one when the folder has none), and nothing else —
 * `*.test.yaml` files are policy tests, `schema/` holds the generated JSON Schemas.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PolicyDocument } from '../policy/compile-policies.js';
import { parseMaterialsYaml, parsePolicyYaml } from '../policy/parse-policy-yaml.js';
import type { PolicyProblem } from '../policy/policy-error.js';
import type { MaterialKind } from '../policy/schema.js';

export interface PolicyFolder {
  documents: PolicyDocument[];
  materials: MaterialKind[];
  problems: PolicyProblem[];
}

const MATERIALS_FILE = 'materials.yaml';

function listYaml(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'schema' && !entry.name.startsWith('.')) out.push(...listYaml(path));
    } else if (/\.ya?ml$/.test(entry.name) && !/\.test\.ya?ml$/.test(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

export function readPolicyFolder(dir: string, fallbackMaterialsFile?: string): PolicyFolder {
  const problems: PolicyProblem[] = [];
  const documents: PolicyDocument[] = [];
  let materials: MaterialKind[] = [];
  const materialsPath = join(dir, MATERIALS_FILE);
  const catalogueFile = existsSync(materialsPath) ? materialsPath : fallbackMaterialsFile;
  if (catalogueFile) {
    const parsed = parseMaterialsYaml(readFileSync(catalogueFile, 'utf8'), toPosix(relative(dir, catalogueFile)) || MATERIALS_FILE);
    problems.push(...parsed.problems);
    materials = parsed.materials ?? [];
  } else {
    problems.push({ file: MATERIALS_FILE, path: [], message: `no material catalogue: add ${MATERIALS_FILE} to the rules folder` });
  }
  for (const path of listYaml(dir)) {
    if (path === materialsPath) continue;
    const parsed = parsePolicyYaml(readFileSync(path, 'utf8'), toPosix(relative(dir, path)));
    problems.push(...parsed.problems);
    if (parsed.document) documents.push(parsed.document);
  }
  return { documents, materials, problems };
}
