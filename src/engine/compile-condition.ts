/**
 * Compiles a json-rules-engine condition tree once into a synchronous predicate over the facts.
 * The tree is read with the checks and messages of json-rules-engine's `Rule`, and every comparison
 * runs an operator with json-rules-engine's semantics, so the result agrees with `Engine.run`
 * without its promises and per-run cloning (test/differential.test.ts holds the two together).
 */
import type { PolicyProblemCode } from '../policy/problem-codes.js';
import { POLICY_LIMITS } from '../input/limits.js';
import type { TopLevelCondition } from '../policy/schema.js';
import { isFactName, type Facts } from './fact-names.js';
import { getOperator, type Operator } from './operators.js';

export type Predicate = (facts: Facts) => boolean;

export interface ConditionProblem {
  /** Keys from the condition's root to the faulty node; from the file's root when `inNamed` is set. */
  path: (string | number)[];
  code: Extract<PolicyProblemCode, `condition.${string}`>;
  /** A warning leaves the condition working as json-rules-engine reads it; an error makes it never hold. */
  severity: 'error' | 'warning';
  params: Record<string, string>;
  /** The problem lies inside this named condition (its path starts at `conditions`). */
  inNamed?: string;
  /** In English, for programmers. */
  message: string;
}

interface ParsedNode {
  all?: ParsedNode[];
  any?: ParsedNode[];
  not?: ParsedNode;
  condition?: string;
  fact?: string;
  operator?: string;
  value?: unknown;
  path?: string;
}

const PATH_STEP = /\.([A-Za-z_][\w-]*)|\[(\d+)\]/g;

/**
 * Resolves a path of the supported form (SUPPORTED_PATH) on an object as json-rules-engine's
 * JSONPath does: each step reads an own property (an array's `length` too, never an inherited
 * `constructor`).
 */
export function resolvePath(value: unknown, path: string): unknown {
  let current = value;
  for (const match of path.slice(1).matchAll(PATH_STEP)) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = match[1] ?? match[2]!;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** As json-rules-engine reads a fact: a path only on an object; on anything else the path is ignored and the fact itself compared. */
function readFact(facts: Facts, name: string, path: string | undefined): unknown {
  const value = facts[name as keyof Facts];
  return readPath(value, path);
}

export function readPath(value: unknown, path: string | undefined): unknown {
  return !path || value === null || typeof value !== 'object' ? value : resolvePath(value, path);
}

const TOO_DEEP = { detail: 'all / any / not / 命名条件', detailEn: 'all / any / not / named conditions', max: String(POLICY_LIMITS.maxConditionDepth) };

/** The nesting of a condition tree, counted without recursion; stops counting past `limit`. */
function depthOf(condition: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[condition, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    const { all, any, not } = node as { all?: unknown; any?: unknown; not?: unknown };
    for (const list of [all, any]) if (Array.isArray(list)) for (const child of list) stack.push([child, depth + 1]);
    if (not !== undefined) stack.push([not, depth + 1]);
  }
  return deepest;
}

/**
 * A comparison that throws is false. The checks refuse every comparison that can throw for a value
 * its fact may hold (condition-checks.ts), so this guards only against a fact outside its
 * documented type: a validation must not fail on it.
 */
function compare(operator: Operator, factValue: unknown, value: unknown): boolean {
  try {
    return operator.evaluate(factValue, value);
  } catch {
    return false;
  }
}

/**
 * The comparisons the rules use most, of a fact without a path against a fixed value, read
 * straight from the facts: the same answers as the operator (test/differential.test.ts), without
 * its lookup and the exception guard — none of these can throw (`in` only against a list).
 */
function directComparison(name: string, fact: keyof Facts, value: unknown): Predicate | undefined {
  if (name === 'equal') return (facts) => facts[fact] === value;
  if (name === 'notEqual') return (facts) => facts[fact] !== value;
  if ((name === 'in' || name === 'notIn') && Array.isArray(value)) {
    return name === 'in' ? (facts) => value.indexOf(facts[fact]) > -1 : (facts) => value.indexOf(facts[fact]) === -1;
  }
  return undefined;
}

// A junction of one holds when its part does (the rules wrap most single comparisons in an
// `all`); loops rather than every/some, which would make a closure per evaluation.
function allOf(parts: Predicate[]): Predicate {
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2) {
    const [a, b] = parts as [Predicate, Predicate];
    return (facts) => a(facts) && b(facts);
  }
  return (facts) => {
    for (let i = 0; i < parts.length; i++) if (!parts[i]!(facts)) return false;
    return true;
  };
}

