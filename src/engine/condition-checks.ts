/**
 * What a maintainer's condition is checked for beyond its shape, wherever json-rules-engine would
 * reject it or read it in a way its writer did not mean:
 *
 * - a comparison it cannot make for some value the fact may hold (`in` against a number,
 *   `someValue` on a text, `swap:in` on a fact that may be missing) rejects its whole run, so a
 *   `not` above it must not turn it into a yes here: it is refused (`condition.cannot-compare`);
 * - a JSONPath this library does not read (`[*]`, `..`, `['key']`) is refused rather than read as
 *   nothing (`condition.unsupported-path`);
 * - a `path` on a fact that is never an object is ignored, as json-rules-engine ignores it
 *   (`condition.path-on-scalar`, a warning);
 * - a node with a reference and all / any / not beside it has one part never evaluated
 *   (`condition.beside-reference`, a warning).
 *
 * `compileCondition` and the policy loader run these; the bundled rules were run through them
 * when the package was built.
 */
import { compileConditionWith, readPath, type CompiledCondition, type ComparisonLeaf, type ConditionChecks, type ReportConditionProblem } from './compile-condition.js';
import { isListFact } from './fact-names.js';
import type { Operator } from './operators.js';
import type { TopLevelCondition } from '../policy/schema.js';

/** The JSONPath this library reads: `$`, then `.key` and `[index]` steps ($.a.b, $.list[0]). */
export const SUPPORTED_PATH = /^\$(\.[A-Za-z_][\w-]*|\[\d+\])*$/;

/** Values a fact may hold to try an operator on: a list fact is always a list; any other may be missing, a number, text or yes/no. */
const SCALAR_SAMPLES: readonly unknown[] = [null, undefined, 0, 60, '', '52', true, false];
const LIST_SAMPLES: readonly unknown[] = [[], ['pension', 'medical']];

const samplesOf = (fact: string, path: string | undefined): unknown[] => (isListFact(fact) ? LIST_SAMPLES : SCALAR_SAMPLES).map((v) => readPath(v, path));

/** Whether the operator throws for some pair of values: json-rules-engine then rejects the whole run. */
function canFail(operator: Operator, factValues: readonly unknown[], values: readonly unknown[]): boolean {
  for (const a of factValues) {
    for (const b of values) {
      try {
        operator.evaluate(a, b);
      } catch {
        return true;
      }
    }
  }
  return false;
}

/** A path of the supported form (else refused); on a fact that is never an object, a warning that it is ignored. */
function checkPath(path: unknown, fact: string, at: (string | number)[], report: ReportConditionProblem): path is string | undefined {
  if (path === undefined) return true;
  if (typeof path !== 'string' || !SUPPORTED_PATH.test(path)) {
    const shown = String(path);
    report({ path: at, code: 'condition.unsupported-path', params: { path: shown }, message: `unsupported path "${shown}"` });
    return false;
  }
  if (!isListFact(fact)) {
    report({ path: at, code: 'condition.path-on-scalar', severity: 'warning', params: { fact, path }, message: `path "${path}" ignored on non-object fact "${fact}"` });
  }
  return true;
}

export const CONDITION_CHECKS: ConditionChecks = {
  node(node, junction, ruleRoot, at, report) {
    if (junction === undefined || !Object.hasOwn(node, 'condition')) return;
    const [kept, ignored] = ruleRoot ? [junction, 'condition'] : ['condition', junction];
    report({ path: [...at, ignored], code: 'condition.beside-reference', severity: 'warning', params: { kept, ignored }, message: `"${ignored}" beside "${kept}" ignored` });
  },

  comparison(leaf: ComparisonLeaf, at, report) {
    const { fact, path, operator, operatorName, value, ref } = leaf;
    if (!checkPath(path, fact, [...at, 'path'], report)) return false;
    if (ref && !checkPath(ref.path, ref.fact, [...at, 'value', 'path'], report)) return false;
    if (canFail(operator, samplesOf(fact, path), ref ? samplesOf(ref.fact, ref.path as string | undefined) : [value])) {
      report({ path: [...at, 'operator'], code: 'condition.cannot-compare', params: { operator: operatorName, fact }, message: `"${operatorName}" cannot compare fact "${fact}" with this value` });
      return false;
    }
    return true;
  },
};

/** Compiles a top-level condition with the named conditions it may refer to, checked as the policy loader checks it. */
export function compileCondition(condition: TopLevelCondition, named: Record<string, TopLevelCondition> = {}): CompiledCondition {
  return compileConditionWith(condition, named, CONDITION_CHECKS);
}
