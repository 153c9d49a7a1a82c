import { describe, expect, it } from 'vitest';
import { resolveRegion, searchRegions } from '../src/index.js';
import { getCatalogue } from '../src/region/catalogue.js';

const top = (query: string, options = {}) => searchRegions(query, options)[0];

describe('searchRegions', () => {
  it.each([
    ['哈尔滨', '2301', 'short-name'],
    ['哈尔滨市', '2301', 'name'],
    ['道里', '230102', 'short-name'],
    ['黑龙江省哈尔滨市道里区', '230102', 'full-name'],
    ['haerbin', '2301', 'pinyin'],
    ['HaErBin', '2301', 'pinyin'],
    ['heb', '2301', 'initials'],
    ['haerbing', '2301', 'pinyin-typo'],
    ['guiyan', '5201', 'pinyin-prefix'],
    ['guiyagn', '5201', 'pinyin-typo'],
    ['chongqing', '50', 'pinyin'],
    ['xiamen', '3502', 'pinyin'],
    ['luan', '3415', 'pinyin'],
    ['bengbu', '3403', 'pinyin'],
    ['shanxian', '371722', 'pinyin'],
    ["xi'an", '6101', 'pinyin'],
    ['230102', '230102', 'code'],
    ['贵州市', '52', 'name-typo'],
    ['哈尔冰', '2301', 'name-typo'],
  ])('%s → %s (%s)', (query, code, match) => {
    const hit = top(query);
    expect(hit?.code).toBe(code);
    expect(hit?.match).toBe(match);
  });

  it('describes each hit with its code, full path, level and why it matched', () => {
    expect(top('道里')).toMatchObject({
      code: '230102',
      gbCode: '230102',
      name: '道里区',
      level: 'county',
      path: ['黑龙江省', '哈尔滨市', '道里区'],
      pathText: '黑龙江省 / 哈尔滨市 / 道里区',
      match: 'short-name',
      matched: '道里',
    });
  });

  it('filters by level and by region, and honours the limit', () => {
    expect(searchRegions('chaoyang', { level: 'county' }).every((h) => h.level === 'county')).toBe(true);
    expect(searchRegions('chaoyang', { within: '11' }).map((h) => h.code)).toEqual(['110105']);
    expect(searchRegions('朝阳', { limit: 2 })).toHaveLength(2);
    expect(searchRegions('南', { level: ['province'] }).every((h) => h.level === 'province')).toBe(true);
  });

  it('returns nothing rather than guessing wildly', () => {
    expect(searchRegions('qqqqqq')).toEqual([]);
    expect(searchRegions('')).toEqual([]);
    expect(searchRegions('   ')).toEqual([]);
  });

  const cities = getCatalogue().all.filter((r) => r.level === 'city' && r.path.length > 1 && !/直辖/.test(r.name));

  it('finds every prefecture-level city by its name first', () => {
    expect(cities.length).toBeGreaterThan(330);
    for (const city of cities) expect(top(city.name, { level: 'city' })?.code, city.name).toBe(city.code);
  });

  it('finds every prefecture-level city by full pinyin among the first three cities', () => {
    for (const city of cities) {
      const spelling = city.pinyin.split(' ').slice(0, (city.shortName ?? city.name).length).join('');
      const rank = searchRegions(spelling, { level: 'city' }).findIndex((h) => h.code === city.code);
      expect(rank, `${city.name} ${spelling}`).toBeGreaterThanOrEqual(0);
      expect(rank, `${city.name} ${spelling}`).toBeLessThan(3);
    }
  });

  it('finds every prefecture-level city by pinyin initials among the cities with those initials', () => {
    for (const city of cities) {
      const initials = city.pinyin.split(' ').slice(0, (city.shortName ?? city.name).length).map((s) => s[0]).join('');
      const hits = searchRegions(initials, { level: 'city', limit: 100 });
      expect(hits.some((h) => h.code === city.code), `${city.name} ${initials}`).toBe(true);
    }
  });

  it('reads polyphones the way the place names are read', () => {
    const reading = (name: string) => getCatalogue().all.find((r) => r.name === name)!.pinyin;
    expect(reading('重庆市')).toBe('chong qing shi');
    expect(reading('厦门市')).toBe('xia men shi');
    expect(reading('六安市')).toBe('lu an shi');
    expect(reading('蚌埠市')).toBe('beng bu shi');
    expect(reading('单县')).toBe('shan xian');
  });
});

