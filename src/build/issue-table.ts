/**
 * The README's table of issue codes, from the one catalogue in src/issues.ts.
 * `npm run generate:readme` rewrites it between the markers in README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ISSUE_CODES } from '../issues.js';

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

export function withIssueTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return readme.slice(0, start) + issueTable() + readme.slice(end + END.length);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = fileURLToPath(new URL('../../README.md', import.meta.url));
  writeFileSync(path, withIssueTable(readFileSync(path, 'utf8')));
  console.log('updated the issue code table in README.md');
}
