/**
 * Reads a rules folder: every policy YAML file below it (any depth), the material catalogue
 * `materials.yaml` at its root (the bundled one when the folder has none), the holiday calendar
 * files `calendar/YYYY.yaml`, and nothing else — `*.test.yaml` files are policy tests, `schema/`
 * holds the generated JSON Schemas. A file that cannot be read or parsed is a problem; the others
 * are still read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CalendarYear } from '../calendar/calendar-year.js';
import type { PolicyDocument } from '../policy/compile-policies.js';
import { parseCalendarYaml, parseMaterialsYaml, parsePolicyYaml } from '../policy/parse-policy-yaml.js';
import { policyProblem, type PolicyProblem } from '../policy/policy-error.js';
import type { MaterialKind } from '../policy/schema.js';

export interface PolicyFolder {
  documents: PolicyDocument[];
  materials: MaterialKind[];
  /** The calendar files that loaded without error. */
  calendar: CalendarYear[];
  /** Errors and warnings, in file order. */
  problems: PolicyProblem[];
  /** The material catalogue came from this folder (not the fallback). */
  ownMaterials: boolean;
}

const MATERIALS_FILE = 'materials.yaml';
const CALENDAR_DIR = 'calendar';
const YAML_FILE = /\.ya?ml$/;
const TEST_FILE = /\.test\.ya?ml$/;

function listYaml(dir: string, skip: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip(entry.name) && !entry.name.startsWith('.')) out.push(...listYaml(path, () => false));
    } else if (YAML_FILE.test(entry.name) && !TEST_FILE.test(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** The text of a file, or a problem saying why it cannot be read. */
function readText(path: string, file: string, problems: PolicyProblem[]): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'EISDIR' ? 'it is a folder' : code === 'ENOENT' ? 'it does not exist (a broken link?)' : code ?? String(error);
    problems.push(policyProblem('file.unreadable', { file, line: 1, column: 1 }, { detail }));
    return undefined;
  }
}

export interface ReadPolicyFolderOptions {
  /** The catalogue to use when the folder has no materials.yaml of its own. */
  fallbackMaterialsFile?: string;
  /** The folder adds to a catalogue read elsewhere (an overlay): no materials.yaml is no problem. */
  materialsOptional?: boolean;
}

export function readPolicyFolder(dir: string, options: ReadPolicyFolderOptions = {}): PolicyFolder {
  const { fallbackMaterialsFile, materialsOptional = false } = options ?? {};
  const problems: PolicyProblem[] = [];
  const documents: PolicyDocument[] = [];
  const calendar: CalendarYear[] = [];
  let materials: MaterialKind[] = [];
  const materialsPath = join(dir, MATERIALS_FILE);
  const ownMaterials = existsSync(materialsPath);
  const catalogueFile = ownMaterials ? materialsPath : fallbackMaterialsFile;
  if (catalogueFile) {
    const file = toPosix(relative(dir, catalogueFile)) || MATERIALS_FILE;
    const text = readText(catalogueFile, file, problems);
    if (text !== undefined) {
      const parsed = parseMaterialsYaml(text, file);
      problems.push(...parsed.problems);
      materials = parsed.materials ?? [];
    }
  } else if (!materialsOptional) {
    problems.push(policyProblem('materials.missing', { file: MATERIALS_FILE }));
  }
  for (const path of listYaml(dir, (name) => name === 'schema' || name === CALENDAR_DIR)) {
    if (path === materialsPath) continue;
    const file = toPosix(relative(dir, path));
    const text = readText(path, file, problems);
    if (text === undefined) continue;
    const parsed = parsePolicyYaml(text, file);
    problems.push(...parsed.problems);
    if (parsed.document) documents.push(parsed.document);
  }
  const calendarDir = join(dir, CALENDAR_DIR);
  if (existsSync(calendarDir)) {
    for (const path of listYaml(calendarDir, () => false)) {
      const file = toPosix(relative(dir, path));
      const text = readText(path, file, problems);
      if (text === undefined) continue;
      const parsed = parseCalendarYaml(text, file);
      problems.push(...parsed.problems);
      const other = parsed.year && calendar.find((y) => y.year === parsed.year!.year);
      if (other) problems.push(policyProblem('calendar.duplicate-year', { file, line: 1, column: 1 }, { year: other.year, other: other.file }));
      else if (parsed.year) calendar.push(parsed.year);
    }
  }
  return { documents, materials, calendar, problems, ownMaterials };
}