function anyOf(parts: Predicate[]): Predicate {
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2) {
    const [a, b] = parts as [Predicate, Predicate];
    return (facts) => a(facts) || b(facts);
  }
  return (facts) => {
    for (let i = 0; i < parts.length; i++) if (parts[i]!(facts)) return true;
    return false;
  };
}

function booleanOperatorOf(node: object): 'any' | 'all' | 'not' | undefined {
  return Object.hasOwn(node, 'any') ? 'any' : Object.hasOwn(node, 'all') ? 'all' : Object.hasOwn(node, 'not') ? 'not' : undefined;
}

/** What json-rules-engine's `Rule` would throw for this tree, in its words; undefined when it reads it. */
function treeProblem(root: unknown): string | undefined {
  const isObject = root !== null && typeof root === 'object';
  if (!isObject || (booleanOperatorOf(root) === undefined && !Object.hasOwn(root, 'condition'))) {
    return '"conditions" root must contain a single instance of "all", "any", "not", or "condition"';
  }
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) return 'Condition: constructor options required';
    // json-rules-engine reads a string or number node's own properties too, and finds none.
    const props = Object(node) as Record<string, unknown>;
    const junction = booleanOperatorOf(props);
    if (junction !== undefined) {
      const children = props[junction];
      if (junction !== 'not' && !Array.isArray(children)) return `"${junction}" must be an array`;
      if (junction === 'not' && Array.isArray(children)) return `"${junction}" cannot be an array`;
      if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      else stack.push(children);
      continue;
    }
    if (Object.hasOwn(props, 'condition')) continue;
    for (const key of ['fact', 'operator', 'value']) {
      if (!Object.hasOwn(props, key)) return `Condition: constructor "${key}" property required`;
    }
  }
  return undefined;
}

class Compiler {
  readonly problems: ConditionProblem[] = [];
  private readonly compiledNamed = new Map<string, Predicate>();
  private readonly compiling = new Set<string>();
  /** The outermost named condition being compiled, whose problems its own pass reports. */
  private inNamed: string | undefined;

  constructor(
    private readonly named: Record<string, TopLevelCondition>,
    private readonly checks: ConditionChecks | undefined,
  ) {}

  private readonly report: ReportConditionProblem = (problem) => {
    const full: ConditionProblem = { ...problem, severity: problem.severity ?? 'error' };
    this.problems.push(this.inNamed === undefined ? full : { ...full, inNamed: this.inNamed });
  };

  /** `ruleRoot`: the condition of a rule itself, where json-rules-engine reads all / any / not before a reference (everywhere else, a reference first). */
  compileTop(condition: TopLevelCondition, path: (string | number)[], ruleRoot = false): Predicate {
    // json-rules-engine parses the tree recursively: measure it first, without recursing.
    const depth = depthOf(condition, POLICY_LIMITS.maxConditionDepth);
    if (depth > POLICY_LIMITS.maxConditionDepth) {
      this.report({ path, code: 'condition.too-deep', params: TOO_DEEP, message: `the condition is nested more than ${POLICY_LIMITS.maxConditionDepth} levels deep` });
      return () => false;
    }
    const detail = treeProblem(condition);
    if (detail !== undefined) {
      this.report({ path, code: 'condition.invalid', params: { detail }, message: detail });
      return () => false;
    }
    return this.compileNode(condition as ParsedNode, path, ruleRoot);
  }

  private compileNamed(name: string, path: (string | number)[]): Predicate {
    const done = this.compiledNamed.get(name);
    if (done) return done;
    const definition = Object.hasOwn(this.named, name) ? this.named[name] : undefined;
    if (!definition) {
      this.report({ path, code: 'condition.unknown-named', params: { name }, message: `unknown named condition "${name}"` });
      return () => false;
    }
    if (this.compiling.size >= POLICY_LIMITS.maxConditionDepth) {
      this.report({ path, code: 'condition.too-deep', params: TOO_DEEP, message: `named conditions refer to one another more than ${POLICY_LIMITS.maxConditionDepth} deep` });
      return () => false;
    }
    if (this.compiling.has(name)) {
      this.report({ path, code: 'condition.self-reference', params: { name }, message: `named condition "${name}" refers to itself` });
      return () => false;
    }
    this.compiling.add(name);
    const outer = this.inNamed;
    this.inNamed ??= name;
    const predicate = this.compileTop(definition, ['conditions', name]);
    this.inNamed = outer;
    this.compiling.delete(name);
    this.compiledNamed.set(name, predicate);
    return predicate;
  }

