/**
 * Roster files as HR departments really export them, made here: UTF-8 with and without a BOM, GBK,
 * XLSX written by exceljs (a title row merged above the header, dates and numbers as cells), a
 * mapping file; and `shebao-transfer roster` with its outputs and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readRoster, type RosterReading } from '../src/node/index.js';
import type { RosterRow } from '../src/index.js';
import { ROOT } from './support/fixtures.js';
import { encodeGbk } from './support/gbk.js';

const TODAY = '2026-11-20';
const dir = mkdtempSync(join(tmpdir(), 'shebao-roster-'));
const CLI = join(ROOT, 'dist', 'cli.js');

const HEADER = ['姓名', '身份证号', '原参保地', '现参保地', '参保险种', '离职日期', '养老缴费月数', '备注'];
const ROWS = [
  ['张 三', "'520102199003071236", '贵州省贵阳市南明区', '哈尔滨市道里区', '养老,医疗、公积金', '2026/09/30', '九十六', '调动'],
  ['李四', '5.20102E+17', '520102', '230102', '五险一金', '20260930', '96个月', ''],
  ['王五', '520102199003071236', '贵阳', '哈尔滨', '养老', '2026-09-30', '96', ''],
];
/** Excel's "Unicode 文本 (*.txt)": tab-separated, UTF-16 little-endian with a BOM. */
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';


async function rowsOf(reading: RosterReading): Promise<RosterRow[]> {
  const out: RosterRow[] = [];
  for await (const row of reading.rows) out.push(row);
  return out;
}

const summaryOf = (rows: RosterRow[]) => rows.map((r) => [r.row, r.status, r.name]);

