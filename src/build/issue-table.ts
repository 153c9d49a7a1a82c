/**
 * The table of issue codes in the API reference (English and Chinese), from the one catalogue in
 * src/issues.ts. `npm run generate:readme` rewrites it between the markers in both files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ISSUE_CODES } from '../issue-catalogue.js';

export const START = '<!-- issue-codes:start -->';
export const END = '<!-- issue-codes:end -->';

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

export function issueTable(): string {
  const rows = Object.entries(ISSUE_CODES).map(
    ([code, entry]) => `| \`${code}\` | ${entry.severity} | ${cell(entry.zh)} | ${cell(entry.en)} |`,
  );
  return [START, '| code | severity | 中文 | English |', '| --- | --- | --- | --- |', ...rows, END].join('\n');
}

export const ISSUE_TABLE_FILES = ['docs/api.md', 'docs/zh-CN/api.md'];

export function withIssueTable(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`the API reference needs the markers ${START} and ${END}`);
  return text.slice(0, start) + issueTable() + text.slice(end + END.length);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of ISSUE_TABLE_FILES) {
    const path = fileURLToPath(new URL(`../../${file}`, import.meta.url));
    writeFileSync(path, withIssueTable(readFileSync(path, 'utf8')));
    console.log(`updated the issue code table in ${file}`);
  }
}
