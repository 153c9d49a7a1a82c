/**
 * Reads a rules folder: every policy YAML file below it (any depth), the material catalogue
 * `materials.yaml` at its root (the bundled one when the folder has none), the holiday calendar
 * files `calendar/YYYY.yaml`, and nothing else — `*.test.yaml` files are policy tests, `schema/`
 * holds the generated JSON Schemas. A file that cannot be read or parsed is a problem; the others
 * are still read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { POLICY_LIMITS } from '../input/limits.js';
import { join, relative, sep } from 'node:path';
import type { CalendarYear } from '../calendar/calendar-year.js';
import type { PolicyDocument } from '../policy/compile-policies.js';
import { parseCalendarYaml, parseMaterialsYaml, parsePolicyYaml } from '../policy/parse-policy-yaml.js';
import { policyProblem } from '../policy/describe-problem.js';
import type { PolicyProblem } from '../policy/policy-error.js';
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

/** The YAML files below `dir` (links are not followed into folders); a folder that cannot be listed is a problem. */
function listYaml(dir: string, skip: (name: string) => boolean, root: string, problems: PolicyProblem[]): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    const file = toPosix(relative(root, dir)) || '.';
    problems.push(policyProblem('file.unreadable', { file, line: 1, column: 1 }, { detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip(entry.name) && !entry.name.startsWith('.')) out.push(...listYaml(path, () => false, root, problems));
    } else if (YAML_FILE.test(entry.name) && !TEST_FILE.test(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

/** Keeps a folder within POLICY_LIMITS: counts its files and bytes, and says where it went over. */
class FolderBudget {
  private files = 0;
  private bytes = 0;
  private over = false;

  constructor(private readonly problems: PolicyProblem[]) {}

  /** Whether this file may still be read (it is too large alone, or the folder is full, otherwise). */
  admit(path: string, file: string): boolean {
    if (this.over) return false;
    let size = 0;
    try {
      size = statSync(path).size;
    } catch {
      return true; // reading it will say why it cannot be read
    }
    if (size > POLICY_LIMITS.maxFileBytes) {
      this.problems.push(policyProblem('file.too-large', { file, line: 1, column: 1 }, { bytes: size, max: POLICY_LIMITS.maxFileBytes }));
      return false;
    }
    this.files += 1;
    this.bytes += size;
    if (this.files > POLICY_LIMITS.maxFiles || this.bytes > POLICY_LIMITS.maxFolderBytes) {
      this.over = true;
      const files = this.files > POLICY_LIMITS.maxFiles;
      this.problems.push(
        policyProblem('folder.too-large', { file, line: 1, column: 1 }, {
          what: files ? `最多 ${POLICY_LIMITS.maxFiles} 个文件` : `最多 ${POLICY_LIMITS.maxFolderBytes} 字节`,
          whatEn: files ? `at most ${POLICY_LIMITS.maxFiles} files` : `at most ${POLICY_LIMITS.maxFolderBytes} bytes`,
        }),
      );
      return false;
    }
    return true;
  }
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
  const budget = new FolderBudget(problems);
  const catalogueFile = ownMaterials ? materialsPath : fallbackMaterialsFile;
  if (catalogueFile) {
    const file = toPosix(relative(dir, catalogueFile)) || MATERIALS_FILE;
    const text = budget.admit(catalogueFile, file) ? readText(catalogueFile, file, problems) : undefined;
    if (text !== undefined) {
      const parsed = parseMaterialsYaml(text, file);
      problems.push(...parsed.problems);
      materials = parsed.materials ?? [];
    }
  } else if (!materialsOptional) {
    problems.push(policyProblem('materials.missing', { file: MATERIALS_FILE }));
  }
  for (const path of listYaml(dir, (name) => name === 'schema' || name === CALENDAR_DIR, dir, problems)) {
    if (path === materialsPath) continue;
    const file = toPosix(relative(dir, path));
    const text = budget.admit(path, file) ? readText(path, file, problems) : undefined;
    if (text === undefined) continue;
    const parsed = parsePolicyYaml(text, file);
    problems.push(...parsed.problems);
    if (parsed.document) documents.push(parsed.document);
  }
  const calendarDir = join(dir, CALENDAR_DIR);
  if (existsSync(calendarDir)) {
    for (const path of listYaml(calendarDir, () => false, dir, problems)) {
      const file = toPosix(relative(dir, path));
      const text = budget.admit(path, file) ? readText(path, file, problems) : undefined;
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
