/**
 * Derives `src/generated/region-changes.json` — every county- and prefecture-level division the
 * Ministry of Civil Affairs' lists have retired since 1981, with the year it went, where its area
 * went and the approval that did it — from `codes.json` of the areacodes data set
 * (yescallop/areacodes, CC0 1.0: the Ministry's yearly lists 1980–2024 with its 县级以上行政区划变更情况
 * and the approvals in the State Council gazette).
 *
 *   npm run derive:region-changes -- <folder or codes.json of a copy of areacodes> <its commit> <its date>
 *
 * Run it when a new year of that data set comes out, then `npm run generate:regions`, which reads
 * the derived file (the data set itself is not needed for the build and is not kept here).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Succ = z.object({ code: z.number().int(), time: z.number().int().optional(), desc: z.number().int().optional() });
interface Item {
  code: number;
  name: string;
  start: number;
  end?: number;
  succ?: z.infer<typeof Succ>[];
  children?: Item[];
}
const ItemSchema: z.ZodType<Item> = z.lazy(() =>
  z.object({
    code: z.number().int(),
    name: z.string().min(1),
    start: z.number().int(),
    end: z.number().int().optional(),
    succ: z.array(Succ).optional(),
    children: z.array(ItemSchema).optional(),
  }),
);
const CodesFile = z.object({ items: z.array(ItemSchema), descriptions: z.record(z.string(), z.array(z.string())) });

const [input, commit, date] = process.argv.slice(2);
if (!input || !commit || !/^[0-9a-f]{7,40}$/.test(commit) || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error('usage: derive-region-changes <areacodes folder or codes.json> <commit> <YYYY-MM-DD>');
  process.exit(2);
}
const path = existsSync(input) && statSync(input).isDirectory() ? join(input, 'codes.json') : input;
const file = CodesFile.parse(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')));

/** The approval a change description opens with: its document number and date, when it gives them. */
function approvalOf(text: string): [string, string] {
  const title = /^#\s*(.+)$/m.exec(text)?.[1]?.trim() ?? '';
  const number = /文号：\s*(.+)/.exec(text)?.[1]?.trim() ?? (/〔\d{4}〕\d+号$/.test(title) ? title : '');
  const day = /日期：\s*(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  return [number, day ? `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}` : ''];
}

const approvals: [string, string][] = [];
const approvalIndex = new Map<string, number>();
function approval(year: number, desc: number | undefined): number {
  if (desc === undefined) return -1;
  const text = file.descriptions[String(year)]?.[desc];
  if (text === undefined) throw new Error(`no description ${desc} of ${year}`);
  const found = approvalOf(text);
  if (found[0] === '' && found[1] === '') return -1;
  const key = found.join('|');
  let index = approvalIndex.get(key);
  if (index === undefined) approvalIndex.set(key, (index = approvals.push(found) - 1));
  return index;
}

/** [code, name, the names of what it lay in then, first year listed, year gone, [[successor code, year of that change, approval index or -1]]]. */
type Record = [string, string, string, number, number, [string, number, number][]];
const records: Record[] = [];
/** Divisions in force now: the first year each was listed (a successor listed first that year was new then). */
const inForce: { [code: string]: number } = {};
function walk(items: Item[], within: string[]): void {
  for (const item of items) {
    const code = String(item.code).padStart(6, '0');
    if (item.end === undefined) inForce[code] = item.start;
    else if (!code.endsWith('0000')) {
      const successors = (item.succ ?? []).map((s): [string, number, number] => {
        const year = s.time ?? item.end!;
        return [String(s.code).padStart(6, '0'), year, approval(year, s.desc)];
      });
      records.push([code, item.name, within.join(''), item.start, item.end, successors]);
    }
    if (item.children) walk(item.children, [...within, item.name]);
  }
}
walk(file.items, []);
records.sort((a, b) => (a[0] === b[0] ? a[4] - b[4] : a[0] < b[0] ? -1 : 1));

const lastYear = Math.max(...Object.keys(file.descriptions).map(Number));
const out = {
  source: {
    dataSet: 'yescallop/areacodes',
    licence: 'CC0-1.0',
    commit,
    date,
    compiledFrom: '民政部《中华人民共和国县级以上行政区划代码》1980—2024 年各年版本及《县级以上行政区划变更情况》，国务院公报',
  },
  lastYear,
  approvals,
  records,
  inForce,
};
const target = fileURLToPath(new URL('../generated/region-changes.json', import.meta.url));
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${records.length} retired divisions (to ${lastYear}) and ${approvals.length} approvals to ${target}`);
