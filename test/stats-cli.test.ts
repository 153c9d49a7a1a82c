/** `shebao-transfer stats`: files, stdin, bad lines and bad options, as users run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeCases } from '../src/index.js';
import { ROOT } from './support/fixtures.js';
import { generateCases } from './support/generate-cases.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const CASES = generateCases(120, 5).map((g) => g.case);
const NOW = '2026-07-01T00:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'shebao-stats-'));
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, 'stats', ...args], { cwd: ROOT, encoding: 'utf8', ...(input !== undefined ? { input } : {}) });

describe('shebao-transfer stats', () => {
  it('reads NDJSON a line at a time, counts a line that is not JSON as invalid and names it on stderr', () => {
    const file = join(dir, 'cases.ndjson');
    writeFileSync(file, `${CASES.map((c) => JSON.stringify(c)).join('\n')}\n{ not json\n\n`);
    const r = run([file, '--json', '--now', NOW]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toEqual({ ...summarizeCases(CASES, { now: NOW }), invalid: 1 });
    expect(r.stderr).toContain('第 121 行第 3 个字符附近格式不对，无法读取，按无法识别计数');
    expect(r.stderr.replaceAll('shebao-transfer: ', '')).not.toMatch(/[A-Za-z]/);
    const en = run([file, '--json', '--now', NOW, '--lang', 'en']);
    expect(en.stderr).toMatch(/line 121: not JSON \(.+\); counted as invalid/);
  });

  it('counts a line too long to read as invalid, without holding it, and reads on', () => {
    const file = join(dir, 'long.ndjson');
    writeFileSync(file, `${JSON.stringify(CASES[0])}\r\n${'x'.repeat(4_100_000)}\r\n${JSON.stringify(CASES[1])}\r\n`);
    const r = run([file, '--json', '--now', NOW]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ...summarizeCases(CASES.slice(0, 2), { now: NOW }), invalid: 1 });
    expect(r.stderr).toContain('第 2 行超过 4000000 个字符，未读取，按无法识别计数');
  });

  it('reads a JSON array file and standard input alike', () => {
    const file = join(dir, 'cases.json');
    writeFileSync(file, JSON.stringify(CASES));
    const fromFile = JSON.parse(run([file, '--json', '--now', NOW, '--from', '2026-01-01']).stdout);
    const fromStdin = JSON.parse(run(['-', '--json', '--now', NOW, '--from', '2026-01-01'], CASES.map((c) => JSON.stringify(c)).join('\n')).stdout);
    expect(fromFile).toEqual(summarizeCases(CASES, { now: NOW, from: '2026-01-01' }));
    expect(fromStdin).toEqual(fromFile);
  });

  it('prints a readable Chinese summary, or English with --lang en', () => {
    const file = join(dir, 'text.ndjson');
    writeFileSync(file, CASES.map((c) => JSON.stringify(c)).join('\n'));
    const zh = run([file, '--now', NOW]);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('转移统计（全部时间）');
    expect(zh.stdout).toMatch(/办理时长（办结 \d+ 件）：平均 [\d.]+ 个工作日/);
    expect(zh.stdout).toContain('转移路线（前 10 条）：');
    expect(run([file, '--now', NOW, '--lang', 'en']).stdout).toContain('Transfer statistics (all time)');
  });

  it.each([
    [['nope.ndjson'], '无法读取 nope.ndjson：文件不存在', 'cannot read nope.ndjson: no such file'],
    [[], 'stats 需要且只需要一个案件文件', 'stats takes exactly one file'],
    [['x.ndjson', '--from', '2026-02-30'], '--from 应为 YYYY-MM-DD 格式的真实日期', '--from must be a real date'],
    [['x.ndjson', '--now', 'tomorrow'], '--now 应为日期（2026-07-01）或带时区的时间', '--now must be a date (2026-07-01) or an instant'],
    [['x.ndjson', '--from', '2026-09-01', '--to', '2026-08-31'], '--from 2026-09-01 晚于 --to 2026-08-31', '--from 2026-09-01 is after --to 2026-08-31'],
    [['x.json'], '无法读取 x.json', 'cannot read x.json'],
  ])('exits 2 with one line for %j', (args, zh, en) => {
    for (const [r, message] of [[run(args), zh], [run([...args, '--lang', 'en']), en]] as const) {
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('takes a date for --now (the start of that day in China) and says where it wrote the page', () => {
    const file = join(dir, 'now.ndjson');
    writeFileSync(file, `${CASES.map((c) => JSON.stringify(c)).join('\n')}\n`);
    const byDate = run([file, '--now', '2026-07-01', '--json']);
    const byInstant = run([file, '--now', '2026-07-01T00:00:00+08:00', '--json']);
    expect(byDate.status).toBe(0);
    expect(JSON.parse(byDate.stdout)).toEqual(JSON.parse(byInstant.stdout));
    const html = join(dir, 'report.html');
    const written = run([file, '--now', '2026-07-01', '--html', html]);
    expect(written.stderr).toContain(`统计报告已写入 ${html}`);
    expect(run([file, '--now', '2026-07-01', '--html', html, '--lang', 'en']).stderr).toContain(`The report was written to ${html}`);
  });
});
