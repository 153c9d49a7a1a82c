/**
 * zod's English messages in brief, for the issue kinds this package's schemas produce (the same
 * wording as zod's own English locale, which is three times the size and went into every browser
 * bundle). They fill developer-facing details only: what people read comes from the issue catalogue.
 */
import type { core } from 'zod/mini';

const UNITS: Record<string, string> = { string: 'characters', array: 'items', set: 'items', map: 'entries', file: 'bytes' };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : String(value);
  return typeof value;
}

const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : String(value));

function size(issue: { origin?: string; exact?: boolean; inclusive?: boolean }, word: string, bound: unknown, below: boolean): string {
  const adj = issue.exact ? 'exactly ' : issue.inclusive ? (below ? '<=' : '>=') : below ? '<' : '>';
  const origin = issue.origin ?? 'value';
  const unit = UNITS[origin];
  return `${word}: expected ${origin} ${unit ? 'to have' : 'to be'} ${adj}${String(bound)}${unit ? ` ${unit}` : ''}`;
}

export function zodMessage(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeName(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Invalid input: expected ${shown(issue.values[0])}` : `Invalid option: expected one of ${issue.values.map(shown).join('|')}`;
    case 'too_big':
      return size(issue, 'Too big', issue.maximum, true);
    case 'too_small':
      return size(issue, 'Too small', issue.minimum, false);
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern ? `Invalid string: must match pattern ${issue.pattern}` : `Invalid ${issue.format}`;
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(shown).join(', ')}`;
    default:
      return 'Invalid input';
  }
}
