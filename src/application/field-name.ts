import type { IssuePath } from '../issues.js';

/** A path as people write it: materials[0].fileName. */
export function fieldName(path: IssuePath): string {
  let name = '';
  for (let i = 0; i < path.length; i++) {
    const p = path[i]!;
    if (typeof p === 'number') name += `[${p}]`;
    // A key with a bracket of its own is rare (an unknown field's name): the general rule spells it.
    else if (p.includes('[')) return spelledOut(path);
    else name += i === 0 ? p : `.${p}`;
  }
  return name;
}

/** Segments joined by dots, and a dot before an index dropped. */
function spelledOut(path: IssuePath): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
}
