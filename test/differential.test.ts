/**
 * The synchronous evaluator must agree with json-rules-engine's own Engine.run on every condition
 * of every bundled policy, for any facts.
 */
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { getBundledPolicies } from '../src/index.js';
import { addCustomOperators } from '../src/engine/operators.js';
import { compileCondition } from '../src/engine/compile-condition.js';
import type { TopLevelCondition } from '../src/policy/schema.js';
import { arbitraryFacts } from './support/arbitrary-facts.js';

function referenceEngine(condition: TopLevelCondition, named: Record<string, TopLevelCondition>): Engine {
  const engine = addCustomOperators(new Engine([], { allowUndefinedFacts: true }));
  for (const [name, tree] of Object.entries(named)) engine.setCondition(name, tree as never);
  engine.addRule({ conditions: condition as never, event: { type: 'match' } });
  return engine;
}

const conditions = getBundledPolicies().policies.flatMap((policy) =>
  [...policy.decisions, ...policy.materials, ...policy.steps]
    .filter((part) => part.part.when !== undefined)
    .map((part) => ({ id: part.part.id, when: part.part.when!, named: policy.meta.namedConditions, predicate: part.predicate! })),
);

describe('compiled conditions agree with Engine.run', () => {
  it('covers the bundled conditions', () => {
    expect(conditions.length).toBeGreaterThanOrEqual(8);
  });

  it.each(conditions.map((c) => [c.id, c]))('%s', async (_id, c) => {
    const engine = referenceEngine(c.when, c.named);
    await fc.assert(
      fc.asyncProperty(arbitraryFacts, async (facts) => {
        const { events } = await engine.run({ ...facts });
        expect(c.predicate(facts)).toBe(events.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on decorated and custom operators too', async () => {
    const condition: TopLevelCondition = {
      any: [
        { fact: 'insuranceTypes', operator: 'contains', value: 'pension' },
        { fact: 'toRegion', operator: 'within', value: ['23', '5201'] },
        { fact: 'insuranceTypes', operator: 'everyFact:notEqual', value: 'medical' },
        { not: { fact: 'age', operator: 'lessThan', value: { fact: 'contributionMonths' } } },
      ],
    };
    const { predicate, problems } = compileCondition(condition);
    expect(problems).toEqual([]);
    const engine = referenceEngine(condition, {});
    await fc.assert(
      fc.asyncProperty(arbitraryFacts, async (facts) => {
        const { events } = await engine.run({ ...facts });
        expect(predicate(facts)).toBe(events.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
