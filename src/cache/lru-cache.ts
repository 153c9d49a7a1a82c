/**
 * A bounded map that forgets a little-used entry when full: the CLOCK approximation of LRU. A hit
 * only marks its entry (a lookup stays one Map.get on the hot path); when the map is full, entries
 * are taken oldest first, and one marked since it was last looked at gets a second chance at the
 * back instead of being forgotten.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; used: boolean }>();

  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = true;
    return entry.value;
  }

  set(key: K, value: V): void {
    if (this.capacity <= 0) return;
    const existing = this.entries.get(key);
    if (existing) {
      existing.value = value;
      existing.used = true;
      return;
    }
    while (this.entries.size >= this.capacity) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [K, { value: V; used: boolean }];
      this.entries.delete(oldestKey);
      if (oldest.used) {
        oldest.used = false;
        this.entries.set(oldestKey, oldest);
      }
    }
    this.entries.set(key, { value, used: false });
  }

  clear(): void {
    this.entries.clear();
  }
}
