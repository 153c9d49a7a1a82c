/** shebao-transfer/node: everything in the core, plus policy folders read from disk. */
export * from '../index.js';
export { validateParallel, type ParallelOptions, type ParallelValidation } from './parallel/validate-parallel.js';
export { loadPolicies, readPolicyLayers, type LoadPoliciesOptions } from './load-policies.js';
export { lintPolicies, type LintOptions, type LintProblem, type LintResult } from './lint-policies.js';
export { readPolicyFolder, type PolicyFolder, type ReadPolicyFolderOptions } from './read-policy-folder.js';
export { parsePolicyYaml, parseMaterialsYaml, parseCalendarYaml } from '../policy/parse-policy-yaml.js';
export { PolicyFileSchema, MaterialCatalogueFileSchema } from '../policy/schema.js';
export { bundledRulesDir } from './bundled-rules-dir.js';
export { readPolicyTests, type LoadedPolicyTest, type PolicyTestFolder } from './read-policy-tests.js';
export { formatTransferReport, formatExplanation } from './format-report.js';
export { PolicyTestFileSchema } from '../policy-tests/schema.js';
export { readRoster, RosterFileError, type ReadRosterOptions, type RosterFile, type RosterReading } from './read-roster.js';
