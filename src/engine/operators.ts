/**
 * The operators conditions may use: json-rules-engine's own (equal, in, greaterThanInclusive, …,
 * with decorators such as not:, someFact:, everyValue:) plus the custom ones registered here.
 * The same engine instance serves the synchronous evaluator and the Engine.run reference.
 */
import { Engine } from 'json-rules-engine';

interface EngineOperator {
  evaluate(factValue: unknown, compareValue: unknown): boolean;
}

/** Custom operators, by name. */
export const CUSTOM_OPERATORS: Record<string, (factValue: unknown, value: unknown) => boolean> = {
  /** The fact (a region code) lies within the value: a code prefix or a list of them. */
  within: (factValue, value) =>
    typeof factValue === 'string' &&
    (Array.isArray(value) ? value : [value]).some((prefix) => typeof prefix === 'string' && factValue.startsWith(prefix)),
};

/** Registers the custom operators on an engine. */
export function addCustomOperators(engine: Engine): Engine {
  for (const [name, evaluate] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, evaluate);
  return engine;
}

let operatorEngine: Engine | undefined;

/** The operator of that name (decorators included), or undefined if json-rules-engine has none. */
export function getOperator(name: string): EngineOperator | undefined {
  operatorEngine ??= addCustomOperators(new Engine([], { allowUndefinedFacts: true }));
  const map = (operatorEngine as unknown as { operators: { get(name: string): EngineOperator | null } }).operators;
  return map.get(name) ?? undefined;
}
