import type { IssuePath } from '../issues.js';

/** A path as people write it: materials[0].fileName. */
export function fieldName(path: IssuePath): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
}
