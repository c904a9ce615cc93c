import type { Services } from '../../context.ts';
import { LocalizedError } from '../../errors.ts';
import { configFlag, isKnownMethod, methodConfig, type PaymentScope } from '../payment/methods.ts';
import type { QuotePayment } from '../quote/types.ts';
import { phpRound } from '../tax/index.ts';
import { SPLIT_METHOD, type TenderLine } from './types.ts';

/**
 * Split tender (ConnectPOS and Magestore send one payment line per tender): the method `pos_split`
 * with lines `{method, amount, reference?}`, given in the POS order body or as the payment's
 * `additional_data` (one JSON-encoded line per element). Each line's method must be an active
 * payment method other than `pos_split` and `free`, each amount above 0, and the lines must add up
 * to the grand total to the cent — else 400 and no order.
 */
export function tenderLinesOf(payment: QuotePayment | null): TenderLine[] | null {
  if (payment?.method !== SPLIT_METHOD) return null;
  return (payment.additional_data ?? []).map((raw, i) => {
    try {
      const line = JSON.parse(raw) as Partial<TenderLine>;
      return { method: String(line.method ?? ''), amount: Number(line.amount), ...reference(line) };
    } catch {
      throw new LocalizedError('Payment line %1 is not a JSON object {"method","amount"}.', [i + 1]);
    }
  });
}

export function checkTender(
  s: Services,
  scope: PaymentScope,
  lines: TenderLine[],
  grandTotal: number,
): TenderLine[] {
  if (lines.length === 0) throw new LocalizedError('A split tender needs at least one payment line.');
  const out = lines.map((line, i) => {
    if (!usable(s, scope, line.method)) {
      throw new LocalizedError('The payment method "%1" of payment line %2 is not available.', [
        line.method,
        i + 1,
      ]);
    }
    if (!(Number.isFinite(line.amount) && line.amount > 0)) {
      throw new LocalizedError('The amount of payment line %1 must be greater than 0.', [i + 1]);
    }
    return { method: line.method, amount: phpRound(line.amount), ...reference(line) };
  });
  const sum = phpRound(out.reduce((n, l) => n + l.amount, 0));
  const due = phpRound(grandTotal);
  if (Math.round(sum * 100) !== Math.round(due * 100)) {
    throw new LocalizedError(
      'The payment lines add up to %1 but the grand total is %2: a split tender must pay the grand total exactly.',
      [sum.toFixed(2), due.toFixed(2)],
    );
  }
  return out;
}

function usable(s: Services, scope: PaymentScope, method: string): boolean {
  if (method === '' || method === SPLIT_METHOD || method === 'free') return false;
  return isKnownMethod(s, scope, method) && configFlag(methodConfig(s, scope, method, 'active'));
}

function reference(line: Partial<TenderLine>): { reference?: string } {
  return line.reference === undefined || line.reference === null ? {} : { reference: String(line.reference) };
}
