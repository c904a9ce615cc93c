import { registerPlacementHook } from '../../modules/checkout/placement-hooks.ts';
import {
  addGiftCard,
  COMMERCE_COLLECTORS,
  checkGiftCard,
  commercePlacementHook,
  customerBalanceDto,
  listGiftCards,
  removeGiftCard,
  setUseStoreCredit,
  useRewardPoints,
} from '../../modules/commerce/index.ts';
import { getCustomer } from '../../modules/customer/customer-repository.ts';
import { issueToken } from '../../modules/integration/tokens.ts';
import type { CartFamily } from '../../modules/quote/cart-ref.ts';
import { registerTotalsCollector } from '../../modules/quote/totals/collect.ts';
import { m } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';
import { cartOf, intParam, MANAGE, params } from './quote-kit.ts';

/**
 * Adobe Commerce routes (`edition: 'commerce'`; absent, so 404, in Open Source):
 * Magento_GiftCardAccount's cart routes for the admin (`/V1/carts/:cartId`), customer
 * (`/V1/carts/mine`) and guest (`/V1/carts/guest-carts/:cartId` — not `/V1/guest-carts`) families,
 * Magento_CustomerBalance's store credit (`mine/balance/apply`; 2.4.9 adds the admin apply/unapply
 * and the balance read) and Magento_Reward's `use-reward`. Also 2.4.9's admin-issued customer
 * token, which Open Source has too. Resources of the 2.4.9 routes are not published: see
 * docs/pos-extension.md. Commerce's total collectors and placement hook join the checkout here.
 * @see admin-schema-2.4.8.yaml, admin-schema-2.4.9.yaml (paths, bodies, answers)
 */
for (const c of COMMERCE_COLLECTORS) registerTotalsCollector(c);
registerPlacementHook(commercePlacementHook);

const AC = { edition: 'commerce' } as const;
const giftCardBody = params({
  giftCardAccountData: m.object({ gift_cards: m.array(m.string()).optional() }),
});
const code = (p: Record<string, string>) => p['giftCardCode'] ?? '';

const GIFT_CARD_FAMILIES: ReadonlyArray<{
  f: CartFamily;
  base: string;
  resource: string;
  add: 'PUT' | 'POST';
}> = [
  { f: 'admin', base: '/V1/carts/:cartId', resource: MANAGE, add: 'PUT' },
  { f: 'mine', base: '/V1/carts/mine', resource: 'self', add: 'POST' },
  { f: 'guest', base: '/V1/carts/guest-carts/:cartId', resource: 'anonymous', add: 'POST' },
];

const giftCardRoutes: Route[] = GIFT_CARD_FAMILIES.flatMap(({ f, base, resource, add }) => [
  withBody({ ...AC, method: add, path: `${base}/giftCards`, resource }, giftCardBody, (ctx, b) =>
    addGiftCard(ctx, cartOf(ctx, f), b.giftCardAccountData.gift_cards),
  ),
  route({ ...AC, method: 'DELETE', path: `${base}/giftCards/:giftCardCode`, resource }, (ctx) =>
    removeGiftCard(ctx, cartOf(ctx, f), code(ctx.params)),
  ),
  ...(f === 'admin'
    ? []
    : [
        route({ ...AC, method: 'GET', path: `${base}/checkGiftCard/:giftCardCode`, resource }, (ctx) =>
          checkGiftCard(ctx, cartOf(ctx, f), code(ctx.params), ctx.scope.websiteId),
        ),
      ]),
]);

export const commerceRoutes: Route[] = [
  ...giftCardRoutes,
  route({ ...AC, method: 'GET', path: '/V1/carts/:quoteId/giftCards', resource: MANAGE }, (ctx) =>
    listGiftCards(ctx, intParam(ctx.params['quoteId'] ?? '')),
  ),
  route({ ...AC, method: 'POST', path: '/V1/carts/mine/balance/apply', resource: 'self' }, (ctx) =>
    setUseStoreCredit(ctx, cartOf(ctx, 'mine'), true),
  ),
  route(
    { ...AC, since: '2.4.9', method: 'POST', path: '/V1/carts/:cartId/balance/apply', resource: MANAGE },
    (ctx) => setUseStoreCredit(ctx, cartOf(ctx, 'admin'), true),
  ),
  route(
    { ...AC, since: '2.4.9', method: 'DELETE', path: '/V1/carts/:cartId/balance/unapply', resource: MANAGE },
    (ctx) => setUseStoreCredit(ctx, cartOf(ctx, 'admin'), false),
  ),
  route(
    {
      ...AC,
      since: '2.4.9',
      method: 'GET',
      path: '/V1/customers/:customerId/balance/:websiteId',
      resource: 'Magento_CustomerBalance::customerbalance',
    },
    (ctx) =>
      customerBalanceDto(
        ctx,
        intParam(ctx.params['customerId'] ?? ''),
        intParam(ctx.params['websiteId'] ?? ''),
      ),
  ),
  route({ ...AC, method: 'POST', path: '/V1/reward/mine/use-reward', resource: 'self' }, (ctx) =>
    useRewardPoints(ctx, cartOf(ctx, 'mine')),
  ),
  route(
    {
      since: '2.4.9',
      method: 'POST',
      path: '/V1/customers/:customerId/token',
      resource: 'Magento_Customer::manage',
    },
    (ctx) => issueToken(ctx, 'customer', getCustomer(ctx, intParam(ctx.params['customerId'] ?? '')).id),
  ),
];
