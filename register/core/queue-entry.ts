import { z } from 'zod';
import { Sale } from '../../contracts/driver.ts';

/**
 * One sale in the offline queue, and the record format of its log. The log is append-only and
 * each record is the entry's complete new version, so folding the log (last record per sale wins)
 * rebuilds the queue, and a compacted log is simply one record per sale.
 * Records are validated when read back: a queue that cannot be read must fail loudly, not start
 * empty (that would lose the shop's offline sales).
 */
export const QueueState = z.enum(['queued', 'placing', 'placed', 'held', 'voided']);
export type QueueState = z.infer<typeof QueueState>;

export const QueueEntry = z.strictObject({
  saleId: z.string().min(1),
  /** Position in the queue: replay goes by increasing seq (gaps are allowed). */
  seq: z.number().int().nonnegative(),
  sale: Sale,
  state: QueueState,
  /** Magento cart (quote) id, persisted before the order is placed: the key to exactly-once. */
  cartId: z.union([z.number().int(), z.string().min(1)]).optional(),
  orderId: z.number().int().optional(),
  orderNumber: z.string().optional(),
  heldReason: z.string().optional(),
  voidReason: z.string().optional(),
  /** Placement attempts started (a crash mid-attempt still counts). */
  attempts: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;
export type QueueRecord = QueueEntry;

/** A queue that cannot be read, or a transition the entry's state does not allow. */
export class QueueError extends Error {
  override name = 'QueueError';
}

/** Rebuilds the queue from its log: validated, last version of each sale wins. */
export function foldRecords(records: unknown[]): Map<string, QueueEntry> {
  const entries = new Map<string, QueueEntry>();
  records.forEach((record, i) => {
    const parsed = QueueEntry.safeParse(record);
    if (!parsed.success) {
      throw new QueueError(`queue record ${i + 1} is invalid: ${z.prettifyError(parsed.error)}`);
    }
    entries.set(parsed.data.saleId, parsed.data);
  });
  return entries;
}

/** States the replay still has to send: never sent, or sent with an unknown outcome. */
export function isPending(e: QueueEntry): boolean {
  return e.state === 'queued' || e.state === 'placing';
}
