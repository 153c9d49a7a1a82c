/** loadPolicies(dir): a rules folder from disk, validated and compiled, for validateTransfer's `policies` option. */
import { statSync } from 'node:fs';
import { compilePolicies, type PolicySet } from '../policy/compile-policies.js';
import { PolicyError } from '../policy/policy-error.js';
import { bundledRulesDir } from './bundled-rules-dir.js';
import { readPolicyFolder } from './read-policy-folder.js';
import { join } from 'node:path';

/**
 * Loads every policy file below `dir`. Throws a PolicyError listing every problem with its file,
 * line and column. A folder without its own materials.yaml uses the bundled material catalogue.
 * @example const policies = loadPolicies('./my-rules'); validateTransfer(app, { policies });
 */
export function loadPolicies(dir: string): PolicySet {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new PolicyError([{ file: dir, path: [], message: 'not a folder' }]);
  const folder = readPolicyFolder(dir, join(bundledRulesDir(), 'materials.yaml'));
  if (folder.problems.length > 0) throw new PolicyError(folder.problems);
  return compilePolicies(folder.documents, folder.materials);
}
