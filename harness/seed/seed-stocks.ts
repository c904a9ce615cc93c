import type { Scenario, StockDef } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import type { Namespace } from './namespace.ts';
import { need } from './precondition.ts';
import { seeding } from './rest-errors.ts';
import type { SeedLog } from './seed-report.ts';
import type { SourceCodes } from './seed-sources.ts';
import { linkSources, readLinks, type StockLink, type TargetStock } from './stock-links.ts';

/**
 * MSI stocks (`POST /V1/inventory/stocks`, `POST /V1/inventory/stock-source-links`, §7).
 *
 * A website sells from exactly one stock, and moving it to another stock moves every order of a live
 * shop: posgate never relinks a website. Each scenario stock is planned against the stock its
 * websites sell from now:
 * - already this run's stock (a second seeding), or a website no stock sells to: this run's stock,
 *   created as `pg3f9a1c <name>` with the run's sources linked, sells to them;
 * - a stock of the merchant's (the Default Stock on a fresh install): reported missing, unless
 *   `shareStocks` is on, in which case the run's sources are linked to that stock (after its own
 *   sources, by priority) and the websites stay where they are. Only the run's SKUs have quantities
 *   in the run's sources, so the merchant's products sell as before. Two scenario stocks that would
 *   land in one merchant stock (their salable quantities would merge) stay reported.
 */
export interface StockOptions {
  shareStocks?: boolean;
}

type Plan = { kind: 'own' } | { kind: 'share'; stock: TargetStock } | { kind: 'missing'; why: string };

export async function seedStocks(
  client: AdminClient,
  sc: Scenario,
  ns: Namespace,
  log: SeedLog,
  sources: SourceCodes,
  options: StockOptions,
): Promise<void> {
  if (sc.stocks.length === 0) return;
  const stocks = await seeding('stocks', () => client.searchAll<TargetStock>('/V1/inventory/stocks'));
  const links = await readLinks(client);
  const sellerOf = (website: string) =>
    stocks.find((s) => s.extension_attributes?.sales_channels?.some((c) => c.code === website));
  const plans = noMergedStocks(sc.stocks.map((def) => plan(def, ns, log, sellerOf, options)));
  for (const [i, def] of sc.stocks.entries()) {
    const p = plans[i] as Plan;
    const runSources = def.sources.flatMap((l) => {
      const code = sources.get(l.source_code);
      return code ? [{ source_code: code, priority: l.priority }] : [];
    });
    if (p.kind === 'share') {
      const added = await linkSources(client, p.stock, runSources, links, true);
      logLinks(log, p.stock.name, added.created, added.kept);
      log.report.stocks[def.name] = p.stock.stock_id;
      log.note(
        `stock "${def.name}": the run's sources ${runSources.map((s) => s.source_code).join(', ')} were added to stock "${p.stock.name}" (id ${p.stock.stock_id}), which websites ${def.sales_channels.join(', ')} sell from; no website was relinked`,
      );
      continue;
    }
    const own = await ownStock(client, ns.code(def.name), def.name, stocks, log);
    const added = await linkSources(client, own, runSources, links, false);
    logLinks(log, own.name, added.created, added.kept);
    if (p.kind === 'missing') {
      log.missing(need.stock(def.name), p.why.replace('%own', `"${own.name}" (id ${own.stock_id})`));
      continue;
    }
    await sellTo(
      client,
      own,
      def.sales_channels.filter((w) => !sellerOf(w) && log.report.websites[w] !== undefined),
    );
    if (def.sales_channels.every((w) => log.report.websites[w] !== undefined))
      log.report.stocks[def.name] = own.stock_id;
  }
}

function plan(
  def: StockDef,
  ns: Namespace,
  log: SeedLog,
  sellerOf: (website: string) => TargetStock | undefined,
  options: StockOptions,
): Plan {
  const websites = def.sales_channels.filter((w) => log.report.websites[w] !== undefined);
  const foreign = new Map<number, TargetStock>();
  const busy: string[] = [];
  for (const w of websites) {
    const seller = sellerOf(w);
    if (!seller || seller.name === ns.code(def.name)) continue;
    foreign.set(seller.stock_id, seller);
    busy.push(`website "${w}" sells from stock "${seller.name}" (id ${seller.stock_id})`);
  }
  if (foreign.size === 0) return { kind: 'own' };
  const [only] = [...foreign.values()];
  if (options.shareStocks && foreign.size === 1 && only && busy.length === websites.length) {
    return { kind: 'share', stock: only };
  }
  if (options.shareStocks) {
    return {
      kind: 'missing',
      why: `${busy.join(' and ')}: the websites of one scenario stock must sell from one stock to share it`,
    };
  }
  return {
    kind: 'missing',
    why: `${busy.join(' and ')}, and posgate never relinks a website's stock on a store it cannot reset: run with --share-stocks to add the run's sources to it, or sell from %own on a test store`,
  };
}

/** Two scenario stocks sharing one target stock would merge their salable quantities. */
function noMergedStocks(plans: Plan[]): Plan[] {
  const count = new Map<number, number>();
  for (const p of plans)
    if (p.kind === 'share') count.set(p.stock.stock_id, (count.get(p.stock.stock_id) ?? 0) + 1);
  return plans.map((p) =>
    p.kind === 'share' && (count.get(p.stock.stock_id) ?? 0) > 1
      ? {
          kind: 'missing',
          why: `the scenario's stocks would all share stock "${p.stock.name}" (id ${p.stock.stock_id}) of the target and merge their salable quantities: give their websites separate stocks on the target`,
        }
      : p,
  );
}

async function ownStock(
  client: AdminClient,
  name: string,
  scenarioName: string,
  stocks: TargetStock[],
  log: SeedLog,
): Promise<TargetStock> {
  const found = stocks.find((s) => s.name === name);
  if (found) {
    log.reused({ kind: 'stock', name, scenarioName, id: found.stock_id });
    return found;
  }
  const id = await seeding(`stock "${name}"`, () =>
    client.post<number>('/V1/inventory/stocks', {
      stock: { name, extension_attributes: { sales_channels: [] } },
    }),
  );
  const created: TargetStock = { stock_id: Number(id), name, extension_attributes: { sales_channels: [] } };
  stocks.push(created);
  log.created({ kind: 'stock', name, scenarioName, id: created.stock_id });
  return created;
}

/** Adds websites that no stock sells to (none on a store where every website has a stock). */
async function sellTo(client: AdminClient, stock: TargetStock, websites: string[]): Promise<void> {
  if (websites.length === 0) return;
  const channels = [
    ...(stock.extension_attributes?.sales_channels ?? []),
    ...websites.map((code) => ({ type: 'website', code })),
  ];
  await seeding(`sales channels of stock "${stock.name}"`, () =>
    client.put(`/V1/inventory/stocks/${stock.stock_id}`, {
      stock: {
        stock_id: stock.stock_id,
        name: stock.name,
        extension_attributes: { sales_channels: channels },
      },
    }),
  );
  stock.extension_attributes = { sales_channels: channels };
}

function logLinks(log: SeedLog, stockName: string, created: StockLink[], kept: StockLink[]): void {
  const thing = (l: StockLink) => ({
    kind: 'stock-link' as const,
    name: `${stockName} <- ${l.source_code}`,
    scenarioName: l.source_code,
    id: `${l.stock_id}:${l.source_code}`,
  });
  for (const l of created) log.created(thing(l));
  for (const l of kept) log.reused(thing(l));
}
