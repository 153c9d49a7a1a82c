/** shebao-transfer test: the *.test.yaml cases of a rules folder (or an overlay) against its rules. */
import { runPolicyTest } from '../../policy-tests/run-policy-test.js';
import { bundledRulesDir } from '../bundled-rules-dir.js';
import { readPolicyTests } from '../read-policy-tests.js';
import { say } from './words.js';
import { EXIT, localeOf, policiesFrom, UsageError, write, type Values } from './shared.js';

export function runTests(positionals: string[], values: Values): number {
  if (positionals.length > 0) throw new UsageError(say('test-no-positionals', { value: positionals[0]! }));
  const locale = localeOf(values.lang);
  // The tests of the folder being checked: the overlay's own, else the rules folder's, else the bundled ones.
  const dir = typeof values.overlay === 'string' ? values.overlay : typeof values.rules === 'string' ? values.rules : bundledRulesDir();
  const policies = policiesFrom(values, locale);
  const { tests, problems } = readPolicyTests(dir);
  let failed = problems.length;
  for (const p of problems) write(`✘ ${p.file}${locale === 'en' ? ': ' : '：'}${locale === 'en' ? p.message : p.messageZh}`);
  for (const test of tests) {
    const outcome = runPolicyTest(test.application, test.expect, { ...(test.today ? { today: test.today } : {}), ...(policies ? { policies } : {}), locale });
    write(`${outcome.pass ? '✓' : '✘'} ${test.file} › ${test.name}`);
    for (const failure of outcome.failures) write(`    ${failure}`);
    if (!outcome.pass) failed++;
  }
  write(say('test-summary', { passed: tests.length - (failed - problems.length), failed }, locale));
  return failed === 0 ? EXIT.ok : EXIT.problems;
}
