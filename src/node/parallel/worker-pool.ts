/**
 * A pool of validation workers that answers chunks in the order they were given. Each chunk goes
 * to the worker with the fewest chunks outstanding; what a worker cannot take (it failed to start,
 * it died, or the chunk cannot be copied to it) is done in this thread instead, so nothing is lost.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker as WorkerType } from 'node:worker_threads';
import type { PoolTask as Task, WorkerReply, WorkerSetup, WorkerTask } from './protocol.js';

interface Slot {
  worker: WorkerType;
  /** Chunks sent and not yet answered, by id. */
  waiting: Map<number, { task: Task; resolve: (reply: WorkerReply) => void }>;
  alive: boolean;
}

/** The worker's file beside this module: .js or .cjs as built, or the TypeScript source under tsx. */
function workerEntry(): { file: string; execArgv?: string[] } | undefined {
  const here = import.meta.url;
  const extension = here.endsWith('.cjs') ? '.cjs' : here.endsWith('.ts') ? '.ts' : '.js';
  const name = here.endsWith('.ts') ? './validate-worker.ts' : `./validate-worker${extension}`;
  const file = fileURLToPath(new URL(name, here));
  if (!existsSync(file)) return undefined;
  return extension === '.ts' ? { file, execArgv: ['--import', 'tsx'] } : { file };
}

const WORKER_OLD_SPACE_MB = 160;
const WORKER_YOUNG_SPACE_MB = 16;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  /**
   * @param local does a chunk in this thread: the fallback for anything a worker cannot do.
   */
  private constructor(
    private readonly local: (task: Task) => WorkerReply,
    private readonly onFailure: (message: string) => void,
  ) {}

  /** A pool of `size` workers, or of none when workers are unavailable here (then every chunk is done in this thread). */
  static async start(size: number, setup: WorkerSetup, local: (task: Task) => WorkerReply, onFailure: (message: string) => void = () => {}): Promise<WorkerPool> {
    const pool = new WorkerPool(local, onFailure);
    const entry = workerEntry();
    if (size < 1 || !entry) return pool;
    let Worker: typeof WorkerType;
    try {
      ({ Worker } = await import('node:worker_threads'));
    } catch {
      return pool;
    }
    for (let i = 0; i < size; i++) {
      try {
        const worker = new Worker(entry.file, {
          workerData: setup,
          // A worker's rules and plans hold some 60–90 MB: room for that and its work, and a bound
          // (a worker that runs out hands its chunks to this thread).
          resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_SPACE_MB },
          ...(entry.execArgv ? { execArgv: entry.execArgv } : {}),
        });
        worker.unref();
        const slot: Slot = { worker, waiting: new Map(), alive: true };
        worker.on('message', (reply: WorkerReply) => {
          if (reply.kind === 'failed') return pool.retire(slot, reply.message);
          const entry = slot.waiting.get(reply.id);
          if (!entry) return;
          slot.waiting.delete(reply.id);
          entry.resolve(reply);
        });
        worker.on('error', (error) => pool.retire(slot, error.message));
        worker.on('exit', (code) => pool.retire(slot, `it exited with code ${code}`));
        pool.slots.push(slot);
      } catch {
        // This worker could not start: the others, or this thread, do its share.
      }
    }
    return pool;
  }

  /** Workers alive. */
  get threads(): number {
    return this.slots.filter((s) => s.alive).length;
  }

  /** A worker that died hands its outstanding chunks to this thread. */
  private retire(slot: Slot, why: string): void {
    if (!slot.alive) return;
    slot.alive = false;
    this.onFailure(`a worker thread stopped (${why}); its work goes on in the main thread`);
    for (const { task, resolve } of slot.waiting.values()) resolve(this.local(task));
    slot.waiting.clear();
    void slot.worker.terminate();
  }

  /** The answer to one chunk. */
  run(task: Task): Promise<WorkerReply> {
    let best: Slot | undefined;
    for (const slot of this.slots) if (slot.alive && (!best || slot.waiting.size < best.waiting.size)) best = slot;
    if (!best) return Promise.resolve(this.local(task));
    const id = this.nextId++;
    const slot = best;
    return new Promise((resolve) => {
      slot.waiting.set(id, { task, resolve });
      slot.worker.ref();
      try {
        slot.worker.postMessage({ ...task, id } as WorkerTask);
      } catch {
        // Not copyable to a thread (functions, getters that throw, proxies): done here instead.
        slot.waiting.delete(id);
        resolve(this.local(task));
      }
    }).finally(() => {
      if (slot.waiting.size === 0) slot.worker.unref();
    }) as Promise<WorkerReply>;
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.alive = false;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/**
 * The answers to a stream of chunks, in order, with at most `limit` chunks outstanding: the
 * source is read only as fast as answers are taken.
 */
export async function* inOrder<C, A>(chunks: AsyncIterable<C> | Iterable<C>, answer: (chunk: C) => Promise<A>, limit: number): AsyncGenerator<A> {
  const pending: Promise<A>[] = [];
  const source = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : (chunks as Iterable<C>)[Symbol.iterator]();
  let done = false;
  try {
    for (;;) {
      while (!done && pending.length < limit) {
        const step = await source.next();
        if (step.done) done = true;
        else pending.push(answer(step.value));
      }
      if (pending.length === 0) return;
      yield await pending.shift()!;
    }
  } finally {
    if (!done) await source.return?.();
  }
}
