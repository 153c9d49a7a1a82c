import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readJson<T = unknown>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(`../../${relativePath}`, import.meta.url), 'utf8')) as T;
}

/** The seed scenario's valid application, fresh for each use. */
export function guiyangToHarbin(): Record<string, any> {
  return readJson('fixtures/applications/guiyang-to-harbin.json');
}

export const TODAY = '2026-11-20';
