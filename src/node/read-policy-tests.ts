/** Reads the `*.test.yaml` policy tests below a rules folder and resolves each case's application. */
import { explainYamlError } from '../policy/explain-yaml-error.js';
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
  /** Files that could not be read, with why (`message` in English, `messageZh` in Chinese). */
  problems: { file: string; message: string; messageZh: string }[];
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
    let text = '';
    try {
      const size = statSync(path).size;
      if (size > POLICY_LIMITS.maxFileBytes) {
        problems.push({ file, message: `the file has ${size} bytes, more than the limit of ${POLICY_LIMITS.maxFileBytes}`, messageZh: `文件有 ${size} 字节，超过上限 ${POLICY_LIMITS.maxFileBytes}` });
        continue;
      }
      text = readFileSync(path, 'utf8');
      const parsed = PolicyTestFileSchema.safeParse(parse(text));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const at = issue.path.join('.') || '(file)';
          const zh =
            issue.code === 'unrecognized_keys'
              ? `不认识的键 ${issue.keys.join('、')}`
              : issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined
                ? '必须填写这一项'
                : issue.message;
          problems.push({ file, message: `${at}: ${issue.message}`, messageZh: `${at}：${zh}` });
        }
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
      const message = (error as Error).message.split('\n')[0]!;
      const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
      if (pos) {
        const explained = explainYamlError(text, pos.line, pos.col, message);
        problems.push({ file, message: `line ${pos.line}: ${explained.detailEn}`, messageZh: `第 ${pos.line} 行：${explained.detail}` });
      } else {
        problems.push({ file, message, messageZh: `无法读取：${message}` });
      }
    }
  }
  return { tests, problems };
}
