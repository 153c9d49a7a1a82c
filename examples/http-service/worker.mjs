/**
 * A worker: delivers the outbox's notifications to NOTIFY_URL and runs the overdue check. Any
 * number of workers can run; the queue (pg-boss, in the service's database) hands each job to one
 * of them, and one whose worker died is handed out again. The receiver gets each notification with
 * its key as Idempotency-Key: a delivery cut off after the receiver took it comes again with the
 * same key, never under another.
 *
 *   DATABASE_URL=postgres://… NOTIFY_URL=http://gateway/notify node worker.mjs
 */
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { overdue } from 'shebao-transfer';
import { CaseStore } from './case-store.mjs';
import { makeClock } from './config.mjs';
import { connect, createTables, transaction } from './database.mjs';
import { DELIVERY_QUEUE, enqueueNotification, OVERDUE_QUEUE } from './outbox.mjs';
import { startQueue } from './queue.mjs';
import { runMain } from './run.mjs';

const chinaDate = (instant) => new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 10);

/** Sends one notification of the outbox; throws (and the queue retries later) unless the receiver answers 2xx. */
async function deliver(pool, config, key, logger) {
  const { rows } = await pool.query('UPDATE notification_outbox SET attempts = attempts + 1 WHERE key = $1 AND delivered_at IS NULL RETURNING notification, attempts', [key]);
  if (rows.length === 0) return; // delivered already, or never written
  const response = await fetch(config.notifyUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(rows[0].notification),
    signal: AbortSignal.timeout(config.notifyTimeoutMs),
  });
  await response.arrayBuffer().catch(() => {});
  if (!response.ok) throw new Error(`the receiver answered ${response.status} for ${key}`);
  await pool.query('UPDATE notification_outbox SET delivered_at = now() WHERE key = $1', [key]);
  logger.info({ key, attempt: rows[0].attempts }, 'notification delivered');
}

/**
 * Every open step past its due date gets one reminder to HR per China date: the reminder row and
 * its notification are written together, and a second run that day (on any worker) finds the row.
 */
export async function checkOverdue(pool, boss, now, logger) {
  const store = new CaseStore(pool, boss);
  const instant = now();
  const day = chinaDate(instant);
  let sent = 0;
  for await (const stored of store.all({ states: ['submitted', 'in-transfer', 'returned'] })) {
    for (const late of overdue(stored, instant)) {
      sent += await transaction(pool, async (client) => {
        const fresh = await client.query('INSERT INTO overdue_reminders (case_id, insurance, step, day) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [stored.id, late.insurance, late.step, day]);
        if (fresh.rowCount !== 1) return 0;
        const text = `案件 ${stored.id}：「${late.name}」应在 ${late.due} 前办结，已逾期 ${late.workingDaysLate} 个工作日，请向经办机构催办`;
        const data = { caseId: stored.id, insurance: late.insurance, step: late.step, due: late.due, workingDaysLate: late.workingDaysLate, day };
        await enqueueNotification(client, boss, `${stored.id}:overdue:${late.insurance}:${late.step}:${day}`, stored.id, { to: 'hr', template: 'step-overdue', channels: ['in-app'], data, text });
        return 1;
      });
    }
  }
  logger.info({ day, sent }, 'overdue check done');
  return sent;
}

/** Starts a worker; resolves with `close()`, which lets the deliveries under way finish. */
export async function startWorker(config, { logger = pino({ level: config.logLevel }), now = makeClock(config.clockStart) } = {}) {
  if (!config.notifyUrl) throw Object.assign(new Error('NOTIFY_URL is not set: where should notifications go?'), { code: 'no-notify-url' });
  const pool = await connect(config.databaseUrl, { max: 6 });
  let boss;
  let timer;
  try {
    await createTables(pool);
    boss = await startQueue(config, { work: true, logger });
    // Woken by NOTIFY when a job is added, polling as a fallback; up to 16 deliveries of a batch at
    // once, each settled on its own (a failed one is retried, the others are done), and batches
    // fetched without pause while they come back full.
    const polling = { pollingIntervalSeconds: Math.max(0.5, config.pollSeconds), batchSize: 1 };
    // Retries wake no one: they are found by the poll, which NOTIFY does not slow down.
    const delivering = { pollingIntervalSeconds: polling.pollingIntervalSeconds, notifyPollingIntervalSeconds: polling.pollingIntervalSeconds, batchSize: 16, perJobResults: true, burstWhenBatchFull: true, localConcurrency: 2 };
    await boss.work(DELIVERY_QUEUE, delivering, (jobs) =>
      Promise.all(
        jobs.map(async (job) => {
          try {
            await deliver(pool, config, job.data.key, logger);
            return { id: job.id, status: 'completed' };
          } catch (error) {
            logger.warn({ key: job.data.key, retry: job.retryCount, err: error.message }, 'delivery failed; the queue will try again');
            return { id: job.id, status: 'failed', output: { message: error.message } };
          }
        }),
      ),
    );
    await boss.work(OVERDUE_QUEUE, polling, () => checkOverdue(pool, boss, now, logger));
    // Every worker asks; pg-boss keeps one check per period, whoever asked.
    const ask = () => boss.sendThrottled(OVERDUE_QUEUE, {}, null, Math.max(1, config.overdueEverySeconds)).catch((error) => logger.error({ err: error }, 'could not schedule the overdue check'));
    await ask();
    timer = setInterval(ask, Math.max(1, Math.min(config.overdueEverySeconds, 60)) * 1000);
    logger.info({ notifyUrl: config.notifyUrl }, 'worker started');
  } catch (error) {
    clearInterval(timer);
    await boss?.stop({ graceful: false }).catch(() => {});
    await pool.end().catch(() => {});
    throw error;
  }
  return {
    close: async () => {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await pool.end();
      logger.info('worker stopped');
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runMain('worker', (config, logger) => startWorker(config, { logger }));