describe('resolveRegion suggestions come from the same search', () => {
  it('gives the issue to show, with the candidates in its suggestion', () => {
    const r = resolveRegion('贵州市');
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'region.unknown', path: [], severity: 'error' });
    expect(r.issues[0]!.suggestion).toMatch(/^您是不是要找：贵州省、贵州省贵阳市/);
    expect(resolveRegion('贵州市', { locale: 'en' }).issues[0]!.message).toBe('Unknown region: 贵州市');
    expect(resolveRegion('贵阳市').issues).toEqual([]);
    expect(resolveRegion('520100').issues).toEqual([]);
  });

  it('takes a short form or a spelling that names one place, and says which place it took', () => {
    const r = resolveRegion('贵阳');
    expect(r).toMatchObject({ ok: true, taken: 'short', region: { code: '5201' } });
    expect(r.issues.map((i) => [i.code, i.severity, i.message])).toEqual([['region.interpreted', 'info', '「贵阳」已按贵州省贵阳市处理']]);
    expect(resolveRegion('haerbin', { locale: 'en' }).issues[0]!.message).toBe('"haerbin" was read as 黑龙江省哈尔滨市');
  });

  it('suggests places for a misspelt pinyin spelling', () => {
    const r = resolveRegion('haerbing');
    expect(!r.ok && r.candidates[0]?.code).toBe('2301');
  });
});

describe('how people write places', () => {
  it.each([
    ['上海浦东', '310115', 'short'],
    ['浦东', '310115', 'short'],
    ['内蒙', '15', 'short'],
    ['阿坝州', '5132', 'short'],
    ['恩施州', '4228', 'short'],
    ['黔东南州', '5226', 'short'],
    ['北京朝阳', '110105', 'short'],
    ['广州天河', '440106', 'short'],
    ['haerbin', '2301', 'spelling'],
    ['Harbin', '2301', 'spelling'],
    ['HARBIN CITY', '2301', 'spelling'],
    ['guiyang', '5201', 'spelling'],
    ['Guiyang Shi', '5201', 'spelling'],
    ["Xi'an", '6101', 'spelling'],
    ['Shanxi', '14', 'spelling'],
    ['Shaanxi Province', '61', 'spelling'],
    ['Inner Mongolia', '15', 'spelling'],
    ['Tibet', '54', 'spelling'],
    ['Urumqi', '6501', 'spelling'],
    ['Beijing Chaoyang', '110105', 'spelling'],
    ['Guangzhou Tianhe District', '440106', 'spelling'],
  ])('%s is %s (%s)', (input, code, taken) => {
    const r = resolveRegion(input);
    expect(r).toMatchObject({ ok: true, taken, region: { code } });
    expect(r.issues.map((i) => i.code)).toEqual(['region.interpreted']);
  });

  it.each([
    ['滨海', ['1201', '3209']],
    ['nanshan', ['4403', '2301', '2304']],
  ])('%s names several places and stays a choice', (input, prefixes) => {
    const r = resolveRegion(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('ambiguous');
    for (const prefix of prefixes.slice(0, 1)) expect(r.candidates.some((c) => c.code.startsWith(prefix))).toBe(true);
  });

  it('full names and codes resolve without a note', () => {
    for (const input of ['贵州省贵阳市南明区', '520102', '黑龙江省哈尔滨市', 2301]) expect(resolveRegion(input)).toMatchObject({ ok: true, issues: [] });
  });
});
