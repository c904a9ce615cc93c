import type { SaleResult, SyncReport } from '../../../contracts/driver.ts';
import { MagentoRejection } from '../errors.ts';
import type { Till } from './till.ts';

/**
 * `sync()`: replays the queue in order (queue.ts), with the session's conflict policy, and
 * reports what landed (`synced`), what met a stock conflict and how it was resolved
 * (`conflicts`), what was held for another reason or could not be sent (`failed`), and what is
 * still queued (`remaining`). A register opened offline first re-pulls its catalog.
 */
export async function sync(till: Till): Promise<SyncReport> {
  till.conflicts = [];
  try {
    await till.refreshIfStale();
  } catch (e) {
    till.noteFailure(e, 'catalog refresh before sync');
  }
  const report = await till.shop.queue.replay(till.send);
  const conflicted = new Set(till.conflicts.filter((c) => c.resolution === 'held').map((c) => c.saleId));
  const failed: SyncReport['failed'] = report.held
    .filter((h) => !conflicted.has(h.saleId))
    .map((h) => ({ saleId: h.saleId, reason: h.reason }));
  for (const h of report.held.filter((x) => !conflicted.has(x.saleId))) {
    till.shop.alerts.raise('order-error', `queued sale ${h.saleId} held for review: ${h.reason}`);
  }
  if (report.stopped) {
    const { saleId, error } = report.stopped;
    failed.push({ saleId, reason: reasonOf(error) });
    till.noteFailure(error, `sync stopped at sale ${saleId}`);
  } else {
    till.markOnline();
  }
  for (const p of report.placed) till.placedOrders.delete(p.saleId);
  till.lastSyncAt = new Date(till.shop.now()).toISOString();
  return {
    synced: report.placed.map((p) => ({ saleId: p.saleId, orderNumber: p.orderNumber })),
    conflicts: till.conflicts,
    failed,
    remaining: report.remaining,
  };
}

/** A person releases a held sale: it is placed now, stock adjusted to zero if it still conflicts. */
export async function release(till: Till, saleId: string): Promise<SaleResult> {
  const { queue } = till.shop;
  await queue.release(saleId);
  till.released.add(saleId);
  try {
    const report = await queue.sendOne(saleId, till.send);
    const placed = report.placed.find((p) => p.saleId === saleId);
    if (placed) {
      till.markOnline();
      return { status: 'completed', saleId, orderNumber: placed.orderNumber, orderId: placed.orderId };
    }
    const held = report.held.find((h) => h.saleId === saleId);
    if (held) return { status: 'declined', saleId, reason: `held again: ${held.reason}` };
    till.noteFailure(report.stopped?.error, `released sale ${saleId} is queued`);
    return { status: 'queued-offline', saleId, reason: reasonOf(report.stopped?.error) };
  } finally {
    till.released.delete(saleId);
  }
}

function reasonOf(e: unknown): string {
  if (e instanceof MagentoRejection) return e.renderedMessage;
  return e instanceof Error ? e.message : String(e);
}
