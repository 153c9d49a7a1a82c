/** shebao-transfer validate <application.json>: the report, the result as JSON, or a Markdown checklist. */
import { formatChecklistMarkdown } from '../../checklist/format-checklist-markdown.js';
import { validateTransfer } from '../../validate-transfer.js';
import { formatTransferReport } from '../format-report.js';
import { runValidateNdjson } from './validate-ndjson.js';
import { say } from './words.js';
import { checkDate, EXIT, localeOf, localToday, outputFormat, policiesFrom, readJson, UsageError, write, type Values } from './shared.js';

export function runValidate(positionals: string[], values: Values): number | Promise<number> {
  if (values.ndjson) return runValidateNdjson(positionals, values);
  if (values.jobs !== undefined) throw new UsageError(say('jobs-needs-ndjson'));
  if (values.output !== undefined) throw new UsageError(say('output-needs-ndjson'));
  if (positionals.length !== 1) throw new UsageError(say('validate-one-file'));
  const locale = localeOf(values.lang);
  const format = outputFormat(values);
  const today = checkDate(values.today, 'today') ?? localToday();
  const policies = policiesFrom(values, locale);
  const application = readJson(positionals[0]!);
  const result = validateTransfer(application, { today, locale, ...(policies ? { policies } : {}) });
  if (format === 'json') write(JSON.stringify(result, null, 2));
  else if (format === 'md') write(formatChecklistMarkdown(result, locale));
  else write(formatTransferReport(result, locale));
  return result.ok ? EXIT.ok : EXIT.problems;
}
