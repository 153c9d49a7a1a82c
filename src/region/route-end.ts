/** A region as the result reports one end of the route. */
import type { RouteEndResult } from '../result.js';
import type { RouteEnd } from '../policy/select-parts.js';
import type { Region } from './catalogue.js';

const ends = new WeakMap<Region, RouteEndResult>();

/** An end of the route as results report it: made once per region, frozen and shared. */
export function routeEnd(region: Region | undefined): RouteEndResult | null {
  if (!region) return null;
  let end = ends.get(region);
  if (!end) {
    end = { code: region.gbCode, level: region.level, name: region.name, province: region.path[0]! };
    if (region.level === 'city') end.city = region.name;
    else if (region.level === 'county' && region.path.length > 2) end.city = region.path[1]!;
    if (region.statistical) end.statistical = true;
    ends.set(region, Object.freeze(end));
  }
  return end;
}

/** The codes policy scopes are matched against. */
export function routeCodes(region: Region | undefined): RouteEnd | undefined {
  if (!region) return undefined;
  return region.cityCode ? { code: region.code, cityCode: region.cityCode } : { code: region.code };
}
