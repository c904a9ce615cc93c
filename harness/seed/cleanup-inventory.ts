import type { AdminClient } from '../magento/admin-client.ts';
import type { CleanupReport } from './cleanup.ts';
import type { Namespace } from './namespace.ts';
import { messageOf } from './rest-errors.ts';
import type { StockLink, TargetStock } from './stock-links.ts';

/**
 * The inventory half of cleanup: the run's sources are disabled (and no longer pickup locations),
 * their links to the merchant's stocks (`--share-stocks`) deleted, and the run's own stocks deleted.
 * Magento refuses to delete a link of the Default Stock and a stock that still sells to a website:
 * those are left, with Magento's reason; a disabled source counts in no stock's salable quantity.
 * @see magento-rest.md §7 (no DELETE for sources; delete refusals)
 */
type Source = Record<string, unknown> & {
  source_code: string;
  enabled: boolean;
  extension_attributes?: Record<string, unknown>;
};

export async function cleanupInventory(
  client: AdminClient,
  ns: Namespace,
  report: CleanupReport,
): Promise<void> {
  const sources = (
    await client.searchAll<Source>('/V1/inventory/sources', [['source_code', ns.patterns.source, 'like']])
  ).filter((s) => ns.fromSource(s.source_code) !== undefined && s.source_code !== 'default');
  for (const s of sources) {
    const pickup = Boolean(s.extension_attributes?.['is_pickup_location_active']);
    if (!s.enabled && !pickup) continue;
    const source = {
      ...s,
      enabled: false,
      extension_attributes: { ...s.extension_attributes, is_pickup_location_active: false },
    };
    try {
      await client.put(`/V1/inventory/sources/${encodeURIComponent(s.source_code)}`, { source });
      report.disabled.push(`source ${s.source_code}`);
    } catch (err) {
      report.left.push({ what: `source ${s.source_code}`, why: messageOf(err) });
    }
  }
  const stocks = await client.searchAll<TargetStock>('/V1/inventory/stocks');
  const own = (st: TargetStock | undefined) => st !== undefined && ns.fromCode(st.name) !== undefined;
  const codes = new Set(sources.map((s) => s.source_code));
  const links = (await client.searchAll<StockLink>('/V1/inventory/stock-source-links')).filter(
    (l) => codes.has(l.source_code) && !own(stocks.find((st) => st.stock_id === l.stock_id)),
  );
  for (const l of links) {
    const what = `link of source ${l.source_code} to stock ${l.stock_id}`;
    try {
      await client.post('/V1/inventory/stock-source-links-delete', {
        links: [{ stock_id: l.stock_id, source_code: l.source_code }],
      });
      report.deleted.push(what);
    } catch (err) {
      report.left.push({
        what,
        why: `${messageOf(err)} (the source is disabled, so it adds nothing to the stock)`,
      });
    }
  }
  for (const st of stocks.filter(own)) {
    try {
      await client.call('DELETE', `/V1/inventory/stocks/${st.stock_id}`);
      report.deleted.push(`stock ${st.name}`);
    } catch (err) {
      report.left.push({ what: `stock ${st.name}`, why: messageOf(err) });
    }
  }
}
