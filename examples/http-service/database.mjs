/** The connection pool, checked before anything starts, and the tables, created once. */
import { readFileSync } from 'node:fs';
import pg from 'pg';

export class DatabaseUnreachableError extends Error {
  constructor(url, cause) {
    super(`PostgreSQL at ${redact(url)} cannot be reached: ${cause.message}`, { cause });
    this.code = 'database-unreachable';
  }
}

/** The URL without its password, for logs. */
export const redact = (url) => String(url).replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** A pool that has answered a query, or a DatabaseUnreachableError. */
export async function connect(connectionString, { max = 10 } = {}) {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnreachableError(connectionString, error);
  }
  return pool;
}

/** Thrown inside `transaction` to roll back and answer `value` instead. */
export class Rollback {
  constructor(value) {
    this.value = value;
  }
}

/** Runs `work(client)` in a transaction: committed when it returns, rolled back when it throws (a Rollback's value is returned). */
export async function transaction(pool, work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const value = await work(client);
    await client.query('COMMIT');
    return value;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if (error instanceof Rollback) return error.value;
    throw error;
  } finally {
    client.release();
  }
}

/** Creates the tables (schema.sql) if they are not there; one instance at a time. */
export async function createTables(pool) {
  const sql = readFileSync(new URL('./schema.sql', import.meta.url), 'utf8');
  await transaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('shebao-transfer schema'))");
    await client.query(sql);
  });
}
