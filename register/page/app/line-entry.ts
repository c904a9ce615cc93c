import type { SaleLine, StockReading } from '../../../contracts/driver.ts';
import {
  byId,
  clearText,
  errorText,
  inputValue,
  PageInputError,
  parseAmount,
  setInput,
  setText,
} from './dom.ts';
import type { PageTill } from './page-till.ts';
import type { SaleLines } from './sale-lines.ts';
import type { StatusView } from './status-view.ts';

/**
 * Ringing up lines: a scanner types the SKU and presses Enter, which adds the line (quantity from
 * "Quantity", default 1; a price override with its approver applies to this line only) and shows
 * the SKU's stock. "Check stock" shows the stock without adding a line.
 */
export function wireLineEntry(till: PageTill, lines: SaleLines, status: StatusView): void {
  const sku = byId<HTMLInputElement>('sku');
  const addLine = () => void add(till, lines, status);
  for (const id of ['sku', 'qty', 'options', 'override', 'approver']) {
    byId(id).addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault(); // Enter here adds a line; it must not submit (complete) the sale
      addLine();
    });
  }
  byId('add-line').addEventListener('click', addLine);
  byId('check-stock').addEventListener('click', () => {
    const wanted = sku.value.trim();
    if (wanted) void showStock(till, wanted, status);
  });
}

async function add(till: PageTill, lines: SaleLines, status: StatusView): Promise<void> {
  clearText('line-message');
  if (!till.isOpen) {
    setText('line-message', 'The register is not open yet.');
    return;
  }
  let line: SaleLine;
  try {
    line = lineFromInputs();
  } catch (e) {
    setText('line-message', errorText(e));
    return;
  }
  const { price, problem } = till.priceOf(line);
  lines.add({ line, price });
  if (problem) setText('line-message', problem);
  for (const id of ['sku', 'options', 'override', 'approver']) setInput(id, '');
  setInput('qty', '1');
  byId('sku').focus();
  await showStock(till, line.sku, status);
}

function lineFromInputs(): SaleLine {
  const sku = inputValue('sku');
  if (!sku) throw new PageInputError('Type or scan a SKU first.');
  const qty = parseAmount(inputValue('qty'), 'Quantity') ?? 1;
  if (qty <= 0) throw new PageInputError('Quantity must be more than 0.');
  const line: SaleLine = { sku, qty };
  const options = parseOptions(inputValue('options'));
  if (options) line.options = options;
  const override = parseAmount(inputValue('override'), 'Price override');
  if (override !== undefined) {
    const approver = inputValue('approver');
    if (!approver) throw new PageInputError('A price override needs the approving manager (Approver).');
    line.priceOverride = { price: override, approver };
  }
  return line;
}

/** `size=M, color=Red` as configurable options by attribute code and label. */
function parseOptions(text: string): Record<string, string> | undefined {
  if (!text) return undefined;
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const [code, label] = pair.split('=').map((s) => s.trim());
    if (!code || !label) throw new PageInputError(`Options are "code=Label, …", got "${pair.trim()}"`);
    out[code] = label;
  }
  return out;
}

/** Shows a SKU's stock reading: salable quantity and live/stale, or why it is unknown. */
let lookups = 0;

/**
 * Shows a SKU's stock. Like every action, it refreshes the status bar (a failed refresh raises a
 * stale-stock alert there) before writing its main output, so whoever reads "Stock" sees the bar
 * as of that reading.
 */
export async function showStock(till: PageTill, sku: string, status: StatusView): Promise<void> {
  const mine = ++lookups; // a later scan's reading wins over a slower earlier one
  clearText('stock', 'stock-freshness', 'stock-message', 'stock-json');
  let reading: StockReading;
  try {
    reading = await till.register.stockLevel(sku);
  } catch (e) {
    if (mine !== lookups) return;
    await status.refresh();
    setText('stock', 'unknown');
    setText('stock-freshness', 'unavailable');
    setText('stock-message', `${sku}: ${errorText(e)}`);
    return;
  }
  if (mine !== lookups) return;
  await status.refresh();
  if (mine !== lookups) return;
  setText('stock-message', `${sku}: ${reading.sourceQty ?? '?'} on this shop's shelf`);
  setText('stock-json', JSON.stringify(reading));
  setText('stock-freshness', reading.stale ? 'stale' : 'live');
  setText('stock', String(reading.qty));
}
