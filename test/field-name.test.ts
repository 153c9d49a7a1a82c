/** An issue's field as people write it (materials[0].fileName), on any path. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldName } from '../src/application/field-name.js';

/** The rule, spelled out: segments joined by dots, an index in brackets without the dot before it. */
const byTheRule = (path: (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');

describe('fieldName', () => {
  it('writes the usual paths', () => {
    expect(fieldName(['materials', 0, 'fileName'])).toBe('materials[0].fileName');
    expect(fieldName(['contributions', 'housing-fund', 'accountStatus'])).toBe('contributions.housing-fund.accountStatus');
    expect(fieldName(['insuranceTypes', 2])).toBe('insuranceTypes[2]');
    expect(fieldName([])).toBe('');
  });

  it('follows the rule on any path, keys with dots and brackets included', () => {
    const key = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('a', '.', '[', ']', '0') }));
    fc.assert(
      fc.property(fc.array(fc.oneof(key, fc.nat())), (path) => {
        expect(fieldName(path)).toBe(byTheRule(path));
      }),
      { numRuns: 5000 },
    );
  });
});
