import type { TotalsCollector } from '../quote/totals/types.ts';
import { phpRound } from '../tax/index.ts';
import { balanceAmount, storeCreditEnabled } from './customer-balances.ts';
import { balanceSwitch } from './quote-data.ts';
import { commerceTotals, isCommerce } from './totals-data.ts';

/**
 * `customerbalance` (after gift cards): when the cart uses store credit, the customer's balance on
 * the cart's website (capped by the POS extension's limit, if any) pays what is left of the grand
 * total. Shows the segment `Store Credit` (minus the amount) and the totals extension attributes
 * `customer_balance_amount` / `base_customer_balance_amount`. Guest carts have none.
 * @see Magento\CustomerBalance\Model\Total\Quote\Customerbalance::collect, ::fetch
 */
export const customerBalanceCollector: TotalsCollector = {
  code: 'customerbalance',
  sortOrder: 1100,
  displayOrder: 95,
  collect(ctx, t) {
    const { s, quote, scope } = ctx;
    if (!isCommerce(s) || !storeCreditEnabled(s, scope.websiteCode)) return;
    const sw = balanceSwitch(quote);
    if (!sw.use || quote.customer_id === null || quote.customer_is_guest) return;
    const balance = balanceAmount(s, quote.customer_id, scope.websiteId);
    const available = sw.limit === null ? balance : Math.min(balance, sw.limit);
    const grand = phpRound(t.grandTotal);
    const used = phpRound(Math.max(Math.min(available, grand), 0));
    if (used <= 0) return;
    t.grandTotal = phpRound(grand - used);
    commerceTotals(t).customerBalanceUsed = used;
    t.extension['base_customer_balance_amount'] = used;
    t.extension['customer_balance_amount'] = used;
  },
  fetch(_ctx, t) {
    const used = commerceTotals(t).customerBalanceUsed;
    return used > 0 ? { code: 'customerbalance', title: 'Store Credit', value: -used } : null;
  },
};
