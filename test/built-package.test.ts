/**
 * The built package, loaded by plain Node (not vitest, which resolves imports more leniently than
 * Node does): ESM and CommonJS, core and node entries, by the package's own name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';

function node(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const SCRIPT = (load: string) => `${load}
const fs = require('node:fs');
const app = JSON.parse(fs.readFileSync('fixtures/applications/guiyang-to-harbin.json', 'utf8'));
const r = m.validateTransfer(app, { today: '2026-11-20' });
const loaded = n.loadPolicies('rules');
console.log(JSON.stringify({ ok: r.ok, decisions: r.items.map((i) => i.decision), due: r.items[0].steps[0].due, sameVersion: loaded.version === r.policyVersion, working: m.isWorkingDay('2025-10-01') }));`;

const EXPECTED = {
  ok: true,
  decisions: ['transfer', 'transfer', 'transfer', 'not-required', 'follows-medical', 'transfer'],
  due: '2026-12-11',
  sameVersion: true,
  working: false,
};

describe('the built package', () => {
  it('has been built', () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'node.js', 'node.cjs', 'cli.js']) {
      expect(existsSync(join(ROOT, 'dist', file)), file).toBe(true);
    }
  });

  it('works from ESM', () => {
    const load = `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
const m = await import('shebao-transfer'); const n = await import('shebao-transfer/node');`;
    expect(node(['--input-type=module', '-e', SCRIPT(load)])).toEqual(EXPECTED);
  });

  it('works from CommonJS', () => {
    const load = `const m = require('shebao-transfer'); const n = require('shebao-transfer/node');`;
    expect(node(['-e', SCRIPT(load)])).toEqual(EXPECTED);
  });

  it('lets a rule set loaded through CommonJS decide in ESM, overlay and calendar file included', () => {
    const script = `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
const m = await import('shebao-transfer');
const n = require('shebao-transfer/node');
const fs = require('node:fs');
const app = { ...JSON.parse(fs.readFileSync('fixtures/applications/guiyang-to-harbin.json', 'utf8')), applicationDate: '2026-12-02' };
const policies = n.loadPolicies('fixtures/overlays/example-vendor', { extends: 'bundled' });
const r = m.validateTransfer(app, { today: '2026-12-02', policies });
const lint = n.lintPolicies('fixtures/lint/planted-mistakes', { today: '2026-11-20' });
console.log(JSON.stringify({ kinds: r.items[0].requiredDocuments.map((d) => d.kind), calendar: policies.calendar.dataSource(2026), lint: lint.problems.length > 10 }));`;
    expect(node(['--input-type=module', '-e', script])).toEqual({
      kinds: ['pension-contribution-certificate', 'id-card', 'separation-certificate'],
      calendar: 'calendar-file',
      lint: true,
    });
  });

  it('keeps node: imports out of the browser-safe core', () => {
    const core = readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8');
    expect(core).not.toMatch(/from ["']node:/);
    expect(core).not.toMatch(/from ["']yaml["']/);
  });
});
