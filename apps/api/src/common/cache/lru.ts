/**
 * A map bounded by entry count and by bytes (each entry's size as the caller estimates it), dropping the
 * least recently used first. A JavaScript Map keeps insertion order: a hit is moved to the end, eviction
 * takes from the front. Every operation is O(1) (eviction amortised).
 */
export class BoundedLru<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private used = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The estimated bytes held. */
  get bytes(): number {
    return this.used;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keep `value`; one larger than the whole budget is not kept (and evicts nothing). */
  set(key: string, value: V, size: number): void {
    this.delete(key);
    if (this.maxEntries <= 0 || size > this.maxBytes) return;
    this.entries.set(key, { value, size });
    this.used += size;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.size;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.size;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }
}