describe('readRoster', () => {
  const sheet = [['2026年员工转移名单'], [], HEADER, ...ROWS.slice(0, 1), [], ...ROWS.slice(1)];
  const text = csv(sheet);
  const tsvText = tsv(sheet);
  const semicolonText = sheet.map((r) => r.join(';')).join('\r\n') + '\r\n';
  const expected = [
    [4, 'ok', '张三'],
    [6, 'error', '李四'],
    [7, 'error', '王五'],
  ];

  it.each([
    ['UTF-8', 'utf8.csv', Buffer.from(text), { encoding: 'utf-8', bom: false }],
    ['UTF-8 with a BOM', 'bom.csv', Buffer.from(`\uFEFF${text}`), { encoding: 'utf-8', bom: true }],
    ['GBK, named .txt', 'gbk.txt', encodeGbk(text), { encoding: 'gb18030', bom: false }],
    ["Excel's Unicode text (UTF-16 with a BOM, tab-separated)", 'unicode.txt', Buffer.from(`\uFEFF${tsvText}`, 'utf16le'), { encoding: 'utf-16le', bom: true, delimiter: '\t' }],
    ['UTF-16 big-endian with a BOM, tab-separated', 'utf16be.txt', utf16be(`\uFEFF${tsvText}`), { encoding: 'utf-16be', bom: true, delimiter: '\t' }],
    ['UTF-8, tab-separated', 'tabs.txt', Buffer.from(tsvText), { encoding: 'utf-8', delimiter: '\t' }],
    ['UTF-8, semicolon-separated', 'semicolons.csv', Buffer.from(semicolonText), { encoding: 'utf-8', delimiter: ';' }],
  ])('reads %s, finds the header under a title row, skips blank rows and keeps row numbers', async (_, name, bytes, encoding) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const reading = await readRoster(path, { today: TODAY });
    expect(reading.file).toMatchObject({ format: 'csv', headerRow: 3, ...encoding });
    const rows = await rowsOf(reading);
    expect(summaryOf(rows)).toEqual(expected);
    expect(rows[0]!.cleaned).toMatchObject({ name: '张三', idNumber: '520102199003071236', separationDate: '2026-09-30', pensionMonths: 96 });
    expect(rows[1]!.issues.map((i) => i.code)).toContain('roster.id-scientific-notation');
    expect(rows[2]!.issues).toContainEqual(expect.objectContaining({ code: 'roster.duplicate-person', message: '与第 4 行是同一个身份证号' }));
    expect(reading.issues.map((i) => `${i.code} ${i.column}`)).toEqual(['roster.unknown-column 备注']);
    expect(reading.summary()).toEqual({ rows: 3, ok: 1, warnings: 0, errors: 2, skipped: 0 });
  });

  it('reads XLSX written by exceljs: a merged title row, dates and numbers as cells, a named sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表由人事系统导出']);
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['2026年员工转移名单']);
    sheet.mergeCells('A1:H1');
    sheet.addRow(HEADER);
    sheet.addRow(['张三', '520102199003071236', '贵州省贵阳市南明区', '哈尔滨市道里区', '养老,医疗、公积金', new Date(Date.UTC(2026, 8, 30)), 96, '']);
    sheet.addRow([]);
    sheet.addRow(['李四', 520102199003071236, '520102', '230102', '五险一金', 46295, '九十六', '']);
    const path = join(dir, 'roster.xlsx');
    await workbook.xlsx.writeFile(path);
    const reading = await readRoster(path, { today: TODAY, sheet: '名单' });
    expect(reading.file).toMatchObject({ format: 'xlsx', sheet: '名单', headerRow: 2 });
    const rows = await rowsOf(reading);
    expect(summaryOf(rows)).toEqual([
      [3, 'ok', '张三'],
      [5, 'error', '李四'],
    ]);
    expect(rows[0]!.cleaned.separationDate).toBe('2026-09-30');
    expect(rows[1]!.issues[0]!.code).toBe('roster.id-scientific-notation'); // a number Excel stored: digits lost
    expect(rows[1]!.cleaned.separationDate).toBe('2026-09-30'); // an Excel serial
    await expect(readRoster(path, { today: TODAY, sheet: '没有' })).rejects.toThrow('has no sheet "没有" (it has: 说明, 名单)');
  });

  it('reads other headers through a mapping', async () => {
    const path = join(dir, 'mapped.csv');
    writeFileSync(path, csv([['员工', '证件号', '转出城市', '转入城市', '险种'], ['张三', '520102199003071236', '贵阳', '哈尔滨', '养老']]));
    const reading = await readRoster(path, { today: TODAY, columns: { 员工: 'name', 证件号: 'idNumber', 转出城市: 'from', 转入城市: 'to' } });
    expect(summaryOf(await rowsOf(reading))).toEqual([[2, 'ok', '张三']]);
  });

  it('says so when no header can be found, and when the file is not there', async () => {
    const path = join(dir, 'noheader.csv');
    writeFileSync(path, 'a,b,c\n1,2,3\n');
    const reading = await readRoster(path, { today: TODAY });
    expect(reading.issues.map((i) => i.code)).toEqual(['roster.header-not-found']);
    await expect(readRoster(join(dir, 'missing.csv'), { today: TODAY })).rejects.toThrow(/no such file/);
  });
});

