/**
 * The service's and the worker's settings, from the environment. Every one has a default for a
 * production run; the tests shorten the times.
 */
const numberIn = (env) => (name, fallback) => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, not ${raw}`);
  return value;
};

export function readConfig(env = process.env) {
  const number = numberIn(env);
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set (postgres://user@host/database)');
  return {
    databaseUrl: env.DATABASE_URL,
    port: number('PORT', 8080),
    host: env.HOST ?? '127.0.0.1',
    logLevel: env.LOG_LEVEL ?? 'info',
    /** Where notifications go: the stand-in for an SMS or in-app gateway. Workers only. */
    notifyUrl: env.NOTIFY_URL,
    notifyTimeoutMs: number('NOTIFY_TIMEOUT_MS', 10_000),
    /** A delivery still active after this long (its worker died) is tried again. */
    notifyExpireSeconds: number('NOTIFY_EXPIRE_SECONDS', 60),
    notifyRetryLimit: number('NOTIFY_RETRY_LIMIT', 20),
    /** Retries wait 1, 2, 4… seconds (with jitter), never longer than this. */
    notifyRetryMaxSeconds: number('NOTIFY_RETRY_MAX_SECONDS', 300),
    /** How often pg-boss looks for deliveries whose worker died. */
    monitorSeconds: number('QUEUE_MONITOR_SECONDS', 30),
    pollSeconds: number('QUEUE_POLL_SECONDS', 2),
    /** How often the overdue check runs, across all workers together. */
    overdueEverySeconds: number('OVERDUE_EVERY_SECONDS', 900),
    /**
     * Test seam: the instant the service's clock starts from (it then runs at normal speed), so
     * that a test can put cases' due dates behind it. Unset in production.
     */
    clockStart: env.CLOCK_START,
  };
}

/** The clock: real time, or real time moved to start at `clockStart`. */
export function makeClock(clockStart) {
  if (!clockStart) return () => new Date().toISOString();
  const start = Date.parse(clockStart);
  if (Number.isNaN(start)) throw new Error(`CLOCK_START is not an instant: ${clockStart}`);
  const offset = start - Date.now();
  return () => new Date(Date.now() + offset).toISOString();
}
