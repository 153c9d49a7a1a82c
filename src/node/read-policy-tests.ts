/** Reads the `*.test.yaml` policy tests below a rules folder and resolves each case's application. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { POLICY_LIMITS } from '../input/limits.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { deepMerge } from '../policy-tests/deep-merge.js';
import { PolicyTestFileSchema, type Expectation } from '../policy-tests/schema.js';

export interface LoadedPolicyTest {
  file: string;
  name: string;
  application: unknown;
  today?: string;
  expect: Expectation;
}

export interface PolicyTestFolder {
  tests: LoadedPolicyTest[];
  /** Files that could not be read, with why. */
  problems: { file: string; message: string }[];
}

function listTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) out.push(...listTests(path));
    else if (/\.test\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

function loadBase(base: unknown, testFile: string): unknown {
  if (typeof base !== 'string') return base ?? {};
  return JSON.parse(readFileSync(resolve(dirname(testFile), base), 'utf8'));
}

export function readPolicyTests(dir: string): PolicyTestFolder {
  const tests: LoadedPolicyTest[] = [];
  const problems: PolicyTestFolder['problems'] = [];
  for (const path of listTests(dir)) {
    const file = relative(dir, path).split(sep).join('/');
    try {
      const size = statSync(path).size;
      if (size > POLICY_LIMITS.maxFileBytes) {
        problems.push({ file, message: `the file has ${size} bytes, more than the limit of ${POLICY_LIMITS.maxFileBytes}` });
        continue;
      }
      const parsed = PolicyTestFileSchema.safeParse(parse(readFileSync(path, 'utf8')));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ file, message: `${issue.path.join('.')}: ${issue.message}` });
        continue;
      }
      const fileBase = loadBase(parsed.data.base, path);
      for (const c of parsed.data.cases) {
        const base = c.base !== undefined ? loadBase(c.base, path) : fileBase;
        const test: LoadedPolicyTest = { file, name: c.name, application: deepMerge(base, c.with ?? {}), expect: c.expect };
        const today = c.today ?? parsed.data.today;
        if (today) test.today = today;
        tests.push(test);
      }
    } catch (error) {
      problems.push({ file, message: (error as Error).message.split('\n')[0]! });
    }
  }
  return { tests, problems };
}
