import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseErpCsv, readErpFile } from './erp-file.ts';
import { ReconcileError } from './errors.ts';

/** Asserts that parsing fails with a one-line input error matching `pattern`. */
function refused(text: string, pattern: RegExp): void {
  assert.throws(
    () => parseErpCsv(text, 'stock.csv'),
    (err: unknown) => {
      assert.ok(err instanceof ReconcileError, String(err));
      assert.equal(err.kind, 'input');
      assert.ok(!err.message.includes('\n'), `one line: ${err.message}`);
      assert.match(err.message, pattern);
      return true;
    },
  );
}

describe('ERP file parsing', () => {
  test('reads rows with their line numbers, whatever the column order, case, BOM, CRLF, blanks and extra columns', () => {
    const text =
      '\uFEFFQuantity,SKU,name,Source_Code\r\n3,A-1,Mug,shop_a\r\n\r\n 2.5 , B-2 ,Tea,warehouse\r\n0,A-1,Mug,warehouse\r\n';
    assert.deepEqual(parseErpCsv(text, 'stock.csv'), [
      { sku: 'A-1', source_code: 'shop_a', quantity: 3, line: 2 },
      { sku: 'B-2', source_code: 'warehouse', quantity: 2.5, line: 4 },
      { sku: 'A-1', source_code: 'warehouse', quantity: 0, line: 5 },
    ]);
  });

  test('an empty file, or one of blanks, is refused', () => {
    refused('', /^stock\.csv is empty: it needs a header line "sku,source_code,quantity"/);
    refused('\uFEFF \n\n', /^stock\.csv is empty/);
  });

  test('a header without rows is refused', () => {
    refused('sku,source_code,quantity\n', /^stock\.csv has a header but no rows/);
  });

  test('a missing header names line 1 and the missing columns', () => {
    refused(
      'A-1,shop_a,3\nB-2,shop_a,4\n',
      /^stock\.csv line 1: the header must name the columns sku,source_code,quantity \(missing: sku, source_code, quantity; found: A-1,shop_a,3\)$/,
    );
    refused(
      'sku,source,quantity\nA-1,shop_a,3\n',
      /line 1: .*\(missing: source_code; found: sku,source,quantity\)/,
    );
  });

  test('a semicolon-separated export gets a hint', () => {
    refused('sku;source_code;quantity\nA;shop_a;3\n', /export it with commas/);
  });

  test('a column named twice is refused', () => {
    refused('sku,source_code,quantity,sku\nA,s,1,B\n', /line 1: the header names column sku twice/);
  });

  test('a non-numeric quantity names the line and the field', () => {
    refused(
      'sku,source_code,quantity\nA,shop_a,3\nB,shop_a,abc\n',
      /^stock\.csv line 3: field quantity is not a number: "abc"/,
    );
    refused('sku,source_code,quantity\nA,shop_a,1e3\n', /line 2: field quantity is not a number: "1e3"/);
    refused('sku,source_code,quantity\nA,shop_a,"3,5"\n', /line 2: field quantity is not a number: "3,5"/);
  });

  test('a negative quantity names the line and the field', () => {
    refused(
      'sku,source_code,quantity\nA,shop_a,3\n\nB,shop_a,-2\n',
      /^stock\.csv line 4: field quantity is negative \(-2\)/,
    );
  });

  test('empty fields are named', () => {
    refused('sku,source_code,quantity\n,shop_a,3\n', /line 2: field sku is empty/);
    refused('sku,source_code,quantity\nA,,3\n', /line 2: field source_code is empty/);
    refused('sku,source_code,quantity\nA,shop_a,\n', /line 2: field quantity is empty/);
  });

  test('a duplicate SKU and source (SKUs case-insensitive, as in Magento) names both lines', () => {
    refused(
      'sku,source_code,quantity\nA-1,shop_a,3\nB,shop_a,1\na-1,shop_a,4\n',
      /^stock\.csv line 4: duplicate sku "a-1" at source "shop_a" \(already on line 2\)$/,
    );
    assert.equal(parseErpCsv('sku,source_code,quantity\nA,shop_a,1\nA,shop_b,1\n', 'f').length, 2);
  });

  test('a line with too few or too many fields, or an open quote, names the line', () => {
    refused(
      'sku,source_code,quantity\nA,shop_a,3\nB,shop_a\n',
      /^stock\.csv line 3: has 2 fields where the header has 3$/,
    );
    refused('sku,source_code,quantity\nA,shop_a,3,9\n', /line 2: has 4 fields where the header has 3/);
    refused('sku,source_code,quantity\nA,"shop_a,3\n', /line 2: a quoted field is never closed/);
  });
});

describe('reading the ERP file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'posgate-erp-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('reads a file from disk', async () => {
    const file = join(dir, 'ok.csv');
    writeFileSync(file, 'sku,source_code,quantity\nA,shop_a,3\n');
    assert.deepEqual(await readErpFile(file), [{ sku: 'A', source_code: 'shop_a', quantity: 3, line: 2 }]);
  });

  test('a missing file or a directory is one line naming the path', async () => {
    await assert.rejects(readErpFile(join(dir, 'nope.csv')), {
      name: 'ReconcileError',
      message: `cannot read the ERP file ${join(dir, 'nope.csv')}: no such file`,
    });
    await assert.rejects(readErpFile(dir), { message: `cannot read the ERP file ${dir}: it is a directory` });
  });
});
