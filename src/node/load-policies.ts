/**
 * loadPolicies(dir): a rules folder from disk, validated and compiled, for validateTransfer's
 * `policies` option — alone, or laid over the bundled rules (or another folder) as an overlay.
 */
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CalendarYear } from '../calendar/calendar-year.js';
import { bundledCalendarYears } from '../calendar/bundled-calendar.js';
import { bundledDocuments } from '../policy/bundled-policies.js';
import type { PolicyDocument, PolicySet } from '../policy/compile-policies.js';
import { compilePolicies } from '../policy/compile-policy-set.js';
import { policyProblem } from '../policy/describe-problem.js';
import { PolicyError } from '../policy/policy-error.js';
import type { MaterialKind } from '../policy/schema.js';
import { bundledRulesDir } from './bundled-rules-dir.js';
import { readPolicyFolder, type PolicyFolder } from './read-policy-folder.js';

export interface LoadPoliciesOptions {
  /**
   * Lay the folder over other rules: 'bundled' for the rules shipped with the package, or the path
   * of another rules folder. Its parts win by the usual rank and date rules; at the same rank a part
   * with the same id replaces the base one, and a policy with the same id replaces the base policy.
   */
  extends?: 'bundled' | (string & {});
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function missingFolder(dir: string): PolicyFolder {
  return { documents: [], materials: [], calendar: [], problems: [policyProblem('folder.missing', { file: dir })], ownMaterials: false };
}

const bundledMaterialsFile = () => join(bundledRulesDir(), 'materials.yaml');

/** Files of the bundled rules are named `bundled:national/pension.yaml` when another folder lies over them. */
export const BUNDLED_PREFIX = 'bundled:';

/** The rules under an overlay, their files named so that they are told apart from the overlay's own. */
function readBase(base: string, overlayDir: string): PolicyFolder {
  if (base === 'bundled') {
    const { documents, materials } = bundledDocuments();
    const named = documents.map((d) => ({ ...d, file: `${BUNDLED_PREFIX}${d.file}` }));
    return { documents: named, materials, calendar: bundledCalendarYears(), problems: [], ownMaterials: true };
  }
  if (!isFolder(base)) return missingFolder(base);
  // Relative to the overlay folder, like every other file name the overlay's problems give.
  const rename = (file: string) => relative(overlayDir, join(base, file)).split(sep).join('/');
  const folder = readPolicyFolder(base, { fallbackMaterialsFile: bundledMaterialsFile() });
  return {
    ...folder,
    documents: folder.documents.map((d) => ({ ...d, file: rename(d.file) })),
    problems: folder.problems.map((p) => ({ ...p, file: rename(p.file) })),
  };
}

function byKey<T>(base: T[], top: T[], key: (item: T) => string | number): T[] {
  const merged = new Map<string | number, T>();
  for (const item of [...base, ...top]) merged.set(key(item), item);
  return [...merged.values()];
}

/**
 * Reads a rules folder — and, with `extends`, the rules it is laid over — without compiling: the
 * policy documents, material catalogue and calendar years as they will be compiled, and every
 * problem found in the files.
 */
export function readPolicyLayers(dir: string, options: LoadPoliciesOptions = {}): PolicyFolder {
  if (!isFolder(dir)) return missingFolder(dir);
  const base = options?.extends;
  if (base === undefined) return readPolicyFolder(dir, { fallbackMaterialsFile: bundledMaterialsFile() });
  const under = readBase(base, dir);
  const over = readPolicyFolder(dir, { materialsOptional: true });
  const replaced = new Set(over.documents.map((d) => d.policy.id));
  const documents: PolicyDocument[] = [
    ...under.documents.filter((d) => !replaced.has(d.policy.id)),
    ...over.documents.map((d) => ({ ...d, layer: 'overlay' as const })),
  ];
  const materials: MaterialKind[] = byKey(under.materials, over.materials, (m) => m.kind);
  const calendar: CalendarYear[] = byKey(under.calendar, over.calendar, (y) => y.year);
  return { documents, materials, calendar, problems: [...under.problems, ...over.problems], ownMaterials: over.ownMaterials };
}

/**
 * Loads every policy file below `dir`. Throws a PolicyError listing every error with its file,
 * line and column. A folder without its own materials.yaml uses the bundled material catalogue.
 * @example const policies = loadPolicies('./my-rules'); validateTransfer(app, { policies });
 * @example const policies = loadPolicies('./vendor-rules', { extends: 'bundled' });
 */
export function loadPolicies(dir: string, options: LoadPoliciesOptions = {}): PolicySet {
  const folder = readPolicyLayers(dir, options);
  const errors = folder.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new PolicyError(errors);
  return compilePolicies(folder.documents, folder.materials, { calendar: folder.calendar });
}
