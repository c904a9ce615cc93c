import type { SaleLine } from '../../../contracts/driver.ts';
import { money } from './dom.ts';

/**
 * The lines of the sale being rung up, shown in the "Sale lines" table: one row per line with
 * its SKU, quantity and the unit price it will be charged (blank when the catalog cannot price
 * it: the register then declines the sale with its reason).
 */
export interface PageLine {
  line: SaleLine;
  price: number | undefined;
}

export class SaleLines {
  private lines: PageLine[] = [];

  constructor(private readonly body: HTMLTableSectionElement) {}

  add(line: PageLine): void {
    this.lines.push(line);
    this.render();
  }

  clear(): void {
    this.lines = [];
    this.render();
  }

  saleLines(): SaleLine[] {
    return this.lines.map((l) => l.line);
  }

  private render(): void {
    this.body.replaceChildren(
      ...this.lines.map(({ line, price }) => {
        const tr = document.createElement('tr');
        for (const text of [line.sku, String(line.qty), money(price)]) {
          const td = document.createElement('td');
          td.textContent = text;
          tr.append(td);
        }
        return tr;
      }),
    );
  }
}
