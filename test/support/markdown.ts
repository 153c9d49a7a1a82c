/** The project's documents as the tests read them: headings, code blocks, links. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures.js';

/** The references under docs/, each with its Chinese twin under docs/zh-CN/. */
export const DOCS = ['api.md', 'workflow.md', 'policy-files.md', 'cli.md', 'scaling.md', 'limits.md', 'faq.md'];

/** Every document and its Chinese twin. */
export const DOC_PAIRS: [string, string][] = [['README.md', 'README.zh-CN.md'], ...DOCS.map((d): [string, string] => [`docs/${d}`, `docs/zh-CN/${d}`])];

export interface CodeBlock {
  info: string;
  code: string;
  line: number;
}

export function readDoc(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Fenced code blocks, in order. */
export function codeBlocks(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)```(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== '```'; i++) body.push(lines[i]!.slice(indent));
    blocks.push({ info: open[2]!.trim(), code: body.join('\n'), line: start + 1 });
  }
  return blocks;
}

/** Headings outside code blocks, as level and text. */
export function headings(text: string): { level: number; text: string }[] {
  const out: { level: number; text: string }[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.trimStart().startsWith('```')) fenced = !fenced;
    const m = fenced ? null : /^(#{1,6}) (.*)$/.exec(line);
    if (m) out.push({ level: m[1]!.length, text: m[2]! });
  }
  return out;
}

/** Relative link targets (no scheme, no pure anchors), without their anchors. */
export function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/.test(t) && !t.startsWith('#')).map((t) => t.replace(/#.*$/, ''));
}
