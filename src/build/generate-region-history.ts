/**
 * Generates `src/generated/region-history.json`: every county- and prefecture-level code and name
 * the Ministry of Civil Affairs' lists have retired since 1981, with the year it went, the current
 * division(s) its area is part of now and the approval that did it. Run with
 * `npm run generate:regions` (after generate-regions.ts).
 *
 * Read from src/generated/region-changes.json (derived from the areacodes data set by
 * derive-region-changes.ts): each retired division names the divisions its area went to, which
 * may themselves have been retired later; they are followed to the divisions in force now (the
 * catalogue's). A prefecture whose successor the data set leaves to its counties (邯郸地区) takes
 * the current prefecture its counties went to.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MUNICIPALITIES } from '../region/catalogue.js';
import { readingOf } from './place-name-readings.js';

const require = createRequire(import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../generated/${name}`, import.meta.url)), 'utf8'));

/** [code, name, the names of what it lay in then, first year listed, year gone, [[successor code, year of that change, approval index or -1]]]. */
type Change = [string, string, string, number, number, [string, number, number][]];
const changes = read('region-changes.json') as {
  source: { dataSet: string; licence: string; commit: string; date: string; compiledFrom: string };
  approvals: [string, string][];
  records: Change[];
  inForce: Record<string, number>;
};

const { decodeRegionTable } = await import('../region/region-table.js');
/** Every division of the catalogue, development zones included, by its 6-digit code. */
const everything = decodeRegionTable(read('regions.json') as never).map((r) => [r[0].padEnd(6, '0'), r[1], r[4] === 'statistical'] as const);
/** The official divisions in force now. */
const now = new Map(everything.filter(([, , statistical]) => !statistical).map(([code, name]) => [code, name]));

const isPrefecture = (code: string) => code.endsWith('00');
const byCode = new Map<string, Change[]>();
for (const change of changes.records) byCode.set(change[0], [...(byCode.get(change[0]) ?? []), change]);

/** The retired division that `code` stood for in `year`, if it stood for one that has gone since. */
const retiredAt = (code: string, year: number) => byCode.get(code)?.find((c) => c[3] <= year && year < c[4]);

/** Where a division went when it was abolished (not the parts it had given away before). */
const abolitionSuccessors = (change: Change) => change[5].filter((s) => s[1] >= change[4]);

/** The current divisions `code` (in force in `year`) is part of now. */
function currentOf(code: string, year: number, seen = new Set<Change>()): string[] {
  const retired = retiredAt(code, year);
  if (!retired) return now.has(code) ? [code] : [];
  if (seen.has(retired)) return [];
  seen.add(retired);
  const next = abolitionSuccessors(retired);
  if (next.length === 0 && isPrefecture(code)) return prefectureSuccessors(retired, seen);
  return [...new Set(next.flatMap(([c, y]) => currentOf(c, y, seen)))];
}

