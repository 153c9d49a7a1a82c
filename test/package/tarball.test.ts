/**
 * The package as a vendor gets it: `npm pack`, installed into fresh projects, imported from ESM
 * and CommonJS, compiled against by strict TypeScript (node16 ESM and CommonJS, bundler), its CLI
 * run from the installation — and publint and @arethetypeswrong/cli finding nothing.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';
import { INSTALL_TIMEOUT as TIMEOUT, installPackedTarball, ok, run } from '../support/installed-package.js';

let work = '';
let tarball = '';
let installOutput = '';
let project = '';

const tsc = (cwd: string) => ok(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', cwd], cwd);

beforeAll(() => {
  ({ work, tarball, installOutput, project } = installPackedTarball());
}, TIMEOUT);

const APP = `JSON.parse(fs.readFileSync(new URL('./node_modules/shebao-transfer/fixtures/applications/guiyang-to-harbin.json', 'file://' + process.cwd() + '/'), 'utf8'))`;

describe('the packed tarball, installed', () => {
  it('installs without running or flagging any script of its own', () => {
    expect(installOutput).not.toMatch(/shebao-transfer@[^\s]* \((pre|post)?(install|prepare)/);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/shebao-transfer/package.json'), 'utf8'));
    expect(Object.keys(manifest.scripts ?? {}).filter((s) => /^(pre|post)?install$|^prepare$/.test(s))).toEqual([]);
  });

  it('holds what users need and nothing else', () => {
    const files = ok('tar', ['-tzf', tarball], work).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    for (const needed of ['package.json', 'README.md', 'README.zh-CN.md', 'docs/api.md', 'docs/zh-CN/api.md', 'CHANGELOG.md', 'LICENSE', 'SECURITY.md', 'dist/index.js', 'dist/index.cjs', 'dist/node.js', 'dist/cli.js', 'dist/validate-worker.js', 'dist/validate.js', 'dist/validate.cjs', 'node/package.json', 'validate/package.json', 'rules/materials.yaml', 'schema/application.schema.json', 'schema/validation-result.schema.json', 'schema/case.schema.json', 'schema/case-event.schema.json', 'schema/issue.schema.json']) {
      expect(files, needed).toContain(needed);
    }
    for (const file of files) expect(file).not.toMatch(/^(src|test|examples|\.ci|docs\/api-report)\/|\.png$|\.map$/);
  });

  it('imports from ESM and CommonJS, core and node entries, and validates the bundled example', () => {
    const esm = `import fs from 'node:fs'; import { validateTransfer } from 'shebao-transfer'; import { loadPolicies, validateParallel } from 'shebao-transfer/node';
const r = validateTransfer(${APP}, { today: '2026-11-20' });
const run = validateParallel([${APP}], { today: '2026-11-20', jobs: 1 }); let n = 0; for await (const x of run) n += x.ok ? 1 : 0;
console.log(JSON.stringify({ ok: r.ok, items: r.items.length, parallel: n, threads: run.threads, rules: typeof loadPolicies }));`;
    expect(JSON.parse(ok(process.execPath, ['--input-type=module', '-e', esm], project))).toEqual({ ok: true, items: 6, parallel: 1, threads: 1, rules: 'function' });
    const cjs = `const fs = require('node:fs'); const { validateTransfer } = require('shebao-transfer'); const { validateBatch } = require('shebao-transfer/node');
const browser = require('shebao-transfer/browser');
const results = [...validateBatch([${APP}], { today: '2026-11-20' })];
console.log(JSON.stringify({ ok: validateTransfer(${APP}, { today: '2026-11-20' }).ok, batch: results.length, browser: browser.validateTransfer(${APP}, { today: '2026-11-20' }).ok }));`;
    expect(JSON.parse(ok(process.execPath, ['-e', cjs], project))).toEqual({ ok: true, batch: 1, browser: true });
    const browserEsm = `import fs from 'node:fs'; import { validateTransfer, searchRegions, createCase } from 'shebao-transfer/browser';
console.log(JSON.stringify({ ok: validateTransfer(${APP}, { today: '2026-11-20' }).ok, hit: searchRegions('haerbin')[0].code, stage: createCase(${APP}, { now: '2026-11-20T09:00:00+08:00' }).stage }));`;
    expect(JSON.parse(ok(process.execPath, ['--input-type=module', '-e', browserEsm], project))).toEqual({ ok: true, hit: '2301', stage: 'draft' });
  }, TIMEOUT);

  it('validates from shebao-transfer/validate, in ESM and CommonJS, with the very functions and answers of the main entry', () => {
    const esm = `import fs from 'node:fs'; import * as lean from 'shebao-transfer/validate'; import * as main from 'shebao-transfer';
const shared = Object.keys(lean).filter((name) => name !== 'ISSUE_CODES');
const same = shared.filter((name) => lean[name] === main[name]).length === shared.length;
const retired = lean.validateTransfer({ ...${APP}, from: { region: '110103' } }, { today: '2026-11-20' });
console.log(JSON.stringify({ same, exports: shared.length, answer: JSON.stringify(lean.validateTransfer(${APP}, { today: '2026-11-20' })) === JSON.stringify(main.validateTransfer(${APP}, { today: '2026-11-20' })), retired: retired.route.from?.code, codes: Object.keys(lean.ISSUE_CODES).every((code) => code in main.ISSUE_CODES) }));`;
    expect(JSON.parse(ok(process.execPath, ['--input-type=module', '-e', esm], project))).toEqual({ same: true, exports: expect.any(Number), answer: true, retired: '110101', codes: true });
    const cjs = `const fs = require('node:fs'); const lean = require('shebao-transfer/validate'); const main = require('shebao-transfer');
console.log(JSON.stringify({ same: lean.validateTransfer === main.validateTransfer && lean.getBundledPolicies() === main.getBundledPolicies(), ok: lean.validateTransfer(${APP}, { today: '2026-11-20' }).ok }));`;
    expect(JSON.parse(ok(process.execPath, ['-e', cjs], project))).toEqual({ same: true, ok: true });
  }, TIMEOUT);

  it('exports the JSON Schemas, by path, to ESM and CommonJS', () => {
    const esm = `import schema from 'shebao-transfer/schema/application.schema.json' with { type: 'json' };
console.log(JSON.stringify({ id: schema.$id, draft: schema.$schema }));`;
    expect(JSON.parse(ok(process.execPath, ['--input-type=module', '-e', esm], project))).toEqual({ id: 'urn:shebao-transfer:schema:application', draft: 'https://json-schema.org/draft/2020-12/schema' });
    const cjs = `console.log(require('shebao-transfer/schema/validation-result.schema.json').$id)`;
    expect(ok(process.execPath, ['-e', cjs], project).trim()).toBe('urn:shebao-transfer:schema:validation-result');
  }, TIMEOUT);

  it('compiles strict TypeScript consumers: node16 ESM and CommonJS, and bundler', () => {
    const source = `import { validateTransfer, createCase, type TransferResult, type TransferCase } from 'shebao-transfer';
import { loadPolicies } from 'shebao-transfer/node';
import { searchRegions, type RegionHit } from 'shebao-transfer/browser';
import { validateTransfer as validateOnly, type ValidateOptions } from 'shebao-transfer/validate';
const leanOptions: ValidateOptions = { today: '2026-11-20' };
export const lean: boolean = validateOnly({}, leanOptions).ok;
export const hits: RegionHit[] = searchRegions('guiyang');
const result: TransferResult = validateTransfer({}, { today: '2026-11-20' });
const c: TransferCase = createCase({}, { now: '2026-11-20T09:00:00+08:00' });
export const summary: string = \`\${result.ok} \${c.stage} \${typeof loadPolicies}\`;
`;
    // A Node consumer has @types/node; a bundled browser app has the DOM library.
    const node = { typeRoots: [join(ROOT, 'node_modules/@types')], types: ['node'], lib: ['es2022'] };
    const setups = [
      { name: 'node16-esm', type: 'module', compilerOptions: { module: 'node16', moduleResolution: 'node16', ...node } },
      { name: 'node16-cjs', type: 'commonjs', compilerOptions: { module: 'node16', moduleResolution: 'node16', ...node } },
      { name: 'bundler', type: 'module', compilerOptions: { module: 'esnext', moduleResolution: 'bundler', types: [], lib: ['es2022', 'dom'] } },
    ];
    for (const setup of setups) {
      const dir = join(project, setup.name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: setup.type }));
      writeFileSync(join(dir, 'index.ts'), source);
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', noEmit: true, skipLibCheck: false, ...setup.compilerOptions }, files: ['index.ts'] }),
      );
      tsc(dir);
    }
  }, TIMEOUT);

  it('runs the CLI from the installation', () => {
    const out = ok(join(project, 'node_modules/.bin/shebao-transfer'), ['validate', 'node_modules/shebao-transfer/fixtures/applications/guiyang-to-harbin.json', '--today', '2026-11-20', '--json'], project);
    expect(JSON.parse(out).ok).toBe(true);
  }, TIMEOUT);

  it('installs no spreadsheet reader: a CSV roster is read, an .xlsx one says to install exceljs', () => {
    const installed = readdirSync(join(project, 'node_modules'));
    expect(installed).not.toContain('exceljs');
    expect(installed).not.toContain('date-fns');
    expect(installed).not.toContain('json-rules-engine');
    writeFileSync(join(project, 'roster.csv'), '姓名,身份证号码,原参保地,新参保地\n张三,520102199003071236,贵阳,哈尔滨\n');
    const csv = run(join(project, 'node_modules/.bin/shebao-transfer'), ['roster', 'roster.csv', '--json'], project);
    expect(csv.code, csv.out).not.toBe(2); // 1 when a row has problems: the file was read
    expect(JSON.parse(csv.out).summary.rows).toBe(1);
    writeFileSync(join(project, 'roster.xlsx'), 'PK');
    const xlsx = run(join(project, 'node_modules/.bin/shebao-transfer'), ['roster', 'roster.xlsx'], project);
    expect(xlsx.code).toBe(2);
    expect(xlsx.out).toContain('npm install exceljs');
  }, TIMEOUT);

  it('publint and @arethetypeswrong/cli find nothing', () => {
    expect(ok(process.execPath, [join(ROOT, 'node_modules/publint/src/cli.js'), ROOT], ROOT)).toMatch(/All good/);
    expect(ok(process.execPath, [join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball], ROOT)).toMatch(/No problems found/);
  }, TIMEOUT);
});
