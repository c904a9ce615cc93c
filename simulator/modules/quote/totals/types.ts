import type { Services } from '../../../context.ts';
import type { Customer } from '../../customer/types.ts';
import type { AppliedTax } from '../../tax/index.ts';
import type { LineProduct } from '../item-product.ts';
import type { QuoteScope } from '../quote-scope.ts';
import type { ShippingRate } from '../shipping/carriers.ts';
import type { Quote, QuoteItem } from '../types.ts';

/**
 * The totals pipeline's shapes. A collector reads the cart (`CollectContext`) and writes its part
 * of the running totals (`QuoteTotals`), in sort order, like Magento's `sales.xml` collectors; it
 * may then add a total segment. Amounts are unrounded floats until the DTO rounds them.
 * @see Magento\Quote\Model\Quote\Address\Total\AbstractTotal
 */
export interface CollectLine {
  item: QuoteItem;
  product: LineProduct;
}

export interface CollectContext {
  s: Services;
  quote: Quote;
  scope: QuoteScope;
  lines: CollectLine[];
  isVirtual: boolean;
  customer: Customer | null;
  /** The group's tax class (NOT LOGGED IN: 3, Retail Customer). */
  customerTaxClassId: number;
}

export interface ItemTotals {
  itemId: number;
  qty: number;
  /** Unit price excluding tax (the calculation price). */
  price: number;
  priceInclTax: number;
  rowTotal: number;
  rowTotalInclTax: number;
  taxAmount: number;
  taxPercent: number;
  discountAmount: number;
  discountPercent: number;
  discountTaxCompensation: number;
  appliedRuleIds: number[];
  appliedTaxes: AppliedTax[];
}

export interface TotalSegment {
  code: string;
  title: string;
  value: number;
  area?: string;
  extension_attributes?: Record<string, unknown>;
}

export interface QuoteTotals {
  items: ItemTotals[];
  itemsQty: number;
  subtotal: number;
  subtotalInclTax: number;
  /** Negative, as Magento stores it. */
  discountAmount: number;
  discountDescription: string;
  appliedRuleIds: number[];
  couponCode: string | null;
  shippingRate: ShippingRate | null;
  shippingAmount: number;
  shippingInclTax: number;
  shippingTaxAmount: number;
  shippingDiscountAmount: number;
  shippingDescription: string | null;
  taxAmount: number;
  discountTaxCompensation: number;
  shippingDiscountTaxCompensation: number;
  appliedTaxes: AppliedTax[];
  grandTotal: number;
  segments: TotalSegment[];
  /** Totals extension attributes (gift cards, store credit, reward points add theirs here). */
  extension: Record<string, unknown>;
}

/**
 * One total collector. `sortOrder` places `collect` among Magento's (subtotal 100, discount 300,
 * shipping 350, tax 450, grand_total 550; Commerce's reward, customerbalance, giftcardaccount
 * follow grand total); `displayOrder` places its segment (`sales/totals_sort`: subtotal 10,
 * discount 20, shipping 30, tax 40, grand_total 100).
 */
export interface TotalsCollector {
  code: string;
  sortOrder: number;
  displayOrder: number;
  collect(ctx: CollectContext, totals: QuoteTotals): void;
  /** The segment this collector shows, if any. */
  fetch?(ctx: CollectContext, totals: QuoteTotals): TotalSegment | null;
}
