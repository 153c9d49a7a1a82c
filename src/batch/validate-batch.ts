/**
 * validateBatch(): validateTransfer over many applications — an array, any iterable, or an async
 * iterable such as a stream of parsed lines — yielding each result in input order. The batch
 * checks its options once, keeps its own plan cache (larger than the shared one, and dropped when
 * the batch ends), computes a result only when the consumer asks for the next one, and keeps
 * figures as it goes.
 */
import { PlanStore } from '../engine/plan-store.js';
import { checkToday } from '../check-application.js';
import { getBundledPolicies } from '../policy/bundled-policies.js';
import { assertPolicySet, type PolicySet } from '../policy/compile-policies.js';
import type { TransferResult } from '../result.js';
import { validateWith, type ValidateOptions } from '../validate-transfer.js';
import { createValidationSummary, type ValidationSummary, type ValidationSummaryBuilder } from './validation-summary.js';

export interface BatchOptions extends ValidateOptions {
  /**
   * By default a batch shares the rule set's plans with every other call (warm from the start,
   * and bounded). Give a number to keep a store of the batch's own with room for that many plans
   * (and 20 outcomes each on average), dropped when the batch ends.
   */
  planCacheSize?: number;
}

interface BatchState {
  /** The figures of the results yielded so far. */
  readonly summary: ValidationSummary;
  /** Results yielded so far. */
  readonly count: number;
}

export interface ValidationBatch extends IterableIterator<TransferResult>, BatchState {}
export interface AsyncValidationBatch extends AsyncIterableIterator<TransferResult>, BatchState {}

/** A batch's own store when planCacheSize is given (gone with the batch); else undefined, for the rule set's shared store. */
export function batchStore(planCacheSize: number | undefined, who = 'validateBatch'): PlanStore | undefined {
  if (planCacheSize === undefined) return undefined;
  if (!Number.isSafeInteger(planCacheSize) || planCacheSize < 0) throw new TypeError(`${who}: planCacheSize must be a whole number ≥ 0, got ${String(planCacheSize)}`);
  return new PlanStore({ plans: planCacheSize, outcomes: planCacheSize * 20 });
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function';
}

/** The options checked once for the whole batch; a programmer's mistake throws before any work. */
class Validator implements BatchState {
  private readonly options: ValidateOptions;
  private readonly set: PolicySet;
  private readonly plans: PlanStore | undefined;
  private readonly figures: ValidationSummaryBuilder;
  count = 0;

  constructor(givenOptions: BatchOptions | undefined) {
    const options = givenOptions ?? {};
    this.options = options;
    this.set = options.policies ?? getBundledPolicies();
    if (options.policies !== undefined) assertPolicySet(this.set);
    checkToday(options.today);
    this.plans = batchStore(options.planCacheSize);
    this.figures = createValidationSummary({ locale: options.locale });
  }

  get summary(): ValidationSummary {
    return this.figures.result();
  }

  validate(application: unknown): TransferResult {
    const result = validateWith(application, this.options, this.set, this.plans);
    this.figures.add(result);
    this.count++;
    return result;
  }
}

class SyncBatch extends Validator implements ValidationBatch {
  constructor(
    private readonly source: Iterator<unknown>,
    options: BatchOptions | undefined,
  ) {
    super(options);
  }

  next(): IteratorResult<TransferResult> {
    const step = this.source.next();
    return step.done ? { done: true, value: undefined } : { done: false, value: this.validate(step.value) };
  }

  return(): IteratorResult<TransferResult> {
    this.source.return?.();
    return { done: true, value: undefined };
  }

  [Symbol.iterator](): this {
    return this;
  }
}

class AsyncBatch extends Validator implements AsyncValidationBatch {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    options: BatchOptions | undefined,
  ) {
    super(options);
  }

  async next(): Promise<IteratorResult<TransferResult>> {
    const step = await this.source.next();
    return step.done ? { done: true, value: undefined } : { done: false, value: this.validate(step.value) };
  }

  async return(): Promise<IteratorResult<TransferResult>> {
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * Validates many applications, yielding each result in input order; `.summary` has the figures of
 * what was yielded so far. An application that is broken in any way gets its result like any
 * other; an iterable that throws stops the batch with its own error.
 * @example
 * const batch = validateBatch(applications, { today: '2026-11-20' });
 * for (const result of batch) if (!result.ok) console.log(result.issues[0]?.message);
 * console.log(batch.summary.withErrors);
 */
export function validateBatch(applications: Iterable<unknown>, options?: BatchOptions): ValidationBatch;
export function validateBatch(applications: AsyncIterable<unknown>, options?: BatchOptions): AsyncValidationBatch;
export function validateBatch(
  applications: Iterable<unknown> | AsyncIterable<unknown>,
  options?: BatchOptions,
): ValidationBatch | AsyncValidationBatch {
  if (isAsyncIterable(applications)) return new AsyncBatch(applications[Symbol.asyncIterator](), options);
  if (isIterable(applications)) return new SyncBatch(applications[Symbol.iterator](), options);
  throw new TypeError('validateBatch: expected an array, an iterable or an async iterable of applications');
}
