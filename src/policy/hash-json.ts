/** A short, stable FNV-1a hash of a JSON value (keys sorted), to name a rule set's version. */

/** The value as canonical JSON text (keys sorted, undefined left out), built without recursion. */
function canonical(root: unknown): string {
  const out: string[] = [];
  // Either a value to write or a piece of text (punctuation) to emit as it is.
  const stack: ({ value: unknown } | { text: string })[] = [{ value: root }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('text' in item) {
      out.push(item.text);
      continue;
    }
    const { value } = item;
    if (Array.isArray(value)) {
      const parts: ({ value: unknown } | { text: string })[] = [{ text: '[' }];
      value.forEach((v, i) => parts.push(...(i > 0 ? [{ text: ',' }] : []), { value: v }));
      parts.push({ text: ']' });
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const parts: ({ value: unknown } | { text: string })[] = [{ text: '{' }];
      entries.forEach(([k, v], i) => parts.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(k)}:` }, { value: v }));
      parts.push({ text: '}' });
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
    } else {
      out.push(JSON.stringify(value) ?? 'null');
    }
  }
  return out.join('');
}

export function hashJson(value: unknown): string {
  const text = canonical(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
