/**
 * validateParallel(): validateBatch on every core. Applications go to worker threads in chunks and
 * their results come back in input order; at most a few chunks per worker are outstanding, so a
 * source of millions is read only as fast as results are taken and memory stays flat. Where
 * workers are unavailable (no worker_threads, a rule set that was not compiled from documents, or
 * jobs: 0) it validates in this thread; a chunk a worker cannot take is done here too.
 */
import { availableParallelism } from 'node:os';
import { checkToday } from '../../check-application.js';
import { batchStore, type BatchOptions } from '../../batch/validate-batch.js';
import { createValidationSummary, type ValidationSummary } from '../../batch/validation-summary.js';
import { getBundledPolicies } from '../../policy/bundled-policies.js';
import { assertPolicySet, type PolicySet } from '../../policy/compile-policies.js';
import { policySetSource } from '../../policy/policy-set-source.js';
import type { TransferResult } from '../../result.js';
import { validateWith } from '../../validate-transfer.js';
import type { PoolTask, WorkerReply, WorkerSetup } from './protocol.js';
import { validateLineBytes } from './validate-lines.js';
import { inOrder, WorkerPool } from './worker-pool.js';

export interface ParallelOptions extends BatchOptions {
  /**
   * Worker threads. By default one fewer than the machine's cores (this thread reads the source and
   * takes the results), at most 8 — and none on a machine of one or two cores, where copying
   * results between threads costs more than a second thread gives. 0 validates in this thread.
   */
  jobs?: number;
  /** Applications per message to a worker (200 by default): larger chunks cost less per application, smaller ones keep the order flowing. */
  chunkSize?: number;
  /** Chunks outstanding per worker (2 by default): what keeps memory bounded. */
  chunksPerWorker?: number;
}

export interface ParallelValidation extends AsyncIterableIterator<TransferResult> {
  /** The figures of the results yielded so far. */
  readonly summary: ValidationSummary;
  /** Results yielded so far. */
  readonly count: number;
  /** Worker threads in use (0 before the first result, and when validating in this thread). */
  readonly threads: number;
}

function wholeNumber(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || (value as number) < min) throw new TypeError(`validateParallel: ${name} must be a whole number ≥ ${min}, got ${String(value)}`);
  return value as number;
}

/** What a pool needs, checked once: a programmer's mistake throws before any work. */
export interface PoolPlan {
  set: PolicySet;
  setup: WorkerSetup;
  jobs: number;
  chunkSize: number;
  limit: number;
  /** Does one chunk in this thread. */
  local: (task: PoolTask) => WorkerReply;
}

export function planPool(givenOptions: ParallelOptions | undefined): PoolPlan {
  const options = givenOptions ?? {};
  const set = options.policies ?? getBundledPolicies();
  if (options.policies !== undefined) assertPolicySet(set);
  checkToday(options.today);
  const source = set === getBundledPolicies() ? undefined : policySetSource(set);
  const transferable = set === getBundledPolicies() || source !== undefined;
  const cores = availableParallelism();
  const jobs = transferable ? wholeNumber(options.jobs, 'jobs', cores > 2 ? Math.min(8, cores - 1) : 0, 0) : 0;
  const chunkSize = wholeNumber(options.chunkSize, 'chunkSize', 200, 1);
  const perWorker = wholeNumber(options.chunksPerWorker, 'chunksPerWorker', 2, 1);
  const plans = batchStore(options.planCacheSize, 'validateParallel');
  const validateOptions = { today: options.today, locale: options.locale };
  const validate = (application: unknown) => validateWith(application, validateOptions, set, plans);
  return {
    set,
    setup: { source, version: set.version, today: options.today, locale: options.locale, planCacheSize: options.planCacheSize },
    jobs,
    chunkSize,
    limit: Math.max(1, jobs) * perWorker,
    local: (task) =>
      task.kind === 'lines'
        ? { id: 0, kind: 'lines', ...validateLineBytes(task, validate, set, options.locale, task.output) }
        : { id: 0, kind: 'applications', results: task.applications.map(validate) },
  };
}

/**
 * The source in chunks. A sync iterable is read synchronously: `for await` would await each
 * application, reading its `then` — and an application's getters are not ours to run.
 */
function chunksOf<T>(source: AsyncIterable<T> | Iterable<T>, size: number): AsyncIterable<T[]> | Iterable<T[]> {
  if (Symbol.asyncIterator in source) {
    return (async function* () {
      let chunk: T[] = [];
      for await (const item of source) {
        chunk.push(item);
        if (chunk.length >= size) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length > 0) yield chunk;
    })();
  }
  return (function* () {
    let chunk: T[] = [];
    for (const item of source) {
      chunk.push(item);
      if (chunk.length >= size) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
  })();
}

/**
 * Validates many applications on worker threads, yielding each result in input order.
 * @example
 * const run = validateParallel(readApplications(), { today: '2026-11-20', jobs: 4 });
 * for await (const result of run) store(result);
 * console.log(run.summary.withErrors, 'with errors on', run.threads, 'threads');
 */
export function validateParallel(applications: Iterable<unknown> | AsyncIterable<unknown>, options?: ParallelOptions): ParallelValidation {
  const iterable =
    applications !== null &&
    typeof applications === 'object' &&
    (typeof (applications as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' || typeof (applications as Iterable<unknown>)[Symbol.iterator] === 'function');
  if (!iterable) throw new TypeError('validateParallel: expected an array, an iterable or an async iterable of applications');
  const plan = planPool(options);
  const figures = createValidationSummary({ locale: options?.locale });
  let count = 0;
  let threads = 0;

  async function* run(): AsyncGenerator<TransferResult> {
    const pool = await WorkerPool.start(plan.jobs, plan.setup, plan.local);
    threads = pool.threads;
    try {
      const answers = inOrder(chunksOf(applications, plan.chunkSize), (chunk) => pool.run({ kind: 'applications', applications: chunk }), plan.limit);
      for await (const reply of answers) {
        if (reply.kind !== 'applications') continue;
        for (const result of reply.results) {
          figures.add(result);
          count++;
          yield result;
        }
      }
    } finally {
      await pool.close();
    }
  }

  const results = run();
  return Object.defineProperties(results, {
    summary: { get: () => figures.result() },
    count: { get: () => count },
    threads: { get: () => threads },
  }) as ParallelValidation;
}
