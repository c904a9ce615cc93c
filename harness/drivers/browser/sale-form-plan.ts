import type { ReturnRequest, Sale } from '../../../contracts/driver.ts';
import type { ScannedLine, TenderRadio } from './register-page-object.ts';

/**
 * How a driver-contract Sale is rung up on the browser register's page: its lines as scans, and its
 * tenders as ONE choice of the "Tender" radio group (cash, card, split = cash amount + card for the
 * rest, gift card with its code, store credit, points). What the page cannot take (several tenders
 * other than split, custom options, an override's reason, a sale id chosen by the caller, a return
 * of several lines) is refused here by name rather than rung up as a different sale.
 */
export class NotOnThePage extends Error {
  override name = 'NotOnThePage';
  constructor(what: string) {
    super(`the browser register's page cannot take ${what}`);
  }
}

export interface SalePlan {
  lines: ScannedLine[];
  customerEmail?: string;
  coupon?: string;
  tender: TenderRadio;
  cashAmount?: number;
  giftCardCode?: string;
}

export function salePlan(sale: Sale): SalePlan {
  if (sale.saleId !== undefined) throw new NotOnThePage(`a sale id chosen by the caller (${sale.saleId})`);
  const lines = sale.lines.map((l): ScannedLine => {
    if (l.customOptions) throw new NotOnThePage(`custom options (line ${l.sku})`);
    if (l.priceOverride?.reason) throw new NotOnThePage(`a reason for a price override (line ${l.sku})`);
    const typed = Object.entries(l.options ?? {}).flat();
    if (typed.some((t) => /[,=]/.test(t))) {
      throw new NotOnThePage(
        `an option with "," or "=" in it (line ${l.sku}): options are typed as code=Label, …`,
      );
    }
    return {
      sku: l.sku,
      qty: l.qty,
      ...(l.options ? { options: l.options } : {}),
      ...(l.priceOverride
        ? { priceOverride: { price: l.priceOverride.price, approver: l.priceOverride.approver } }
        : {}),
    };
  });
  return {
    lines,
    ...(sale.customerEmail ? { customerEmail: sale.customerEmail } : {}),
    ...(sale.coupon ? { coupon: sale.coupon } : {}),
    ...tenderPlan(sale.tenders),
  };
}

type TenderPlan = Pick<SalePlan, 'tender' | 'cashAmount' | 'giftCardCode'>;

const RADIO: Record<string, TenderRadio> = {
  cash: 'Cash',
  card: 'Card',
  gift_card: 'Gift card',
  store_credit: 'Store credit',
  points: 'Points',
};

function tenderPlan(tenders: Sale['tenders']): TenderPlan {
  const [first, second] = tenders;
  if (tenders.length === 2 && first?.method === 'cash' && second?.method === 'card' && !second.amount) {
    return { tender: 'Split', ...(first.amount === undefined ? {} : { cashAmount: first.amount }) };
  }
  if (tenders.length !== 1 || !first) {
    throw new NotOnThePage(
      `the tenders ${tenders.map((t) => t.method).join(' + ')} (one tender, or cash + card)`,
    );
  }
  if (first.method === 'cash') {
    return { tender: 'Cash', ...(first.amount === undefined ? {} : { cashAmount: first.amount }) };
  }
  if (first.amount !== undefined) throw new NotOnThePage(`an amount on a ${first.method} tender`);
  const radio = RADIO[first.method] as TenderRadio;
  return first.giftCardCode ? { tender: radio, giftCardCode: first.giftCardCode } : { tender: radio };
}

/** A return as the page's Return form takes it: one SKU. */
export function returnPlan(request: ReturnRequest) {
  const [line] = request.lines;
  if (!line || request.lines.length !== 1) {
    throw new NotOnThePage(`a return of ${request.lines.length} lines at once (one SKU per return)`);
  }
  return {
    orderNumber: request.orderNumber,
    sku: line.sku,
    qty: line.qty,
    refundTender: request.refundTender,
    restock: request.restock,
  };
}
