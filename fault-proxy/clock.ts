/**
 * Time for toxics: a monotonic clock in milliseconds and a timer that never fires early. Node's
 * timers are scheduled from the event loop's cached time and can fire up to a few milliseconds
 * before the delay has really passed; toxics promise lower bounds, so `after` checks the clock and
 * waits out the remainder (sub-millisecond remainders spin on setImmediate).
 */
export const now = (): number => performance.now();

/** Calls `fn` once at least `ms` milliseconds have passed; returns a cancel function. */
export function after(ms: number, fn: () => void): () => void {
  const deadline = now() + ms;
  let timeout: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  const tick = (): void => {
    timeout = undefined;
    immediate = undefined;
    const left = deadline - now();
    if (left <= 0) fn();
    else if (left < 1) immediate = setImmediate(tick);
    else timeout = setTimeout(tick, left);
  };
  if (ms <= 0) immediate = setImmediate(tick);
  else tick();
  return () => {
    if (timeout) clearTimeout(timeout);
    if (immediate) clearImmediate(immediate);
  };
}
