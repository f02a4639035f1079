// Benchmark sizes as people write them on the command line and in file names.

/** "10k" → 10000, "1m" → 1000000, "2500" → 2500; null when it is no size of at least 10. */
export function parseSize(text: string): number | null {
  const m = /^(\d+)(k|m)?$/i.exec(text.trim());
  if (!m) return null;
  const unit = m[2]?.toLowerCase();
  const value = Number(m[1]) * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1);
  return value >= 10 ? value : null;
}

/** 10000 → "10k", 1000000 → "1m", 2500 → "2500". */
export function sizeLabel(size: number): string {
  return size % 1_000_000 === 0 ? `${size / 1_000_000}m` : size % 1_000 === 0 ? `${size / 1_000}k` : String(size);
}
