/**
 * The POS extension surface (docs/pos-extension.md): what POS vendors install on Magento, here as
 * non-core routes under `/V1/pos/...` — split tender, manager price overrides, store credit and
 * reward points on till carts, client sale ids, and the lookups a till needs. Absent with
 * `--strict-core`.
 */
import type { TotalsCollector } from '../quote/totals/types.ts';
import { priceOverrideCollector } from './price-override.ts';

export const POS_COLLECTORS: readonly TotalsCollector[] = [priceOverrideCollector];

export { searchByClientSaleId, setClientSaleId } from './client-sale-id.ts';
export { customerBalances, giftCardByCode } from './lookups.ts';
export { withPosAttributes } from './order-attributes.ts';
export { type PosOrderInput, placePosOrder } from './place-pos-order.ts';
export { posPlacementHook } from './placement.ts';
export { type OverrideInput, removePriceOverride, setPriceOverride } from './price-override.ts';
export { seedPosExtension } from './seed.ts';
export { checkTender, tenderLinesOf } from './split-tender.ts';
export {
  applyTillRewardPoints,
  applyTillStoreCredit,
  removeTillRewardPoints,
  removeTillStoreCredit,
} from './till-balances.ts';
export { ENFORCE_UNIQUE_CLIENT_SALE_ID, POS_RESOURCE, SPLIT_METHOD, type TenderLine } from './types.ts';
