/**
 * A fixed-window rate limiter kept in memory. Keys are opaque strings chosen by the caller;
 * they live only in this process's memory, for at most one window, and are never logged or stored.
 */
export type RateLimiter = {
  /** Counts one attempt; returns 0 when allowed, or the seconds to wait. */
  hit(key: string): number;
  /** Seconds to wait before `key` may try again (0 when it may), without counting an attempt. */
  check(key: string): number;
  reset(key: string): void;
};

export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  const current = (key: string) => {
    const at = now();
    const entry = windows.get(key);
    if (!entry || at - entry.start >= options.windowMs) return undefined;
    return entry;
  };
  const wait = (entry: { start: number }) => Math.max(1, Math.ceil((entry.start + options.windowMs - now()) / 1000));
  const sweep = () => {
    if (windows.size < 10_000) return;
    const at = now();
    for (const [key, entry] of windows) if (at - entry.start >= options.windowMs) windows.delete(key);
  };
  return {
    hit(key) {
      sweep();
      const entry = current(key);
      if (!entry) {
        windows.set(key, { start: now(), count: 1 });
        return 0;
      }
      entry.count += 1;
      return entry.count > options.limit ? wait(entry) : 0;
    },
    check(key) {
      const entry = current(key);
      return entry && entry.count >= options.limit ? wait(entry) : 0;
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
