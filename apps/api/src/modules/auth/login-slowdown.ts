/**
 * Failed sign-ins on one account from any address slow its sign-ins down instead of refusing them, so a
 * stranger cannot lock the owner out: the owner's right password still works, after a short wait.
 */
export interface SlowdownRule {
  /** Failures inside the window that cost nothing. */
  freeFailures: number;
  windowSeconds: number;
  /** Wait after the first failure beyond the free ones; it doubles with each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** From the 5th failure in 15 minutes on, each attempt waits min(250 ms × 2^(n−5), 5 s). */
export const ACCOUNT_SLOWDOWN: SlowdownRule = { freeFailures: 5, windowSeconds: 900, baseDelayMs: 250, maxDelayMs: 5_000 };

/** How long an attempt on an account with `failures` recent failures waits before its password is checked. */
export function slowdownDelayMs(failures: number, rule: SlowdownRule): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 30);
  return Math.min(rule.baseDelayMs * 2 ** doublings, rule.maxDelayMs);
}
