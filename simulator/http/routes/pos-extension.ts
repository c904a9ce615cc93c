import { registerPlacementHook } from '../../modules/checkout/placement-hooks.ts';
import {
  applyTillRewardPoints,
  applyTillStoreCredit,
  customerBalances,
  giftCardByCode,
  POS_COLLECTORS,
  POS_RESOURCE,
  placePosOrder,
  posPlacementHook,
  removePriceOverride,
  removeTillRewardPoints,
  removeTillStoreCredit,
  searchByClientSaleId,
  setClientSaleId,
  setPriceOverride,
} from '../../modules/pos-extension/index.ts';
import { registerTotalsCollector } from '../../modules/quote/totals/collect.ts';
import { m } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';
import { intParam } from './quote-kit.ts';

/**
 * The POS extension surface (docs/pos-extension.md): non-core routes under `/V1/pos/...` that a
 * POS vendor's Magento module would add, for admin and integration credentials (resource
 * `Posgate_PosExtension::pos`). Absent with `--strict-core`; the store credit, reward points and
 * gift card routes exist only in the Commerce edition. The price-override collector and the POS
 * placement hook join the checkout here.
 */
for (const c of POS_COLLECTORS) registerTotalsCollector(c);
registerPlacementHook(posPlacementHook);

const POS = { posExtension: true, nonCore: true, resource: POS_RESOURCE } as const;
const AC = { ...POS, edition: 'commerce' } as const;
const cart = (p: Record<string, string>) => intParam(p['cartId'] ?? '');
const item = (p: Record<string, string>) => intParam(p['itemId'] ?? '');
const OVERRIDE = '/V1/pos/carts/:cartId/items/:itemId/price-override';

const tenderLine = m.object({ method: m.string(), amount: m.float(), reference: m.string().optional() });

export const posExtensionRoutes: Route[] = [
  withBody(
    { ...POS, method: 'PUT', path: OVERRIDE },
    m.object({ price: m.float(), approver: m.string(), reason: m.string().optional() }),
    (ctx, b) => setPriceOverride(ctx, cart(ctx.params), item(ctx.params), b),
  ),
  route({ ...POS, method: 'DELETE', path: OVERRIDE }, (ctx) =>
    removePriceOverride(ctx, cart(ctx.params), item(ctx.params)),
  ),
  withBody(
    { ...POS, method: 'PUT', path: '/V1/pos/carts/:cartId/client-sale-id' },
    m.object({ client_sale_id: m.string() }),
    (ctx, b) => setClientSaleId(ctx, cart(ctx.params), b.client_sale_id),
  ),
  withBody(
    { ...POS, method: 'PUT', path: '/V1/pos/carts/:cartId/order', placesOrder: true },
    m.object({ payments: m.array(tenderLine).optional(), client_sale_id: m.string().optional() }),
    (ctx, b) => placePosOrder(ctx, cart(ctx.params), b, ctx.remoteIp),
  ),
  route({ ...POS, method: 'GET', path: '/V1/pos/orders/by-client-sale-id/:clientSaleId' }, (ctx) =>
    searchByClientSaleId(ctx, ctx.params['clientSaleId'] ?? ''),
  ),
  withBody(
    { ...AC, method: 'POST', path: '/V1/pos/carts/:cartId/store-credit' },
    m.object({ amount: m.float().optional() }),
    (ctx, b) => applyTillStoreCredit(ctx, cart(ctx.params), b.amount),
  ),
  route({ ...AC, method: 'DELETE', path: '/V1/pos/carts/:cartId/store-credit' }, (ctx) =>
    removeTillStoreCredit(ctx, cart(ctx.params)),
  ),
  withBody(
    { ...AC, method: 'POST', path: '/V1/pos/carts/:cartId/reward-points' },
    m.object({ points: m.int().optional() }),
    (ctx, b) => applyTillRewardPoints(ctx, cart(ctx.params), b.points),
  ),
  route({ ...AC, method: 'DELETE', path: '/V1/pos/carts/:cartId/reward-points' }, (ctx) =>
    removeTillRewardPoints(ctx, cart(ctx.params)),
  ),
  route({ ...AC, method: 'GET', path: '/V1/pos/customers/:customerId/balances' }, (ctx) =>
    customerBalances(ctx, intParam(ctx.params['customerId'] ?? '')),
  ),
  route({ ...AC, method: 'GET', path: '/V1/pos/gift-cards/:code' }, (ctx) =>
    giftCardByCode(ctx, ctx.params['code'] ?? ''),
  ),
];
