/**
 * Reads policy and material-catalogue YAML with positions: every YAML or schema fault comes back
 * as a problem with the file, the line and the column a maintainer can jump to.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { PolicyDocument } from './compile-policies.js';
import type { PolicyProblem } from './policy-error.js';
import { MaterialCatalogueFileSchema, PolicyFileSchema, type MaterialKind } from './schema.js';

type Locate = (path: (string | number)[], key?: string) => { line: number; column: number } | undefined;

function locator(doc: Document, lines: LineCounter): Locate {
  return (path, key) => {
    // Walk up until a node exists (a missing field is reported at its parent).
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : (doc.getIn(path.slice(0, depth), true) as Node | undefined);
      if (!node || typeof node !== 'object') continue;
      let offset = (node as { range?: [number, number, number] }).range?.[0];
      if (key !== undefined && depth === path.length && isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (keyRange) offset = keyRange[0];
      }
      if (offset === undefined) continue;
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    }
    return undefined;
  };
}

function zodProblems(file: string, error: z.ZodError, locate: Locate): PolicyProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path as (string | number)[];
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [undefined];
    return keys.map((key) => ({
      file,
      path: key === undefined ? path : [...path, key],
      message: key === undefined ? issue.message : `unknown field "${key}"`,
      ...(locate(path, key) ?? {}),
    }));
  });
}

function readYaml(text: string, file: string): { doc: Document; locate: Locate; problems: PolicyProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: PolicyProblem[] = doc.errors.map((e) => {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    return { file, path: [], message: e.message.split('\n')[0]!, ...(pos ? { line: pos.line, column: pos.col } : {}) };
  });
  return { doc, locate: locator(doc, lines), problems };
}

/** Parses one policy file's YAML text. */
export function parsePolicyYaml(text: string, file: string): { document?: PolicyDocument; problems: PolicyProblem[] } {
  const { doc, locate, problems } = readYaml(text, file);
  if (problems.length > 0) return { problems };
  const result = PolicyFileSchema.safeParse(doc.toJS());
  if (!result.success) return { problems: zodProblems(file, result.error, locate) };
  return { document: { file, policy: result.data, locate: (path) => locate(path) }, problems: [] };
}

/** Parses the material catalogue's YAML text. */
export function parseMaterialsYaml(text: string, file: string): { materials?: MaterialKind[]; problems: PolicyProblem[] } {
  const { doc, locate, problems } = readYaml(text, file);
  if (problems.length > 0) return { problems };
  const result = MaterialCatalogueFileSchema.safeParse(doc.toJS());
  if (!result.success) return { problems: zodProblems(file, result.error, locate) };
  return { materials: result.data.materials, problems: [] };
}
