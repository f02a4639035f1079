// Answers of pure functions kept between calls: the daily run asks about the same few
// hundred days for every customer. Entries are filed by group and key (a country and a
// date, say), which needs no joined key string and so can never mix two questions up.
// Everything is forgotten once `maxEntries` are held, so a server running for months
// keeps only what it asked about lately, never every day it was ever asked about.

export type BoundedCache<V> = {
  get(group: string, key: string): V | undefined;
  /** Keeps the answer and returns it, first forgetting everything when the cache is full. */
  set(group: string, key: string, value: V): V;
  readonly size: number;
  readonly maxEntries: number;
};

/** An empty cache of at most `maxEntries` answers. */
export function boundedCache<V>(maxEntries: number): BoundedCache<V> {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error(`a cache holds at least one entry, got ${maxEntries}`);
  const groups = new Map<string, Map<string, V>>();
  let size = 0;
  return {
    get: (group, key) => groups.get(group)?.get(key),
    set(group, key, value) {
      if (size >= maxEntries) {
        groups.clear();
        size = 0;
      }
      let entries = groups.get(group);
      if (!entries) groups.set(group, (entries = new Map()));
      if (!entries.has(key)) size++;
      entries.set(key, value);
      return value;
    },
    get size() {
      return size;
    },
    maxEntries,
  };
}
