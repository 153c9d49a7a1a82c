/** json-rules-engine itself, with our custom operators: the oracle the compiled conditions are held to. */
import { Engine } from 'json-rules-engine';
import { CUSTOM_OPERATORS } from '../../src/engine/operators.js';
import type { TopLevelCondition } from '../../src/policy/schema.js';

export function referenceEngine(condition: TopLevelCondition, named: Record<string, TopLevelCondition> = {}): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, evaluate] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, evaluate);
  for (const [name, tree] of Object.entries(named)) engine.setCondition(name, tree as never);
  engine.addRule({ conditions: condition as never, event: { type: 'match' } });
  return engine;
}
