import fc from 'fast-check';
import { FACTS, type Facts } from '../../src/engine/facts.js';
import { INSURANCE_TYPES } from '../../src/application/insurance-types.js';

const STRINGS = ['male', 'female', 'job-change', 'relocation', 'hukou-move', 'other', 'active', 'sealed', 'closed', '23', '52', '32', '2301', '5201', '3201', '520102', 'resident', 'foreign-permanent', 'pension', 'medical', '2026-11-20'];

/** Facts of every documented name, with the values policies test and some they do not. */
export const arbitraryFacts: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(
    Object.entries(FACTS).map(([name, def]) => {
      switch (def.type) {
        case 'number':
          return [name, fc.oneof(fc.integer({ min: -5, max: 130 }), fc.constant(null), fc.double({ noNaN: true }))];
        case 'boolean':
          return [name, fc.oneof(fc.boolean(), fc.constant(null))];
        case 'string[]':
          return [name, fc.subarray([...INSURANCE_TYPES])];
        default:
          return [name, fc.oneof(fc.constantFrom(...STRINGS), fc.string(), fc.constant(null))];
      }
    }),
  ) as Record<keyof Facts, fc.Arbitrary<Facts[keyof Facts]>>,
);
