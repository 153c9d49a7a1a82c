/** pg-boss on the service's database: the job queue the outbox's deliveries and the overdue check run on. */
import { PgBoss } from 'pg-boss';
import { createQueues } from './outbox.mjs';

/** `work: false` for an HTTP instance, which only adds jobs; a worker supervises and runs them. */
export async function startQueue(config, { work, logger }) {
  const boss = new PgBoss({
    connectionString: config.databaseUrl,
    max: 4,
    application_name: work ? 'shebao-worker' : 'shebao-service',
    supervise: work,
    schedule: false,
    // Workers listen for new jobs (each job's NOTIFY is sent when its transaction commits).
    useListenNotify: work,
    monitorIntervalSeconds: Math.max(1, config.monitorSeconds),
    superviseIntervalSeconds: Math.max(1, config.monitorSeconds),
    // The backlog the workers read to fetch without pause while there is one.
    queueCacheIntervalSeconds: Math.max(1, config.monitorSeconds),
  });
  boss.on('error', (error) => logger.error({ err: error }, 'queue error'));
  await boss.start();
  await createQueues(boss, config, { update: work });
  return boss;
}
