/**
 * A throwaway PostgreSQL server from Debian's `postgresql` package: a new cluster in a temporary
 * folder, listening on 127.0.0.1 at a free port, stopped and removed afterwards. `.ci/run` installs
 * the package and sets SHEBAO_REQUIRE_POSTGRES=1; elsewhere the tests are skipped without it.
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VERSIONS = '/usr/lib/postgresql';

function binDir(): string | undefined {
  if (!existsSync(VERSIONS)) return undefined;
  const newest = readdirSync(VERSIONS)
    .filter((v) => existsSync(join(VERSIONS, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a))[0];
  return newest === undefined ? undefined : join(VERSIONS, newest, 'bin');
}

export const HAVE_POSTGRES = binDir() !== undefined;
export const SKIP_POSTGRES = !HAVE_POSTGRES && process.env.SHEBAO_REQUIRE_POSTGRES !== '1';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Postgres {
  connectionString: string;
  stop(): void;
}

export async function startPostgres({ maxConnections = 60 } = {}): Promise<Postgres> {
  const bin = binDir();
  if (!bin) throw new Error(`no PostgreSQL server under ${VERSIONS}: install Debian's postgresql (apt-get install -y postgresql), as .ci/run does`);
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'shebao-pg-'));
  const data = join(dir, 'data');
  const run = (command: string, args: string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] as const : [join(bin, command), args] as const;
    const r = spawnSync(full[0], [...full[1]], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`${command} failed: ${r.stdout}${r.stderr}${r.error ?? ''}`);
  };
  if (asRoot) {
    const owner = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim();
    chownSync(dir, Number(owner), 0);
  }
  run('initdb', ['-D', data, '-U', 'shebao', '-A', 'trust', '-E', 'UTF8', '--locale', 'C', '--no-sync']);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=${maxConnections}`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  return {
    connectionString: `postgres://shebao@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