describe('shebao-transfer roster', () => {
  const path = join(dir, 'cli.csv');
  writeFileSync(path, `\uFEFF${csv([HEADER, ...ROWS])}`);
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'roster', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints the problems by row and exits 1 when a row has an error', () => {
    const r = run(path, '--today', TODAY);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('共 3 行 — 通过 1 行，有提醒 0 行，有错误 2 行');
    expect(r.stdout).toContain('第 3 行（李四）：');
    expect(r.stdout).toContain('✘ [身份证号 = 5.20102E+17] 身份证号被 Excel 改成了科学计数法');
  });

  it('prints exactly { rows, summary } with --json', () => {
    const r = run(path, '--today', TODAY, '--json');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['rows', 'summary']);
    expect(out.summary).toEqual({ rows: 3, ok: 1, warnings: 0, errors: 2, skipped: 0 });
    for (const row of out.rows) {
      expect(Object.keys(row)).toEqual(['row', 'status', 'name', 'issues']);
      for (const issue of row.issues) expect(Object.keys(issue)).toEqual(['code', 'severity', 'column', 'value', 'message', 'messageEn', 'suggestion']);
    }
    expect(out.rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 4]);
  });

  it('writes the report Excel opens, the cleaned table and the applications of valid rows', () => {
    const out = join(dir, 'report.csv');
    const clean = join(dir, 'clean.csv');
    const apps = join(dir, 'apps.ndjson');
    expect(run(path, '--today', TODAY, '--out', out, '--clean', clean, '--applications', apps).status).toBe(1);
    const report = readFileSync(out, 'utf8');
    expect(report.startsWith('\uFEFF行,级别,列,值,问题,建议\r\n')).toBe(true);
    expect(report).toContain('3,错误,身份证号,5.20102E+17,身份证号被 Excel 改成了科学计数法');
    const cleaned = readFileSync(clean, 'utf8').split('\r\n');
    expect(cleaned[0]).toBe('\uFEFF姓名,身份证号,原参保地,现参保地,参保险种,离职日期,养老缴费月数,备注,状态');
    expect(cleaned[1]).toBe('张三,520102199003071236,贵州省贵阳市南明区 520102,黑龙江省哈尔滨市道里区 230102,"pension,medical,housing-fund",2026-09-30,96,调动,通过');
    const applications = readFileSync(apps, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(applications).toHaveLength(1);
    expect(applications[0]).toMatchObject({ id: 'cli.csv#2', applicant: { name: '张三', idNumber: '520102199003071236' }, insuranceTypes: ['pension', 'medical', 'housing-fund'] });
  });

  it('takes a mapping file and exits 2 for what cannot be read', () => {
    const mapped = join(dir, 'mapped-cli.csv');
    writeFileSync(mapped, csv([['员工', '证件号', '原参保地', '现参保地', '参保险种'], ['张三', '520102199003071236', '贵阳', '哈尔滨', '养老']]));
    const map = join(dir, 'columns.yaml');
    writeFileSync(map, '员工: name\n证件号: idNumber\n');
    expect(run(mapped, '--today', TODAY, '--map', map).status).toBe(0);
    writeFileSync(map, '员工: fullName\n');
    const bad = run(mapped, '--map', map);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('「员工」对应的「fullName」不是字段');
    expect(run(join(dir, 'nope.csv')).status).toBe(2);
    expect(run().status).toBe(2);
  });
});

describe('rosters in words an HR officer reads', () => {
  it('names the column by its header, not by a field path', async () => {
    const path = join(dir, 'missing-id.csv');
    writeFileSync(path, csv([HEADER, ['赵六', '', '贵阳', '哈尔滨', '养老', '2026-09-30', '96', '']]));
    const rows = await rowsOf(await readRoster(path, { today: TODAY }));
    const missing = rows[0]!.issues.find((i) => i.code === 'input.required')!;
    expect(missing).toMatchObject({ column: '身份证号', message: '缺少必填项：「身份证号」列', suggestion: '请填写「身份证号」列' });
    expect(missing.detail).toContain('applicant.idNumber');
    for (const issue of rows[0]!.issues) expect(`${issue.message}${issue.suggestion ?? ''}`).not.toMatch(/[a-z][A-Z]|[A-Za-z]\.[A-Za-z]/);
  });

  it('refuses a file it cannot read, in Chinese, saying what to do', async () => {
    const path = join(dir, 'binary.csv');
    writeFileSync(path, Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x10, 0x00, 0x00, 0x41, 0x00, 0x00, 0x9c]));
    const error = (await readRoster(path, { today: TODAY }).catch((e: unknown) => e)) as { messageZh: string; message: string };
    expect(error.messageZh).toContain('另存为');
    expect(error.message).toContain('Save it from Excel');
    const cli = spawnSync(process.execPath, [CLI, 'roster', path, '--today', TODAY], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('请在 Excel 中“另存为”');
  });
});
