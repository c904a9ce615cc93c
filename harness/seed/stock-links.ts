import type { Scenario } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import { seeding } from './rest-errors.ts';
import type { SeedLog } from './seed-report.ts';
import { usedSourceCodes } from './seed-sources.ts';

/**
 * Stock-source links (`GET|POST /V1/inventory/stock-source-links`): linking the run's sources to a
 * stock, and checking that a source the scenario stocks outside its own stocks (the Default Source
 * in single-source mode) is linked to the stock its websites sell from.
 */
export interface TargetStock {
  stock_id: number;
  name: string;
  extension_attributes?: { sales_channels?: Array<{ type: string; code: string }> };
}
export interface StockLink {
  stock_id: number;
  source_code: string;
  priority: number;
}

export function readLinks(client: AdminClient): Promise<StockLink[]> {
  return seeding('stock-source links', () => client.searchAll<StockLink>('/V1/inventory/stock-source-links'));
}

/**
 * Links `sources` to `stock` (an upsert). With `after`, priorities are placed after the stock's
 * other sources so the stock's own source order is untouched, and an existing link is kept as is.
 */
export async function linkSources(
  client: AdminClient,
  stock: TargetStock,
  sources: Array<{ source_code: string; priority: number }>,
  links: StockLink[],
  after: boolean,
): Promise<{ created: StockLink[]; kept: StockLink[] }> {
  const ofStock = links.filter((l) => l.stock_id === stock.stock_id);
  const mine = new Set(sources.map((s) => s.source_code));
  const base = after
    ? Math.max(0, ...ofStock.filter((l) => !mine.has(l.source_code)).map((l) => l.priority))
    : 0;
  const kept: StockLink[] = [];
  const created: StockLink[] = [];
  for (const s of sources) {
    const have = ofStock.find((l) => l.source_code === s.source_code);
    const want = { stock_id: stock.stock_id, source_code: s.source_code, priority: base + s.priority };
    if (have && (after || have.priority === want.priority)) kept.push(have);
    else created.push(want);
  }
  if (created.length > 0) {
    await seeding(`links of stock "${stock.name}"`, () =>
      client.post('/V1/inventory/stock-source-links', { links: created }),
    );
    links.push(...created);
  }
  return { created, kept };
}

/**
 * A source the scenario stocks but links to none of its stocks must already be linked to the stock
 * each of the scenario's websites sells from (else its quantities are salable nowhere).
 */
export async function checkUnlinkedSources(
  client: AdminClient,
  sc: Scenario,
  sources: Map<string, string>,
  log: SeedLog,
): Promise<void> {
  const inStocks = new Set(sc.stocks.flatMap((s) => s.sources.map((l) => l.source_code)));
  const loose = [...usedSourceCodes(sc)].filter((c) => !inStocks.has(c) && sources.has(c));
  if (loose.length === 0) return;
  const stocks = await seeding('stocks', () => client.searchAll<TargetStock>('/V1/inventory/stocks'));
  const links = await readLinks(client);
  for (const website of Object.keys(log.report.websites)) {
    const seller = stocks.find((s) =>
      s.extension_attributes?.sales_channels?.some((c) => c.code === website),
    );
    for (const code of loose) {
      const target = sources.get(code) as string;
      if (seller && links.some((l) => l.stock_id === seller.stock_id && l.source_code === target)) continue;
      log.missing(
        `source ${code} in the stock of website ${website}`,
        seller
          ? `source "${target}" holds the scenario's stock but is not linked to stock "${seller.name}" (id ${seller.stock_id}), which website "${website}" sells from`
          : `website "${website}" sells from no stock`,
      );
    }
  }
}
