import type { TaxDetailsItem } from './calculator.ts';
import type { AppliedTax } from './types.ts';

/**
 * The quote's applied taxes: every line's applied taxes (products first, then shipping) summed
 * per tax id, keeping the first line's percent and rates. Each amount goes through Magento's
 * `amount / percent × percent` (float noise included); a 0 % tax is skipped and an id whose
 * running amount stays 0 is dropped.
 * @see Magento\Tax\Model\Sales\Total\Quote\CommonTaxCollector::processAppliedTaxes
 * @see Magento\Tax\Model\Sales\Total\Quote\CommonTaxCollector::_saveAppliedTaxes
 */
export function collectAppliedTaxes(lines: readonly TaxDetailsItem[]): AppliedTax[] {
  const byType = [...lines.filter((l) => l.type === 'product'), ...lines.filter((l) => l.type !== 'product')];
  const totals = new Map<string, AppliedTax>();
  for (const line of byType) {
    for (const row of line.appliedTaxes) {
      if (row.percent === 0) continue;
      if (!totals.has(row.id)) totals.set(row.id, { ...row, amount: 0 });
      const percent = row.percent || 1;
      const appliedAmount = (row.amount / percent) * percent;
      const entry = totals.get(row.id)!;
      if (appliedAmount || entry.amount) entry.amount += appliedAmount;
      else totals.delete(row.id);
    }
  }
  return [...totals.values()];
}
