/** The messages between validateParallel (or `validate --ndjson --jobs N`) and its worker threads. */
import type { Locale } from '../../issues.js';
import type { PolicySetSource } from '../../policy/policy-set-source.js';
import type { TransferResult } from '../../result.js';
import type { ByteLineChunk } from './line-chunks.js';

export interface WorkerSetup {
  /** The rule set to compile, or undefined for the bundled rules. */
  source: PolicySetSource | undefined;
  /** The version the parent's set has: the worker refuses to work with any other. */
  version: string;
  today: string | undefined;
  locale: Locale | undefined;
  planCacheSize: number | undefined;
}

/** What `validate --ndjson` writes per application: the whole result, or its outcome only. */
export type LineOutput = 'full' | 'summary';

export type WorkerTask =
  | { id: number; kind: 'applications'; applications: unknown[] }
  | ({ id: number; kind: 'lines'; output: LineOutput } & ByteLineChunk);

export type WorkerReply =
  | { id: number; kind: 'applications'; results: TransferResult[] }
  | { id: number; kind: 'lines'; bytes: Uint8Array; results: number; failed: number }
  | { id: -1; kind: 'failed'; message: string };

/** A task before the pool gives it an id. */
export type PoolTask = { kind: 'applications'; applications: unknown[] } | ({ kind: 'lines'; output: LineOutput } & ByteLineChunk);
