/**
 * A plain-JSON snapshot of outside input, read defensively, so that throwing getters, revoked or
 * hostile Proxies and null-prototype objects become data or problems, never exceptions. Input that
 * is plain JSON already is copied in one quick pass; anything unusual sends it to the careful walk,
 * which reads every property once more, inside a try, and keeps only what it read — so a getter of
 * such input may run twice, but what is used was read once. The careful walk is iterative (no stack
 * overflow at any depth) and bounded in depth and size. `__proto__`, `constructor` and `prototype`
 * keys stay plain own data.
 */
import type { IssuePath } from '../issues.js';
import { INPUT_LIMITS } from './limits.js';

export type SnapshotProblemCode = 'input.unreadable' | 'input.cyclic' | 'input.too-deep' | 'input.too-large' | 'input.not-json';

export interface SnapshotProblem {
  code: SnapshotProblemCode;
  path: IssuePath;
}

export interface Snapshot {
  value: unknown;
  problems: SnapshotProblem[];
}

export interface SnapshotLimits {
  maxDepth: number;
  maxValues: number;
}

interface Frame {
  source: object;
  target: Record<string, unknown> | unknown[];
  path: IssuePath;
  depth: number;
}

/**
 * Sets a key as an own data property, whatever its name (never the prototype). Only `__proto__`
 * needs defineProperty: assignment of any other key to a fresh object or array makes an own one.
 */
function put(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string | number, unknown>)[key] = value;
}

/** Thrown inside the quick copy when the input needs the careful walk. */
const UNUSUAL = new Error('unusual input');

/**
 * The quick copy of input that is plain JSON already (what JSON.parse gives, or objects built the
 * same way): each value read once, as the careful walk reads it, but recursively and with no
 * problem bookkeeping. Anything else — a value JSON cannot hold, an object with a prototype of its
 * own, a `__proto__` key, a getter or Proxy that throws, a cycle (it reaches the depth limit),
 * too many values — throws, and the careful walk starts over and says what it found.
 */
function quickCopy(value: unknown, depth: number, limits: SnapshotLimits, count: { values: number }): unknown {
  if (++count.values > limits.maxValues) throw UNUSUAL;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'object':
      break;
    case 'bigint':
      throw UNUSUAL;
    default:
      return undefined;
  }
  if (value === null) return null;
  if (depth >= limits.maxDepth) throw UNUSUAL;
  if (Array.isArray(value)) {
    const length = value.length;
    if (!(length <= limits.maxValues)) throw UNUSUAL;
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const item = quickCopy(value[i], depth + 1, limits, count);
      out.push(item === undefined ? null : item);
    }
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw UNUSUAL;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') throw UNUSUAL;
    const item = quickCopy((value as Record<string, unknown>)[key], depth + 1, limits, count);
    if (item !== undefined) out[key] = item;
  }
  return out;
}

/** Takes a snapshot of `input` as plain JSON, with the problems found on the way. */
export function snapshot(input: unknown, limits: SnapshotLimits = INPUT_LIMITS): Snapshot {
  if (typeof input === 'object' && input !== null) {
    try {
      return { value: quickCopy(input, 0, limits, { values: 0 }), problems: [] };
    } catch {
      // Not plain JSON, or not readable: the careful walk below.
    }
  }
  return carefulSnapshot(input, limits);
}

/** The careful walk: iterative (no stack overflow at any depth), every read in a try, every problem with its path. */
function carefulSnapshot(input: unknown, limits: SnapshotLimits): Snapshot {
  const problems: SnapshotProblem[] = [];
  const onPath = new Set<object>(); // the containers being read and their ancestors: a cycle, not a shared object
  const stack: (Frame | { leave: object })[] = [];
  let values = 0;
  let full = false;

  /**
   * The plain form of a leaf, or an empty container with its frame added to `pending`, or undefined
   * to drop. `path` is made only when it is needed (a problem or a container): not once per key.
   */
  const convert = (value: unknown, pathOf: () => IssuePath, depth: number, pending: Frame[]): unknown => {
    if (++values > limits.maxValues) {
      if (!full) problems.push({ code: 'input.too-large', path: pathOf() });
      full = true;
      return undefined;
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : null;
      case 'bigint':
        problems.push({ code: 'input.not-json', path: pathOf() });
        return undefined;
      case 'object':
        break;
      default:
        return undefined; // undefined, functions and symbols, as JSON.stringify drops them
    }
    if (value === null) return null;
    if (onPath.has(value)) {
      problems.push({ code: 'input.cyclic', path: pathOf() });
      return null;
    }
    if (depth >= limits.maxDepth) {
      problems.push({ code: 'input.too-deep', path: pathOf() });
      return null;
    }
    try {
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
      const target: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
      pending.push({ source: value, target, path: pathOf(), depth });
      return target;
    } catch {
      problems.push({ code: 'input.unreadable', path: pathOf() });
      return undefined;
    }
  };

  /** Children are read in order; each one's `leave` marker lies under it, so it is on the path while read. */
  const schedule = (frames: Frame[]) => {
    for (let i = frames.length - 1; i >= 0; i--) stack.push({ leave: frames[i]!.source }, frames[i]!);
  };

  const first: Frame[] = [];
  const root = convert(input, () => [], 0, first);
  schedule(first);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('leave' in frame) {
      onPath.delete(frame.leave);
      continue;
    }
    const { source, target, path, depth } = frame;
    onPath.add(source);
    const isArray = Array.isArray(target);
    let keys: string[] | undefined;
    let length: number;
    try {
      // An array's length is read once, as a number: a hostile length is no loop bound.
      if (isArray) length = Math.min(Number((source as unknown[]).length) || 0, limits.maxValues + 1);
      else length = (keys = Object.keys(source)).length;
    } catch {
      problems.push({ code: 'input.unreadable', path });
      continue;
    }
    const children: Frame[] = [];
    let name: string | number = '';
    const childPath = () => [...path, name];
    for (let i = 0; i < length; i++) {
      if (full) break;
      name = keys ? keys[i]! : i;
      let plain: unknown;
      try {
        plain = convert((source as Record<string | number, unknown>)[name], childPath, depth + 1, children);
      } catch {
        problems.push({ code: 'input.unreadable', path: childPath() });
        plain = undefined;
      }
      if (plain !== undefined) put(target, name, plain);
      else if (isArray) put(target, name, null); // as JSON.stringify keeps an array's length
    }
    schedule(children);
  }
  return { value: root, problems };
}
