/**
 * The operators conditions may use, with json-rules-engine's semantics: its ten operators (equal,
 * in, greaterThanInclusive, …), its decorators (not:, someFact:, everyValue:, swap:, …) and the
 * custom ones registered here. They are written out rather than taken from an Engine so that the
 * core carries no rule engine at run time (and no `new Function`, which a strict Content Security
 * Policy refuses); test/differential.test.ts holds them to json-rules-engine's own.
 */

export interface Operator {
  evaluate(factValue: unknown, compareValue: unknown): boolean;
}

type Compare = (factValue: unknown, compareValue: unknown) => boolean;
type FactCheck = (factValue: unknown) => boolean;

/** Custom operators, by name. */
export const CUSTOM_OPERATORS: Record<string, (factValue: unknown, value: unknown) => boolean> = {
  /** The fact (a region code) lies within the value: a code prefix or a list of them. */
  within: (factValue, value) =>
    typeof factValue === 'string' &&
    (Array.isArray(value) ? value : [value]).some((prefix) => typeof prefix === 'string' && factValue.startsWith(prefix)),
};

// As json-rules-engine: a number check that accepts what parseFloat reads as a number ("12abc" too).
const isNumeric: FactCheck = (value) => Number.parseFloat(value as string).toString() !== 'NaN';
const anything: FactCheck = () => true;

type Indexable = { indexOf(value: unknown): number };

const BASE: Record<string, [Compare, FactCheck]> = {
  equal: [(a, b) => a === b, anything],
  notEqual: [(a, b) => a !== b, anything],
  in: [(a, b) => (b as Indexable).indexOf(a) > -1, anything],
  notIn: [(a, b) => (b as Indexable).indexOf(a) === -1, anything],
  contains: [(a, b) => (a as Indexable).indexOf(b) > -1, Array.isArray],
  doesNotContain: [(a, b) => (a as Indexable).indexOf(b) === -1, Array.isArray],
  lessThan: [(a, b) => (a as number) < (b as number), isNumeric],
  lessThanInclusive: [(a, b) => (a as number) <= (b as number), isNumeric],
  greaterThan: [(a, b) => (a as number) > (b as number), isNumeric],
  greaterThanInclusive: [(a, b) => (a as number) >= (b as number), isNumeric],
};

type Decorate = (factValue: unknown, compareValue: unknown, next: Compare) => boolean;

const DECORATORS: Record<string, [Decorate, FactCheck]> = {
  someFact: [(fact, value, next) => (fact as unknown[]).some((f) => next(f, value)), Array.isArray],
  someValue: [(fact, value, next) => (value as unknown[]).some((v) => next(fact, v)), anything],
  everyFact: [(fact, value, next) => (fact as unknown[]).every((f) => next(f, value)), Array.isArray],
  everyValue: [(fact, value, next) => (value as unknown[]).every((v) => next(fact, v)), anything],
  swap: [(fact, value, next) => next(value, fact), anything],
  not: [(fact, value, next) => !next(fact, value), anything],
};

function operator(compare: Compare, check: FactCheck): Operator {
  return { evaluate: (factValue, compareValue) => check(factValue) && compare(factValue, compareValue) };
}

const known = new Map<string, Operator>();
for (const [name, [compare, check]] of Object.entries(BASE)) known.set(name, operator(compare, check));
for (const [name, compare] of Object.entries(CUSTOM_OPERATORS)) known.set(name, operator(compare, anything));

/**
 * The operator of that name, decorators included ("everyFact:notEqual"), or undefined when there is
 * none. Decorators are read from the left and applied from the right, as json-rules-engine does.
 */
/** Every operator's name, for a "did you mean" on a mistyped one. */
export function operatorNames(): string[] {
  return [...known.keys()];
}

export function getOperator(name: string): Operator | undefined {
  if (typeof name !== 'string') return undefined;
  const found = known.get(name);
  if (found) return found;
  const colon = name.indexOf(':');
  if (colon <= 0) return undefined;
  const decorator = Object.hasOwn(DECORATORS, name.slice(0, colon)) ? DECORATORS[name.slice(0, colon)] : undefined;
  const inner = decorator && getOperator(name.slice(colon + 1));
  if (!decorator || !inner) return undefined;
  const [decorate, check] = decorator;
  const next: Compare = (fact, value) => inner.evaluate(fact, value);
  const decorated = operator((fact, value) => decorate(fact, value, next), check);
  known.set(name, decorated);
  return decorated;
}
