/**
 * The package as a vendor gets it: `npm pack`, installed into a fresh project (its dependencies
 * from the npm cache `npm ci` filled, or the registry). Made once per test file that asks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './fixtures.js';

export const INSTALL_TIMEOUT = 300_000;

export interface InstalledPackage {
  /** The folder the tarball was packed into. */
  work: string;
  tarball: string;
  /** The consumer project it is installed in. */
  project: string;
  /** node_modules/shebao-transfer inside it. */
  packageDir: string;
  installOutput: string;
}

export function run(command: string, args: string[], cwd: string): { code: number | null; out: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: INSTALL_TIMEOUT, env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

export function ok(command: string, args: string[], cwd: string): string {
  const r = run(command, args, cwd);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.out}`);
  return r.out;
}

let installed: InstalledPackage | undefined;

export function installPackedTarball(): InstalledPackage {
  if (installed) return installed;
  const work = mkdtempSync(join(tmpdir(), 'shebao-package-'));
  ok('npm', ['pack', '--pack-destination', work, '--silent'], ROOT);
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  const installOutput = ok('npm', ['install', '--prefer-offline', '--no-package-lock', tarball], project);
  installed = { work, tarball, project, packageDir: join(project, 'node_modules/shebao-transfer'), installOutput };
  return installed;
}
