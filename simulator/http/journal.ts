/**
 * The request journal: every request the simulator saw, newest last, in a bounded ring. Steps
 * assert on it (e.g. "no request went unhandled") and failed scenarios attach it.
 */
export interface JournalEntry {
  seq: number;
  at: number;
  method: string;
  /** The URL as requested, including the query string. */
  url: string;
  status: number;
  /** The route's Magento path (`/V1/products/:sku`), or null when no route matched. */
  route: string | null;
  unhandled: boolean;
  user: string;
  storeCode: string | null;
  durationMs: number;
  /** The error message sent, if any. */
  error?: string;
  /** The real cause of a masked 500. */
  internalError?: string;
  requestBody?: unknown;
  fault?: string;
}

export class Journal {
  private entries: JournalEntry[] = [];
  private seq = 0;
  constructor(private readonly capacity = 5000) {}

  add(entry: Omit<JournalEntry, 'seq'>): void {
    this.entries.push({ ...entry, seq: ++this.seq });
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }
  list(filter?: { unhandled?: boolean; since?: number }): JournalEntry[] {
    return this.entries.filter(
      (e) =>
        (filter?.unhandled === undefined || e.unhandled === filter.unhandled) &&
        (filter?.since === undefined || e.seq > filter.since),
    );
  }
  clear(): void {
    this.entries = [];
  }
}
