/** Turns a failed region resolution into the issue a person can act on. */
import type { IssueList, IssuePath } from '../issues.js';
import { fullRegionName } from './catalogue.js';
import type { RegionLookupFailure } from './resolve-region.js';
import { INPUT_LIMITS } from '../input/limits.js';

export function reportRegionProblem(
  resolution: RegionLookupFailure,
  input: string | number,
  path: IssuePath,
  issues: IssueList,
): void {
  if (resolution.retired) return resolution.retired.report(path, issues);
  const names = resolution.candidates.map(fullRegionName);
  const candidates = names.join('、');
  const candidatesEn = names.join(', ');
  switch (resolution.reason) {
    case 'too-long':
      issues.add('input.too-long', path, { field: path.join('.') || 'region', length: String(input).length, max: INPUT_LIMITS.maxRegionLength });
      return;
    case 'ambiguous':
      issues.add('region.ambiguous', path, {
        input: String(input),
        candidates,
        candidatesEn,
        example: resolution.candidates[0] ? fullRegionName(resolution.candidates[0]) : '',
      });
      return;
    case 'mismatch':
      issues.add('region.mismatch', path, {
        child: resolution.child ?? String(input),
        parent: resolution.parent ? resolution.parent.name : '',
        candidates,
        candidatesEn,
      });
      return;
    default:
      issues.add('region.unknown', path, {
        input: String(input),
        hint: candidates ? `您是不是要找：${candidates}？` : '请填写省、市、区县的全称，或 6 位行政区划代码（如 520102）',
        hintEn: candidates
          ? `Did you mean: ${candidatesEn}?`
          : 'Write the full province, city and county names, or the 6-digit region code (e.g. 520102)',
      });
  }
}
