/**
 * The synchronous evaluator must agree with json-rules-engine's own Engine.run on every condition
 * of every bundled policy, for any facts.
 */
import fc from 'fast-check';
import { Rule } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { getBundledPolicies } from '../src/index.js';
import { compileCondition } from '../src/engine/condition-checks.js';
import type { TopLevelCondition } from '../src/policy/schema.js';
import type { Facts } from '../src/engine/facts.js';
import { arbitraryFacts } from './support/arbitrary-facts.js';
import { referenceEngine } from './support/reference-engine.js';
import { FACTS } from '../src/engine/facts.js';
import { isListFact } from '../src/engine/fact-names.js';

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

/** Whether json-rules-engine's run holds the condition for these facts. */
async function holdsInEngine(condition: TopLevelCondition, facts: object, named: Record<string, TopLevelCondition> = {}): Promise<boolean> {
  const { events } = await referenceEngine(condition, named).run({ ...facts });
  return events.length > 0;
}

/** One set of facts of every documented name. */
async function sampleFacts(): Promise<Facts> {
  return fc.sample(arbitraryFacts, { numRuns: 1, seed: 7 })[0]!;
}

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

  it('reads a path on a fact that is not an object as json-rules-engine does: the path is ignored, with a warning', async () => {
    const condition = { all: [{ fact: 'age', path: '$.x', operator: 'greaterThan', value: 0 }] } as TopLevelCondition;
    const facts = { ...(await sampleFacts()), age: 30 } as Facts;
    const { predicate, problems } = compileCondition(condition);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['condition.path-on-scalar', 'warning']]);
    expect(predicate(facts)).toBe(true);
    expect(await holdsInEngine(condition, facts)).toBe(true);
    // On the list fact a path reads into the list, own properties only.
    const first = { all: [{ fact: 'insuranceTypes', path: '$[0]', operator: 'equal', value: 'pension' }] } as TopLevelCondition;
    const onList = { ...facts, insuranceTypes: ['pension', 'medical'] } as Facts;
    expect(compileCondition(first).problems).toEqual([]);
    expect(compileCondition(first).predicate(onList)).toBe(await holdsInEngine(first, onList));
    const inherited = { all: [{ fact: 'insuranceTypes', path: '$.constructor', operator: 'equal', value: null }] } as TopLevelCondition;
    expect(compileCondition(inherited).predicate(onList)).toBe(await holdsInEngine(inherited, onList));
  });

  it('refuses a comparison json-rules-engine cannot make, so that a not above it cannot turn it into a yes', async () => {
    // No gender given: swap:in then asks null for its indexOf.
    const facts = { ...(await sampleFacts()), age: 30, gender: null, contributionMonths: 12 } as Facts;
    for (const leaf of [
      { fact: 'age', operator: 'in', value: 5 },
      { fact: 'gender', operator: 'someValue:equal', value: 'male' },
      { fact: 'gender', operator: 'swap:in', value: ['male'] },
      { fact: 'age', operator: 'notIn', value: { fact: 'contributionMonths' } },
    ]) {
      const condition = { not: leaf } as TopLevelCondition;
      await expect(referenceEngine(condition).run({ ...facts }), JSON.stringify(leaf)).rejects.toThrow();
      const { predicate, problems } = compileCondition(condition);
      expect(problems.map((p) => [p.code, p.severity, p.path.join('.')]), JSON.stringify(leaf)).toEqual([['condition.cannot-compare', 'error', 'not.operator']]);
      expect(predicate(facts)).toBe(false);
    }
    // What can always be compared stays as it is: in against a list or a text, contains on the list fact.
    for (const leaf of [
      { fact: 'age', operator: 'in', value: [30, 40] },
      { fact: 'fromProvince', operator: 'in', value: '52 23' },
      { fact: 'insuranceTypes', operator: 'swap:in', value: 'pension' },
      { fact: 'insuranceTypes', operator: 'someFact:in', value: ['pension'] },
    ]) {
      expect(compileCondition({ all: [leaf] } as TopLevelCondition).problems, JSON.stringify(leaf)).toEqual([]);
    }
  });

  it('reads a node with a reference and all, any or not in json-rules-engine\'s order: the reference inside a tree, the junction at the root', async () => {
    const named = { adult: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 18 }] } } as Record<string, TopLevelCondition>;
    const both = { condition: 'adult', all: [{ fact: 'age', operator: 'equal', value: -1 }] };
    const facts = { ...(await sampleFacts()), age: 30 } as Facts;
    const nested = { any: [both] } as unknown as TopLevelCondition;
    const inside = compileCondition(nested, named);
    expect(inside.problems.map((p) => [p.code, p.severity, p.path.join('.')])).toEqual([['condition.beside-reference', 'warning', 'any.0.all']]);
    expect(inside.predicate(facts)).toBe(true);
    expect(await holdsInEngine(nested, facts, named)).toBe(true);
    const atRoot = compileCondition(both as unknown as TopLevelCondition, named);
    expect(atRoot.problems.map((p) => [p.code, p.path.join('.')])).toEqual([['condition.beside-reference', 'condition']]);
    expect(atRoot.predicate(facts)).toBe(false);
    expect(await holdsInEngine(both as unknown as TopLevelCondition, facts, named)).toBe(false);
  });

  it('knows which facts are lists, as FACTS documents them', () => {
    for (const [name, def] of Object.entries(FACTS)) expect(isListFact(name), name).toBe(def.type === 'string[]');
  });

  it('refuses a JSONPath it does not read instead of answering no', () => {
    for (const path of ['$[*]', '$..x', "$['a']", '$.a[*].b', 'a.b', '', 5]) {
      const { problems } = compileCondition({ all: [{ fact: 'insuranceTypes', path, operator: 'equal', value: 'pension' }] } as unknown as TopLevelCondition);
      expect(problems.map((p) => p.code), String(path)).toEqual(['condition.unsupported-path']);
    }
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
    const path = fc.constantFrom('$', '$.x', '$[0]', '$[1]', '$.length', '$.constructor', '$[*]', '$..x', "$['0']");
    const comparison = fc.record({ fact: fc.constantFrom(...Object.keys(FACTS)), operator, value, path }, { requiredKeys: ['fact', 'operator', 'value'] });
    const named = {
      adult: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 18 }] },
      withPension: { any: [{ fact: 'insuranceTypes', operator: 'contains', value: 'pension' }] },
    } as Record<string, TopLevelCondition>;
    const reference = fc.record({ condition: fc.constantFrom('adult', 'withPension') });
    const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        comparison,
        fc.record({ all: fc.array(tie('tree'), { maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('tree'), { maxLength: 3 }) }),
        fc.record({ not: tie('tree') }),
        reference,
        fc.tuple(reference, fc.array(tie('tree'), { maxLength: 2 })).map(([ref, all]) => ({ ...ref, all })),
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
        const { predicate, problems } = compileCondition(condition as TopLevelCondition, named);
        const invalid = problems.find((p) => p.code === 'condition.invalid');
        expect(invalid?.params.detail).toBe(refusal);
        if (refusal !== undefined) return;
        const reference = await referenceEngine(condition as TopLevelCondition, named)
          .run({ ...facts })
          .then(({ events }) => ({ holds: events.length > 0 }), (error: Error) => ({ threw: error.message }));
        const refused = problems.some((p) => p.severity === 'error');
        // Where json-rules-engine rejects the run (a comparison it cannot make, an unknown operator), ours refused the condition.
        if ('threw' in reference) expect(refused, reference.threw).toBe(true);
        // Everything ours takes (warnings included) answers as json-rules-engine does.
        else if (!refused) expect(predicate(facts)).toBe(reference.holds);
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 2000) },
    );
  });
});

