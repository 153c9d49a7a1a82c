/**
 * Whole-number values (days) counted in a histogram, so that the median and p90 of a million
 * values need no array of a million numbers.
 */
export class Histogram {
  private readonly counts = new Map<number, number>();
  private sum = 0;
  count = 0;

  add(value: number): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    this.sum += value;
    this.count += 1;
  }

  mean(): number | null {
    return this.count === 0 ? null : this.sum / this.count;
  }

  /** The k-th smallest value, 1-based. */
  private nth(k: number): number {
    let seen = 0;
    for (const value of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(value)!;
      if (seen >= k) return value;
    }
    throw new RangeError(`nth(${k}) of ${this.count}`);
  }

  /** The middle value; of an even count, the mean of the two middle values. */
  median(): number | null {
    if (this.count === 0) return null;
    const half = this.count / 2;
    return this.count % 2 === 1 ? this.nth(Math.ceil(half)) : (this.nth(half) + this.nth(half + 1)) / 2;
  }

  /** Counts in buckets `width` wide, from 0 to the largest value: [{ from, to, count }]. */
  buckets(width: number): { from: number; to: number; count: number }[] {
    if (this.count === 0) return [];
    const max = Math.max(...this.counts.keys());
    const out = Array.from({ length: Math.floor(Math.max(0, max) / width) + 1 }, (_, i) => ({ from: i * width, to: i * width + width - 1, count: 0 }));
    for (const [value, count] of this.counts) out[Math.floor(Math.max(0, value) / width)]!.count += count;
    return out;
  }

  /** Nearest rank: the ⌈percent/100 · n⌉-th smallest value (in whole numbers, so 90 % of 30 is the 27th). */
  percentile(percent: number): number | null {
    return this.count === 0 ? null : this.nth(Math.max(1, Math.ceil((percent * this.count) / 100)));
  }
}