  private compileNode(node: ParsedNode, path: (string | number)[], ruleRoot = false): Predicate {
    // In json-rules-engine's order: inside a tree a reference comes first and what lies beside it
    // is never evaluated; at a rule's root any, all and not come first and the reference is ignored.
    const junction = booleanOperatorOf(node);
    this.checks?.node(node, junction, ruleRoot, path, this.report);
    if (Object.hasOwn(node, 'condition') && (junction === undefined || !ruleRoot)) return this.compileNamed(node.condition!, [...path, 'condition']);
    if (junction === 'any' || junction === 'all') {
      const parts = node[junction]!.map((child, i) => this.compileNode(child, [...path, junction, i]));
      // json-rules-engine holds an empty `any` true, as it does an empty `all`.
      if (parts.length === 0) return () => true;
      return junction === 'all' ? allOf(parts) : anyOf(parts);
    }
    if (junction === 'not') {
      const inner = this.compileNode(node.not!, [...path, 'not']);
      return (facts) => !inner(facts);
    }
    return this.compileComparison(node, path);
  }

  private compileComparison(node: ParsedNode, path: (string | number)[]): Predicate {
    const fact = node.fact!;
    if (!isFactName(fact)) {
      this.report({ path: [...path, 'fact'], code: 'condition.unknown-fact', params: { fact }, message: `unknown fact "${fact}"` });
      return () => false;
    }
    const decorators = String(node.operator).split(':').length - 1;
    if (decorators > POLICY_LIMITS.maxOperatorDecorators) {
      const params = { detail: `运算符有 ${decorators} 个修饰`, detailEn: `${decorators} decorators on the operator`, max: String(POLICY_LIMITS.maxOperatorDecorators) };
      this.report({ path: [...path, 'operator'], code: 'condition.too-deep', params, message: `more than ${POLICY_LIMITS.maxOperatorDecorators} decorators on the operator` });
      return () => false;
    }
    const operator = getOperator(node.operator!);
    if (!operator) {
      const name = String(node.operator);
      this.report({ path: [...path, 'operator'], code: 'condition.unknown-operator', params: { operator: name }, message: `unknown operator "${name}"` });
      return () => false;
    }
    const factPath = node.path;
    const value = node.value;
    const ref = value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, 'fact') ? (value as { fact: string; path?: string }) : undefined;
    if (ref && !isFactName(ref.fact)) {
      this.report({ path: [...path, 'value', 'fact'], code: 'condition.unknown-fact', params: { fact: String(ref.fact) }, message: `unknown fact "${ref.fact}"` });
      return () => false;
    }
    if (this.checks && !this.checks.comparison({ fact, path: factPath, operatorName: String(node.operator), operator, value, ref }, path, this.report)) return () => false;
    if (ref) return (facts) => compare(operator, readFact(facts, fact, factPath), readFact(facts, ref.fact, ref.path));
    if (factPath === undefined) {
      const direct = directComparison(node.operator!, fact, value);
      if (direct) return direct;
    }
    return (facts) => compare(operator, readFact(facts, fact, factPath), value);
  }
}

export type ReportConditionProblem = (problem: Omit<ConditionProblem, 'inNamed' | 'severity'> & { severity?: 'warning' }) => void;

/** A comparison as the compiler read it: its fact and path, operator, and value or fact referred to. */
export interface ComparisonLeaf {
  fact: string;
  path: unknown;
  operatorName: string;
  operator: Operator;
  value: unknown;
  ref: { fact: string; path?: unknown } | undefined;
}

/**
 * The checks of a policy maintainer's condition (condition-checks.ts): what json-rules-engine
 * would reject or read surprisingly. Left out where the conditions are the bundled ones, checked
 * when the package was built (the browser build carries none of them).
 */
export interface ConditionChecks {
  node(node: object, junction: 'any' | 'all' | 'not' | undefined, ruleRoot: boolean, at: (string | number)[], report: ReportConditionProblem): void;
  /** False when the comparison must not be compiled (it is refused). */
  comparison(leaf: ComparisonLeaf, at: (string | number)[], report: ReportConditionProblem): boolean;
}

export interface CompiledCondition {
  predicate: Predicate;
  problems: ConditionProblem[];
}

/** Compiles a top-level condition with the named conditions it may refer to, with `checks` if given (compileCondition in condition-checks.ts gives them). */
export function compileConditionWith(
  condition: TopLevelCondition,
  named: Record<string, TopLevelCondition> = {},
  checks?: ConditionChecks,
): CompiledCondition {
  const compiler = new Compiler(named, checks);
  const compiled = compiler.compileTop(condition, [], true);
  // A condition with an error never holds, whatever a `not` above the faulty part would say.
  const refused = compiler.problems.some((p) => p.severity === 'error');
  return { predicate: refused ? () => false : compiled, problems: compiler.problems };
}
