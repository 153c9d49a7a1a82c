/**
 * JSON.stringify for results, faster on the parts results share. Much of a result — reasons,
 * conditions, required documents, steps, policy issues — is frozen and shared by every result with
 * the same outcome, so its JSON text is made once and kept (weakly, beside the object). The output
 * is exactly JSON.stringify's for plain data, which results are; a test holds it to that.
 */
const texts = new WeakMap<object, string>();

function frozenText(value: object): string {
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}

export function resultJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Object.isFrozen(value)) return frozenText(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) out += ',';
      out += item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : resultJson(item);
    }
    return `${out}]`;
  }
  let out = '{';
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${resultJson(item)}`;
  }
  return `${out}}`;
}
