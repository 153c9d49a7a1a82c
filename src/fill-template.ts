/**
 * Fills `{name}` placeholders — the one template mechanism behind issue messages, policy notices,
 * notifications and workflow errors. A name the lookup does not know stays as it is.
 */
const PLACEHOLDER = /\{(\w+)\}/g;

/** Templates split once into literal text (even indexes) and placeholder names (odd indexes). */
const compiled = new Map<string, string[]>();

export function fillTemplate(template: string, lookup: (name: string) => string | number | undefined): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = lookup(name);
    out += (value === undefined ? `{${name}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}
