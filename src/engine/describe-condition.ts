/**
 * A condition tree in words, for people reading what a rule requires:
 * { all: [{ fact: gender, operator: equal, value: male }, { fact: age, … ≥ 50 }] } →
 * "（性别 = male 且 申请日当天的周岁年龄 ≥ 50）".
 */
import type { Locale } from '../issues.js';
import type { NestedCondition, TopLevelCondition } from '../policy/schema.js';
import { FACTS, isFactName } from './facts.js';

const OPERATOR_WORDS: Record<string, { zh: string; en: string }> = {
  equal: { zh: '=', en: '=' },
  notEqual: { zh: '≠', en: '≠' },
  lessThan: { zh: '<', en: '<' },
  lessThanInclusive: { zh: '≤', en: '≤' },
  greaterThan: { zh: '>', en: '>' },
  greaterThanInclusive: { zh: '≥', en: '≥' },
  in: { zh: '属于', en: 'is one of' },
  notIn: { zh: '不属于', en: 'is none of' },
  contains: { zh: '包含', en: 'contains' },
  doesNotContain: { zh: '不包含', en: 'does not contain' },
  within: { zh: '位于', en: 'lies within' },
};

function valueText(value: unknown, locale: Locale): string {
  if (value === null) return locale === 'en' ? 'unknown' : '未知';
  if (Array.isArray(value)) return `[${value.map((v) => valueText(v, locale)).join(', ')}]`;
  if (typeof value === 'object') {
    const ref = value as { fact?: string };
    return ref.fact ? factText(ref.fact, locale) : JSON.stringify(value);
  }
  return String(value);
}

function factText(fact: string, locale: Locale): string {
  if (!isFactName(fact)) return fact;
  return locale === 'en' ? FACTS[fact].descriptionEn : FACTS[fact].description;
}

export function describeCondition(
  condition: NestedCondition,
  named: Record<string, TopLevelCondition> = {},
  locale: Locale = 'zh-CN',
  depth = 0,
): string {
  const and = locale === 'en' ? ' and ' : ' 且 ';
  const or = locale === 'en' ? ' or ' : ' 或 ';
  const wrap = (text: string) => (depth > 0 ? `（${text}）` : text);
  if ('all' in condition) return wrap(condition.all.map((c) => describeCondition(c, named, locale, depth + 1)).join(and));
  if ('any' in condition) return wrap(condition.any.map((c) => describeCondition(c, named, locale, depth + 1)).join(or));
  if ('not' in condition) return `${locale === 'en' ? 'not ' : '非'}（${describeCondition(condition.not, named, locale, 0)}）`;
  if ('condition' in condition) {
    const target = named[condition.condition];
    return target ? describeCondition(target, named, locale, depth) : condition.condition;
  }
  const [decorator, base] = condition.operator.includes(':')
    ? [condition.operator.slice(0, condition.operator.lastIndexOf(':')), condition.operator.slice(condition.operator.lastIndexOf(':') + 1)]
    : ['', condition.operator];
  const words = OPERATOR_WORDS[base]?.[locale === 'en' ? 'en' : 'zh'] ?? base;
  const prefix = decorator ? `${decorator}:` : '';
  return `${factText(condition.fact, locale)}${condition.path ?? ''} ${prefix}${words} ${valueText(condition.value, locale)}`;
}
