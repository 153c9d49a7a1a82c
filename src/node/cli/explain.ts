/** shebao-transfer explain --from A --to B: what the rules say for a route, as text, JSON or a Markdown checklist. */
import { formatChecklistMarkdown } from '../../checklist/format-checklist-markdown.js';
import { explainRoute } from '../../explain-route.js';
import { formatExplanation } from '../format-report.js';
import { say } from './words.js';
import { checkDate, EXIT, localeOf, localToday, outputFormat, policiesFrom, UsageError, write, type Values } from './shared.js';

export function runExplain(positionals: string[], values: Values): number {
  if (positionals.length > 0) throw new UsageError(say('explain-no-positionals', { value: positionals[0]! }));
  if (typeof values.from !== 'string' || typeof values.to !== 'string') throw new UsageError(say('explain-needs-route'));
  const locale = localeOf(values.lang);
  const format = outputFormat(values);
  const date = checkDate(values.date, 'date') ?? localToday();
  const policies = policiesFrom(values, locale);
  const types = typeof values.types === 'string' ? values.types.split(/[,，\s]+/).filter(Boolean) : undefined;
  const explanation = explainRoute({
    from: values.from,
    to: values.to,
    date,
    locale,
    ...(types ? { types } : {}),
    ...(policies ? { policies } : {}),
  });
  if (format === 'json') write(JSON.stringify(explanation, null, 2));
  else if (format === 'md') write(formatChecklistMarkdown(explanation, locale));
  else write(formatExplanation(explanation, locale));
  return explanation.ok ? EXIT.ok : EXIT.problems;
}
