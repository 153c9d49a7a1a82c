import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary rules folder holding these files (relative path → YAML text). */
export function rulesFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shebao-rules-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
