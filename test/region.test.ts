import { describe, expect, it, vi } from 'vitest';
import { findRegionByCode, REGION_DATA_VINTAGE, resolveRegion } from '../src/index.js';
import { getCatalogue } from '../src/region/catalogue.js';

function resolved(input: string | number) {
  const r = resolveRegion(input);
  if (!r.ok) throw new Error(`${input} did not resolve: ${r.reason}`);
  return r.region;
}

describe('the region catalogue', () => {
  it('makes the regions asked for by code the same as the whole catalogue has them', async () => {
    vi.resetModules();
    const fresh = await import('../src/region/catalogue.js');
    const codes = ['230102', '2301', '23', '110101', '1101', '429004', '320576', '81'];
    const early = codes.map((code) => fresh.findRegionByCode(code)!);
    expect(fresh.findRegionByCode('999999')).toBeUndefined();
    expect(fresh.findRegionByCode('2')).toBeUndefined();
    const whole = fresh.getCatalogue();
    early.forEach((region) => expect(whole.byCode.get(region.code)).toBe(region));
    expect(JSON.stringify(whole.all)).toBe(JSON.stringify(getCatalogue().all));
    expect(early.find((r) => r.code === '429004')).toMatchObject({ name: '仙桃市', cityCode: '429004', path: ['湖北省', '仙桃市'] });
    expect(early.find((r) => r.code === '110101')).toMatchObject({ cityCode: '1101', path: ['北京市', '东城区'] });
    expect(early.find((r) => r.code === '320576')).toMatchObject({ statistical: true, cityCode: '3205' });
  });

  it('holds the whole GB/T 2260 catalogue with its vintage', () => {
    const { all } = getCatalogue();
    expect(all.filter((r) => r.level === 'province')).toHaveLength(34);
    expect(all.filter((r) => r.level === 'city').length).toBe(342);
    // The Ministry of Civil Affairs' 2,846 county-level divisions at the end of 2024, the statistics
    // bureau's 133 development and management zones, and three cities without counties repeated.
    const counties = all.filter((r) => r.level === 'county');
    expect(counties.length).toBe(2982);
    expect(counties.filter((r) => r.statistical).length).toBe(133);
    expect(counties.filter((r) => !r.statistical && !r.gbCode.endsWith('00')).length).toBe(2846);
    expect(REGION_DATA_VINTAGE.vintage).toBe('2024-12-31');
  });

  it('has the divisions made since the statistics bureau’s 2023 codes, and marks its zones as such', () => {
    expect(['460302', '460303', '653228', '653229'].map((code) => findRegionByCode(code)?.name)).toEqual(['西沙区', '南沙区', '和康县', '和安县']);
    const zone = resolveRegion('320576');
    expect(zone).toMatchObject({ ok: true, region: { name: '苏州工业园区', statistical: true, cityCode: '3205' } });
    expect(zone.issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      ['region.statistical', 'info', '苏州工业园区是统计用的功能区（开发区、管理区等），不是行政区划，按其所在的江苏省苏州市认定'],
    ]);
    expect(findRegionByCode('520102')?.statistical).toBeUndefined();
  });

  it('names the seed cities by the codes of POLICY-FACTS', () => {
    expect(findRegionByCode('5201')?.name).toBe('贵阳市');
    expect(findRegionByCode('2301')?.name).toBe('哈尔滨市');
  });
});

describe('resolveRegion', () => {
  it.each([
    ['520102', '520102'],
    ['5201', '5201'],
    ['52', '52'],
    [520100, '5201'],
    ['520000', '52'],
    ['520102000000', '520102'],
    ['贵州省贵阳市南明区', '520102'],
    ['贵州 贵阳 南明', '520102'],
    ['贵阳', '5201'],
    ['贵阳市', '5201'],
    ['贵州省贵阳市', '5201'],
    ['贵州贵阳', '5201'],
    ['贵州省南明区', '520102'],
    ['哈尔滨', '2301'],
    ['黑龙江省哈尔滨市道里区', '230102'],
    ['道里区', '230102'],
    ['北京', '11'],
    ['北京市朝阳区', '110105'],
    ['重庆市城口县', '500229'],
    ['黔东南', '5226'],
    ['广西', '45'],
  ])('resolves %s to %s', (input, code) => {
    expect(resolved(input).code).toBe(code);
  });

  it('knows the city each county belongs to, and municipalities as one city', () => {
    expect(resolved('南明区').cityCode).toBe('5201');
    expect(resolved('北京市朝阳区').cityCode).toBe(resolved('北京市海淀区').cityCode);
    expect(resolved('重庆市城口县').cityCode).toBe(resolved('重庆市渝中区').cityCode);
    expect(resolved('仙桃市').cityCode).not.toBe(resolved('天门市').cityCode);
  });

  it('suggests 贵州省 and 贵阳市 for 贵州市', () => {
    const r = resolveRegion('贵州市');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('unknown');
    expect(r.candidates.slice(0, 2).map((c) => c.name)).toEqual(['贵州省', '贵阳市']);
  });

  it('suggests the right spelling for a wrong character', () => {
    const r = resolveRegion('哈尔冰');
    expect(!r.ok && r.candidates[0]?.name).toBe('哈尔滨市');
  });

  it('says a county name shared by two cities is ambiguous', () => {
    const r = resolveRegion('朝阳区');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('ambiguous');
    expect(r.candidates.map((c) => c.code).sort()).toEqual(['110105', '220104']);
  });

  it('says a city does not belong to the province written before it', () => {
    const r = resolveRegion('贵州省哈尔滨市');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('mismatch');
    expect(r.parent?.name).toBe('贵州省');
    expect(r.candidates[0]?.code).toBe('2301');
  });

  it('suggests the city of an unknown county code', () => {
    const r = resolveRegion('520199');
    expect(!r.ok && r.candidates.map((c) => c.code)).toEqual(['5201']);
  });

  it.each(['', 'x', '12345', 'xyz', '   '])('does not resolve %j', (input) => {
    expect(resolveRegion(input).ok).toBe(false);
  });

  it('resolves every prefecture-level city by its full name and by code', () => {
    for (const city of getCatalogue().all.filter((r) => r.level === 'city' && !/直辖/.test(r.name))) {
      const byCode = resolveRegion(city.code);
      expect(byCode.ok && byCode.region.code).toBe(city.code);
      const byName = resolveRegion(city.path.join(''));
      expect(byName.ok && byName.region.cityCode, city.path.join('')).toBe(city.cityCode);
    }
  });
});
