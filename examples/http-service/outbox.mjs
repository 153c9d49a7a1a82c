/**
 * The transactional outbox: notifications are written in the transaction that changes the case,
 * with a queue job that delivers each (pg-boss, the same database), so that a notification exists
 * exactly when its case change does, and survives any process.
 */
import { renderNotification } from 'shebao-transfer';

export const DELIVERY_QUEUE = 'shebao-notification';
export const OVERDUE_QUEUE = 'shebao-overdue-check';

/** pg-boss's view of a transaction's client, so that its job lands in the same transaction. */
export const inTransaction = (client) => ({ executeSql: (text, values) => client.query(text, values) });

/**
 * Writes one notification and its delivery job in `client`'s open transaction. `key` is what the
 * receiver sees as Idempotency-Key; writing the same key twice is a no-op.
 */
export async function enqueueNotification(client, boss, key, caseId, notification) {
  const inserted = await client.query('INSERT INTO notification_outbox (key, case_id, notification) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING', [key, caseId, { key, caseId, ...notification }]);
  if (inserted.rowCount === 1) await boss.send(DELIVERY_QUEUE, { key }, { db: inTransaction(client), singletonKey: key });
  return inserted.rowCount === 1;
}

/** The notify effects of a transition, keyed by case, history entry and position. */
export async function enqueueEffects(client, boss, transferCase, effects) {
  const seq = transferCase.history[transferCase.history.length - 1].seq;
  let n = 0;
  for (const effect of effects) {
    if (effect.type !== 'notify') continue;
    const { to, template, channels, data } = effect;
    await enqueueNotification(client, boss, `${transferCase.id}:${seq}:${n++}`, transferCase.id, { to, template, channels, data, text: renderNotification(effect) });
  }
}

/**
 * Queue settings: retries with exponential backoff; a delivery whose worker died is retried after
 * `expireInSeconds`. The workers' settings win (`update`); an HTTP instance only makes sure the queues exist.
 */
export async function createQueues(boss, config, { update = false } = {}) {
  const queues = {
    [DELIVERY_QUEUE]: { notify: true, retryLimit: config.notifyRetryLimit, retryDelay: 1, retryBackoff: true, retryDelayMax: Math.max(1, config.notifyRetryMaxSeconds), expireInSeconds: Math.max(1, config.notifyExpireSeconds) },
    [OVERDUE_QUEUE]: { retryLimit: 3, retryDelay: 5, expireInSeconds: 600 },
  };
  for (const [name, options] of Object.entries(queues)) {
    if (await boss.getQueue(name)) {
      if (update) await boss.updateQueue(name, options);
      continue;
    }
    // Several instances start at once: the one that loses the race finds the queue made.
    await boss.createQueue(name, options).catch(async (error) => {
      if (!(await boss.getQueue(name))) throw error;
    });
  }
}
