import { phpRound } from '../../tax/round.ts';

/**
 * The two rounding carries of the discount pass, both reset once per totals collection.
 *
 * `PriceDeltas` (cart fixed): rounds each line's share after adding the previous lines' leftover
 * for the same rule, starting at 0.000001 so that an exact .5 is deterministic; the shares of one
 * rule then add up to the rule's amount, the odd cent landing where the carry tips over.
 * @see Magento\SalesRule\Model\DeltaPriceRound
 *
 * `PercentDeltas` (every action): a line's discount is rounded after adding the leftover of earlier
 * lines that ended with the same accumulated discount percent (none for a line without one), and a
 * 100 % discount is capped at the row total incl. tax.
 * @see Magento\SalesRule\Model\Utility::deltaRoundingFix
 */
export class PriceDeltas {
  private readonly deltas = new Map<string, number>();

  round(price: number, type: string): number {
    if (!price) return price;
    const value = price + (this.deltas.get(type) ?? 0.000001);
    const rounded = phpRound(value);
    this.deltas.set(type, value - rounded);
    return rounded;
  }

  reset(type: string): void {
    this.deltas.delete(type);
  }
}

export class PercentDeltas {
  private readonly deltas = new Map<string, number>();

  /** Rounds one rule's discount of one line. */
  fix(amount: number, line: { discountPercent: number; rowTotal: number; rowTotalInclTax: number }): number {
    let value = amount;
    const key = String(line.discountPercent);
    if (line.discountPercent && line.rowTotal > 0) {
      value += this.deltas.get(key) ?? 0;
      this.deltas.set(key, value - phpRound(value));
    }
    if (line.discountPercent === 100 && line.rowTotalInclTax - value < 0) value = line.rowTotalInclTax;
    return phpRound(value);
  }
}
