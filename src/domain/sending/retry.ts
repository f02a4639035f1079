// How often a message that could not go is tried again: soon at first (a server
// restarting), then less and less often, and after a day of failures a person looks at it.

/** Minutes to wait after the n-th failed attempt (1-based). */
const backoffMinutes = [1, 5, 15, 60, 180, 480];

/** Attempts before the sender gives up and raises a task. */
export const maxSendAttempts = backoffMinutes.length + 1;

/** When to try again after `attempts` failed attempts; null when it is time to give up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= maxSendAttempts) return null;
  const minutes = backoffMinutes[Math.max(0, attempts - 1)]!;
  return new Date(now.getTime() + minutes * 60_000);
}