/** A prefecture the data set gives no successor of its own: the current prefectures its counties went to. */
function prefectureSuccessors(prefecture: Change, seen: Set<Change>): string[] {
  const within = (c: Change) => c[0] !== prefecture[0] && c[0].startsWith(prefecture[0].slice(0, 4)) && c[4] === prefecture[4];
  const counties = changes.records.filter(within);
  const found = new Set<string>();
  for (const county of counties) {
    for (const code of currentOf(county[0], county[3], new Set(seen))) {
      found.add(MUNICIPALITIES.has(code.slice(0, 2)) ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`);
    }
  }
  return [...found].filter((c) => now.has(c));
}

/** How many retired divisions went whole into `code` in `year`. */
const predecessors = new Map<string, number>();
for (const change of changes.records) {
  for (const [code, year] of abolitionSuccessors(change)) predecessors.set(`${code}@${year}`, (predecessors.get(`${code}@${year}`) ?? 0) + 1);
}

/**
 * [code, name, what it lay in then, year gone, current successor codes (comma-separated),
 * how: "became" | "merged" | "now" | "split" | "" (none known), the approval (index into approvals, or ""),
 * current codes that parts of it went to before (comma-separated), the name's syllables (zha bei qu)].
 */
type Entry = [string, string, string, number, string, string, string, string, string?];
const entries: Entry[] = [];
const approvals: string[] = [];
const approvalIndex = new Map<string, number>();
const successorsOf = new Map(changes.records.map((change) => [change, currentOf(change[0], change[4] - 1)]));
// Prefectures that went whole into one current prefecture in one year, counted as predecessors of it.
for (const [change, successors] of successorsOf) {
  if (isPrefecture(change[0]) && abolitionSuccessors(change).length === 0 && successors.length === 1) {
    const key = `${successors[0]}@${change[4]}`;
    predecessors.set(key, (predecessors.get(key) ?? 0) + 1);
  }
}
for (const [change, successors] of successorsOf) {
  const [code, name, within, , gone] = change;
  const direct = abolitionSuccessors(change);
  const earlier = [...new Set(change[5].filter((s) => s[1] < gone).flatMap(([c, y]) => currentOf(c, y)))].filter((c) => !successors.includes(c));
  entries.push([code, name, within, gone, successors.join(','), howOf(change, direct, successors), approvalOf(direct), earlier.join(',')]);
}

/**
 * "became" when the division was renamed or turned into one new division of its own (蓟县 → 蓟州区),
 * "merged" when its area went into a division that was there before or that others went into too
 * (闸北区 → 静安区), "now" when the division it went to has changed since, "split" for several.
 */
function howOf(change: Change, direct: Change[5], successors: string[]): string {
  if (successors.length !== 1) return successors.length > 1 ? 'split' : '';
  const step = direct.length === 1 ? direct[0]! : undefined;
  // A prefecture whose counties went on to one new prefecture (毕节地区 → 毕节市) became it.
  if (!step) {
    if (direct.length > 0) return 'now';
    const only = predecessors.get(`${successors[0]}@${change[4]}`) === 1;
    return only && changes.inForce[successors[0]!] === change[4] ? 'became' : 'merged';
  }
  const [code, year] = step;
  if (code !== successors[0] || retiredAt(code, year)) return 'now';
  return changes.inForce[code] === year && predecessors.get(`${code}@${year}`) === 1 ? 'became' : 'merged';
}

/** The approval of the abolition, as an index into `approvals` ("" when the data set names none). */
function approvalOf(direct: Change[5]): string {
  const index = direct.find((s) => s[2] >= 0)?.[2];
  if (index === undefined) return '';
  const text = changes.approvals[index]!.filter(Boolean).join(' ');
  let at = approvalIndex.get(text);
  if (at === undefined) approvalIndex.set(text, (at = approvals.push(text) - 1));
  return String(at);
}

// A few codes of the Ministry's published lists that the change records do not carry (typos or
// short-lived numbers of one list: 370903 岱岳区, 469034 陵水黎族自治县) stand for the division of
// the same name in the same province now, development zones included (松岭区).
const gbDir = join(dirname(require.resolve('gb2260/package.json')), 'lib');
const revisions = (JSON.parse(readFileSync(join(gbDir, 'revisions.json'), 'utf8')) as string[]).sort();
const known = new Set(changes.records.map((c) => c[0]));
const listed = new Map<string, { name: string; lastYear: number }>();
for (const revision of revisions) {
  const list = JSON.parse(readFileSync(join(gbDir, `${revision}.json`), 'utf8')) as Record<string, string>;
  for (const [code, name] of Object.entries(list)) {
    if (/^\d{2}(?!0000)\d{4}$/.test(code) && !/市辖区$|^县$|^市$|直辖县级行政区划$/.test(name)) listed.set(code, { name, lastYear: Number(revision.slice(0, 4)) });
  }
}
for (const [code, { name, lastYear }] of listed) {
  if (known.has(code) || everything.some(([c]) => c === code)) continue;
  const same = everything.filter(([c, n]) => n === name && c.slice(0, 2) === code.slice(0, 2) && c.endsWith('00') === code.endsWith('00'));
  if (same.length !== 1) throw new Error(`${code} ${name} of the lists: ${same.length} divisions of that name now, and no change record`);
  entries.push([code, name, now.get(`${code.slice(0, 2)}0000`) ?? '', lastYear + 1, same[0]![0], 'became', '', '']);
}
entries.sort((a, b) => (a[0] === b[0] ? a[3] - b[3] : a[0] < b[0] ? -1 : 1));

for (const entry of entries) entry[8] = readingOf(entry[1]);

// One string per table: the core entry carries it as a string literal and splits it on first use,
// which costs far less at start-up than an object literal of 3,600 arrays.
for (const entry of entries) if (entry.some((field) => /[|\n]/.test(String(field)))) throw new Error(`a field of ${entry[0]} holds | or a line break`);
const out = {
  source: `${changes.source.compiledFrom}（${changes.source.dataSet} ${changes.source.commit.slice(0, 7)}, ${changes.source.date}, ${changes.source.licence}）`,
  approvals: approvals.join('\n'),
  entries: entries.map((e) => e.join('|')).join('\n'),
};
const target = fileURLToPath(new URL('../generated/region-history.json', import.meta.url));
writeFileSync(target, JSON.stringify(out) + '\n');
const counts = entries.reduce<Record<string, number>>((n, e) => ((n[e[5] || 'unknown'] = (n[e[5] || 'unknown'] ?? 0) + 1), n), {});
console.log(`wrote ${entries.length} retired county- and prefecture-level divisions to ${target}: ${JSON.stringify(counts)}`);
