import { LocalizedError } from '../../errors.ts';
import type { RefundLine } from './creditmemo-build.ts';
import { grandTotal } from './document-money.ts';
import type { DocumentTotals } from './document-types.ts';
import { formatPrice, n, round2 } from './money.ts';
import type { Order } from './order-types.ts';

/**
 * A credit memo's totals. Shipping defaults to all the order shipping not yet refunded; a larger
 * `shipping_amount` argument fails at once with `Maximum shipping amount allowed to refund is: %1`
 * (amounts excluding tax, as the default display config has it). Adjustments: the refund adds
 * `adjustment_positive` and subtracts `adjustment_negative`.
 * @see Magento\Sales\Model\Order\Creditmemo\Total\Shipping, Tax, Discount, Grand, Subtotal
 */
export interface RefundArguments {
  shipping_amount?: number | null;
  adjustment_positive?: number | null;
  adjustment_negative?: number | null;
}

/** A credit memo's amounts, adjustments included. */
export type CreditmemoTotals = DocumentTotals & {
  adjustment: number;
  adjustment_positive: number;
  adjustment_negative: number;
};

/** Totals from the lines and the service `arguments`; may throw the shipping maximum. */
export function creditmemoTotals(
  order: Order,
  drafts: RefundLine[],
  args: RefundArguments = {},
): CreditmemoTotals {
  const sum = (f: (l: RefundLine) => number) => round2(drafts.reduce((t, l) => t + f(l), 0));
  const shipping = refundShipping(order, args.shipping_amount);
  const shippingTax = shippingTaxPart(order, shipping);
  const positive = n(args.adjustment_positive);
  const negative = n(args.adjustment_negative);
  const base = {
    subtotal: sum((l) => l.row_total),
    subtotal_incl_tax: sum((l) => l.row_total_incl_tax),
    tax_amount: round2(sum((l) => l.tax_amount) + shippingTax),
    shipping_amount: shipping,
    shipping_incl_tax: round2(shipping + shippingTax),
    shipping_tax_amount: shippingTax,
    discount_amount: -sum((l) => l.discount_amount),
    discount_tax_compensation_amount: sum((l) => l.discount_tax_compensation_amount),
  };
  return {
    ...base,
    adjustment: round2(positive - negative),
    adjustment_positive: positive,
    adjustment_negative: negative,
    grand_total: round2(grandTotal(base) + positive - negative),
  };
}

function refundShipping(order: Order, wanted: number | null | undefined): number {
  const allowed = round2(n(order.shipping_amount) - n(order.shipping_refunded));
  if (wanted === undefined || wanted === null) return allowed;
  const desired = round2(wanted);
  if (desired >= allowed + 0.0001) {
    throw new LocalizedError('Maximum shipping amount allowed to refund is: %1', [
      formatPrice(allowed, String(order.base_currency_code ?? 'USD')),
    ]);
  }
  if (desired > allowed - 0.0001) return allowed;
  const ratio = n(order.shipping_amount) > 0 ? desired / n(order.shipping_amount) : 0;
  return round2(n(order.shipping_amount) * ratio);
}

function shippingTaxPart(order: Order, shipping: number): number {
  if (!n(order.shipping_amount)) return 0;
  const left = n(order.shipping_amount) - n(order.shipping_refunded);
  if (left > shipping) return round2((n(order.shipping_tax_amount) * shipping) / n(order.shipping_amount));
  return round2(n(order.shipping_tax_amount) - n(order['shipping_tax_refunded']));
}
