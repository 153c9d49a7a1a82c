/** shebao-transfer/node: everything in the core, plus policy folders read from disk. */
export * from '../index.js';
export { loadPolicies } from './load-policies.js';
export { readPolicyFolder, type PolicyFolder } from './read-policy-folder.js';
export { parsePolicyYaml, parseMaterialsYaml } from '../policy/parse-policy-yaml.js';
export { PolicyFileSchema, MaterialCatalogueFileSchema } from '../policy/schema.js';
export { bundledRulesDir } from './bundled-rules-dir.js';
export { readPolicyTests, type LoadedPolicyTest, type PolicyTestFolder } from './read-policy-tests.js';
export { formatTransferReport, formatExplanation } from './format-report.js';
export { PolicyTestFileSchema } from '../policy-tests/schema.js';
