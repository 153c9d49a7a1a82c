/**
 * shebao-transfer/validate loads validation alone: of the built files, its ESM and CommonJS entries
 * reach none of the maintenance tools, the workflow or the reports, and no YAML or CSV reader —
 * what would cost a service that starts often the time to compile them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../support/fixtures.js';

const IMPORT = /(?:^|\n)(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)import\s*['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/g;

/** Every built file an entry loads, with the packages and built-ins it imports. */
function graphOf(entry: string): { files: Map<string, string>; external: Set<string> } {
  const files = new Map<string, string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const m of text.matchAll(IMPORT)) {
      const target = m[1] ?? m[2] ?? m[3]!;
      if (target.startsWith('.')) visit(join(dirname(file), target));
      else external.add(target);
    }
  };
  visit(join(ROOT, 'dist', entry));
  return { files, external };
}

const defines = (files: Map<string, string>, name: string) => [...files.values()].some((text) => new RegExp(`function ${name}\\(`).test(text));

const NOT_FOR_VALIDATION = ['lintDocuments', 'compilePolicies', 'checkRoster', 'summarizeCases', 'renderStatisticsHtml', 'comparePolicies', 'createCase', 'transition', 'explainRoute', 'detectFileType'];

describe('shebao-transfer/validate', () => {
  it.each(['validate.js', 'validate.cjs'])('%s loads validation and nothing of the maintenance tools, the workflow or the reports', (entry) => {
    const { files, external } = graphOf(entry);
    expect(defines(files, 'validateTransfer')).toBe(true);
    expect(defines(files, 'resolveRegionAt')).toBe(true);
    for (const name of NOT_FOR_VALIDATION) expect(defines(files, name), name).toBe(false);
    expect([...external]).toEqual([]);
  });

  it('the check finds them in the main entry, which loads everything', () => {
    const { files, external } = graphOf('index.js');
    for (const name of NOT_FOR_VALIDATION) expect(defines(files, name), name).toBe(true);
    expect(external.size).toBe(0);
    expect(graphOf('node.js').external).toContain('yaml');
  });
});
