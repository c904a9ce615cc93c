/**
 * Parses an HTTP `Retry-After` header (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.
 * Magento's own 429 sends none; Fastly and other CDNs in front of Magento often do.
 * @see docs/register.md "429 back-off"; magento-rest.md §17
 * @returns the wait in milliseconds (never negative), or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined | null, nowMs: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // Some servers send fractional seconds; accept them rather than ignore the hint.
  if (/^\d+\.\d+$/.test(v)) return Math.ceil(Number(v) * 1000);
  if (!/[a-z]/i.test(v)) return undefined;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
