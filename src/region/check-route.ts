/**
 * Resolves the origin, the destination and the hukou place, and checks that the route is a real
 * cross-region transfer inside the mainland system.
 */
import { textOf } from '../input/text-of.js';
import type { ParsedApplication } from '../application/parse-application.js';
import type { IssueList } from '../issues.js';
import { findRegionByCode, fullRegionName, getCatalogue, type Region } from './catalogue.js';
import { reportRegionProblem } from './report-region-problem.js';
import { lookupRegion, reportFound } from './resolve-region.js';

export interface RouteCheck {
  from?: Region;
  to?: Region;
  hukouProvince?: string;
  hukouSource?: 'declared' | 'id-number';
}

/** Resolves a region input, reporting at `path` why it cannot be resolved. */
export function resolveRegionAt(input: string | number | undefined, path: (string | number)[], issues: IssueList): Region | undefined {
  if (input === undefined) return undefined;
  if (textOf(input) === undefined) {
    issues.add('input.type', path, { field: path.join('.'), expected: '文本或数字', expectedEn: 'text or a number' });
    return undefined;
  }
  const lookup = lookupRegion(input);
  if (lookup.ok) {
    reportFound(lookup, input, path, issues);
    return lookup.region;
  }
  reportRegionProblem(lookup, input, path, issues);
  return undefined;
}

function firstCity(province: Region): Region | undefined {
  return getCatalogue().children.get(province.code)?.[0];
}

function checkEnd(region: Region | undefined, path: (string | number)[], issues: IssueList): Region | undefined {
  if (!region) return undefined;
  if (region.outsideMainland) {
    issues.add('region.outside-mainland', path, { name: region.name });
    return undefined;
  }
  if (region.level === 'province' && region.cityCode === undefined) {
    const city = firstCity(region);
    issues.add('region.imprecise', path, { name: region.name, example: city ? fullRegionName(city) : region.name });
  }
  return region;
}

export function checkRoute(app: ParsedApplication, addressCode: string | undefined, issues: IssueList): RouteCheck {
  const check: RouteCheck = {};
  const from = checkEnd(resolveRegionAt(app.from?.region, ['from', 'region'], issues), ['from', 'region'], issues);
  const to = checkEnd(resolveRegionAt(app.to?.region, ['to', 'region'], issues), ['to', 'region'], issues);
  if (from) check.from = from;
  if (to) check.to = to;

  if (from && to) {
    if (from.cityCode && to.cityCode) {
      if (from.cityCode === to.cityCode) {
        issues.add('route.same-city', ['to', 'region'], { city: findRegionByCode(from.cityCode)?.path.join('') ?? from.name });
      }
    } else if (from.provinceCode === to.provinceCode) {
      issues.add('route.same-region-uncertain', ['to', 'region']);
    }
  }

  const hukou = resolveRegionAt(app.applicant?.hukouRegion, ['applicant', 'hukouRegion'], issues);
  if (hukou) {
    check.hukouProvince = hukou.provinceCode;
    check.hukouSource = 'declared';
  } else if (addressCode && app.applicant?.hukouRegion === undefined) {
    const province = findRegionByCode(addressCode.slice(0, 2));
    if (province && !province.outsideMainland) {
      check.hukouProvince = province.provinceCode;
      check.hukouSource = 'id-number';
      issues.add('hukou.from-id-number', ['applicant', 'hukouRegion'], { province: province.name });
    }
  }
  return check;
}
