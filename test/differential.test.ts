/**
 * The synchronous evaluator must agree with json-rules-engine's own Engine.run on every condition
 * of every bundled policy, for any facts.
 */
import fc from 'fast-check';
import { Rule } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { getBundledPolicies } from '../src/index.js';
import { compileCondition } from '../src/engine/compile-condition.js';
import type { TopLevelCondition } from '../src/policy/schema.js';
import { arbitraryFacts } from './support/arbitrary-facts.js';
import { referenceEngine } from './support/reference-engine.js';
import { FACTS } from '../src/engine/facts.js';

// A requirement compiled into variants (one per identity document) adds an idKind test to its own
// condition: the condition itself is compiled once more here, to compare it alone.
const conditions = getBundledPolicies().policies.flatMap((policy) =>
  [...policy.decisions, ...policy.materials.filter((m) => m.heldBy === undefined || m.heldBy.includes('resident')), ...policy.steps]
    .filter((part) => part.part.when !== undefined)
    .map((part) => ({
      id: part.part.id,
      when: part.part.when!,
      named: policy.meta.namedConditions,
      predicate: !('heldBy' in part) || part.heldBy === undefined ? part.predicate! : compileCondition(part.part.when!, policy.meta.namedConditions).predicate,
    })),
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

  it('agrees on generated trees: every operator and decorator, odd values, fact references, and the same errors', async () => {
    const ops = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'within'];
    const decorators = ['not', 'someFact', 'someValue', 'everyFact', 'everyValue', 'swap'];
    const operator = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ops) },
      { weight: 3, arbitrary: fc.tuple(fc.subarray(decorators, { maxLength: 2 }), fc.constantFrom(...ops)).map(([d, o]) => [...d, o].join(':')) },
      { weight: 1, arbitrary: fc.constantFrom('bogus', 'not:bogus', ':equal', 'equal:', 'toString', '__proto__', 'constructor:equal') },
    );
    const value = fc.oneof(
      fc.constantFrom('pension', 'medical', '23', '52', 'male', 60, 12, 0, null, true, '15', '12abc'),
      fc.array(fc.constantFrom('pension', 'medical', '23', '5201', 60, null), { maxLength: 3 }),
      fc.record({ fact: fc.constantFrom(...Object.keys(FACTS)) }),
      fc.double(),
      fc.string({ maxLength: 3 }),
    );
    const comparison = fc.record({ fact: fc.constantFrom(...Object.keys(FACTS)), operator, value });
    const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        comparison,
        fc.record({ all: fc.array(tie('tree'), { maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('tree'), { maxLength: 3 }) }),
        fc.record({ not: tie('tree') }),
        // What json-rules-engine refuses, with its own message.
        fc.constantFrom(null, 0, 'text', { all: {} }, { not: [] }, { fact: 'age', operator: 'equal' }, { operator: 'equal', value: 1 }, { fact: 'age', value: 1 }),
      ),
    }));
    const root = fc.oneof(fc.record({ all: fc.array(tree, { maxLength: 3 }) }), fc.record({ any: fc.array(tree, { maxLength: 3 }) }), fc.record({ not: tree }), tree);

    await fc.assert(
      fc.asyncProperty(root, arbitraryFacts, async (condition, facts) => {
        if (!condition) {
          // json-rules-engine's Rule skips a missing root (and its run fails later); ours says so at once.
          expect(compileCondition(condition as TopLevelCondition).problems.map((p) => p.code)).toEqual(['condition.invalid']);
          return;
        }
        let refusal: string | undefined;
        try {
          new Rule({ conditions: condition as never, event: { type: 'match' } });
        } catch (error) {
          refusal = (error as Error).message;
        }
        const { predicate, problems } = compileCondition(condition as TopLevelCondition);
        const invalid = problems.find((p) => p.code === 'condition.invalid');
        expect(invalid?.params.detail).toBe(refusal);
        if (refusal !== undefined || problems.length > 0) return;
        const reference = await referenceEngine(condition as TopLevelCondition)
          .run({ ...facts })
          .then(({ events }) => ({ holds: events.length > 0 }), (error: Error) => ({ threw: error.constructor.name }));
        // Where json-rules-engine rejects the run (a comparison it cannot make), ours answers.
        const ours = predicate(facts);
        if ('holds' in reference) expect(ours).toBe(reference.holds);
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 2000) },
    );
  });
});

