import { readFile } from 'node:fs/promises';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { ReconcileError } from './errors.ts';

/**
 * The authoritative stock file an ERP or WMS exports: a CSV with a header naming `sku`,
 * `source_code` and `quantity` (any order, any case; other columns are ignored) and one line per
 * SKU and source. It is read whole and refused at the first bad line, with the line and the field
 * named, because a reconciliation against a half-read file would flag phantom drift.
 */
export interface ErpRow {
  sku: string;
  source_code: string;
  quantity: number;
  /** 1-based line of the file, for messages. */
  line: number;
}

const COLUMNS = ['sku', 'source_code', 'quantity'] as const;
/** Digits with an optional decimal part (Magento allows decimal quantities); no sign, no exponent. */
const QUANTITY = /^\d+(\.\d+)?$/;

/** Reads and parses the ERP file; an unreadable or bad file is a ReconcileError naming the line. */
export async function readErpFile(path: string): Promise<ErpRow[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message;
    throw new ReconcileError('input', `cannot read the ERP file ${path}: ${why}`);
  }
  return parseErpCsv(text, path);
}

/** Parses the ERP CSV text; `name` is the file name used in messages. */
export function parseErpCsv(text: string, name: string): ErpRow[] {
  const bad = (line: number, what: string) => new ReconcileError('input', `${name} line ${line}: ${what}`);
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new ReconcileError(
      'input',
      `${name} is empty: it needs a header line "sku,source_code,quantity" and one line per SKU and source`,
    );
  const records = parseRecords(text, name);
  const [head, ...body] = records;
  if (!head) throw bad(1, 'no header line');
  const index = headerIndex(head.record, head.info.lines, name);
  if (body.length === 0)
    throw new ReconcileError('input', `${name} has a header but no rows: export one line per SKU and source`);

  const seen = new Map<string, number>();
  return body.map(({ record, info }) => {
    const line = info.lines;
    const field = (c: (typeof COLUMNS)[number]) => record[index[c]] ?? '';
    const sku = field('sku');
    const source = field('source_code');
    const qty = field('quantity');
    if (sku === '') throw bad(line, 'field sku is empty');
    if (source === '') throw bad(line, 'field source_code is empty');
    if (qty === '') throw bad(line, 'field quantity is empty');
    if (qty.startsWith('-') && QUANTITY.test(qty.slice(1)))
      throw bad(line, `field quantity is negative (${qty}): a quantity on hand is 0 or more`);
    if (!QUANTITY.test(qty))
      throw bad(line, `field quantity is not a number: "${qty}" (write digits, with "." for decimals)`);
    const key = `${sku.toLowerCase()}\u0000${source}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw bad(line, `duplicate sku "${sku}" at source "${source}" (already on line ${first})`);
    seen.set(key, line);
    return { sku, source_code: source, quantity: Number(qty), line };
  });
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

function parseRecords(text: string, name: string): ParsedRecord[] {
  try {
    return parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as ParsedRecord[];
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = typeof err['lines'] === 'number' ? err['lines'] : undefined;
    const where = line === undefined ? name : `${name} line ${line}`;
    const length = /expect (\d+), got (\d+)/.exec(err.message);
    const what = length
      ? `has ${length[2]} fields where the header has ${length[1]}`
      : err.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is never closed'
        : err.message.replace(/\s*(on|at) line \d+.*$/, '');
    throw new ReconcileError('input', `${where}: ${what}`);
  }
}

function headerIndex(header: string[], line: number, name: string): Record<(typeof COLUMNS)[number], number> {
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    const hint =
      header.length === 1 && /[;\t]/.test(header[0] ?? '')
        ? ' (the file seems to use ";" or tabs: export it with commas)'
        : '';
    throw new ReconcileError(
      'input',
      `${name} line ${line}: the header must name the columns sku,source_code,quantity (missing: ${missing.join(', ')}; found: ${header.join(',')})${hint}`,
    );
  }
  const repeated = COLUMNS.find((c) => names.indexOf(c) !== names.lastIndexOf(c));
  if (repeated)
    throw new ReconcileError('input', `${name} line ${line}: the header names column ${repeated} twice`);
  return {
    sku: names.indexOf('sku'),
    source_code: names.indexOf('source_code'),
    quantity: names.indexOf('quantity'),
  };
}
