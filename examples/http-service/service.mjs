/**
 * The reference service: an HTTP instance over shebao-transfer and PostgreSQL (app.mjs has the
 * routes). Instances share nothing but the database, so any number can run behind a load
 * balancer; notifications are delivered by worker.mjs.
 *
 *   DATABASE_URL=postgres://… node service.mjs            (PORT, default 8080; --worker to run a worker in the same process)
 */
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { buildApp } from './app.mjs';
import { makeClock } from './config.mjs';
import { connect, createTables, redact } from './database.mjs';
import { startQueue } from './queue.mjs';
import { runMain } from './run.mjs';
import { startWorker } from './worker.mjs';

/**
 * Starts an instance: checks that the database answers (a DatabaseUnreachableError otherwise),
 * creates the tables and the queues if needed, and listens. Resolves with its URL and `close()`,
 * which stops taking requests, finishes those under way, and closes the queue and the pool.
 */
export async function startService(config, { logger = pino({ level: config.logLevel }), now = makeClock(config.clockStart) } = {}) {
  const pool = await connect(config.databaseUrl);
  try {
    await createTables(pool);
    const boss = await startQueue(config, { work: false, logger });
    const app = buildApp({ pool, boss, now, logger });
    await app.listen({ port: config.port, host: config.host });
    const { port } = app.server.address();
    logger.info({ port, database: redact(config.databaseUrl) }, 'service started');
    return {
      url: `http://${config.host}:${port}`,
      close: async () => {
        await app.close();
        await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
        await pool.end();
        logger.info('service stopped');
      },
    };
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runMain('service', async (config, logger) => [await startService(config, { logger }), ...(process.argv.includes('--worker') ? [await startWorker(config, { logger })] : [])]);
