import { type DeltaRounding, DeltaType } from './delta-rounding.ts';
import type { AppliedRateGroup, AppliedTax } from './types.ts';

/** A group's rates keyed by code as Magento does (a repeated code keeps one entry). */
function ratesOf(group: AppliedRateGroup): AppliedTax['rates'] {
  const byCode = new Map<string, AppliedTax['rates'][number]>();
  for (const r of group.rates) byCode.set(r.code, { code: r.code, title: r.title, percent: r.percent });
  return [...byCode.values()];
}

/**
 * The applied tax of one rate group when each group was taxed on its own (price excl. tax).
 * @see Magento\Tax\Model\Calculation\AbstractCalculator::getAppliedTax
 */
export function appliedTax(amount: number, group: AppliedRateGroup): AppliedTax {
  return { id: group.id, percent: group.percent, amount, rates: ratesOf(group) };
}

/**
 * Split a row's tax (computed at the combined rate, price incl. tax) across its rate groups in
 * proportion to their percent, delta-rounded per group id across the whole quote, never giving
 * out more than the row's tax. Groups at 0 % are left out.
 * @see Magento\Tax\Model\Calculation\AbstractCalculator::getAppliedTaxes
 */
export function splitAppliedTaxes(
  rowTax: number,
  totalTaxRate: number,
  groups: readonly AppliedRateGroup[],
  deltas: DeltaRounding,
): AppliedTax[] {
  const result = new Map<string, AppliedTax>();
  let totalApplied = 0;
  for (const group of groups) {
    if (group.percent === 0) continue;
    let amount = (rowTax / totalTaxRate) * group.percent;
    amount = deltas.round(amount, group.id, true, DeltaType.APPLIED_TAX);
    if (totalApplied + amount > rowTax) amount = rowTax - totalApplied;
    totalApplied += amount;
    result.set(group.id, appliedTax(amount, group));
  }
  return [...result.values()];
}
