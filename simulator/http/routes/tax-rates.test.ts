import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MagentoTestClient, searchQuery } from '../../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../../index.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
type P = Record<string, any>;
let sim: Simulator;
let c: MagentoTestClient;

before(async () => {
  sim = await createSimulator();
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
});
after(() => sim.close());

const REQUIRED = '"%fieldName" is required. Enter and try again.';
const INVALID = 'Invalid value of "%value" provided for the %fieldName field.';

describe('tax rates', () => {
  test('Magento installs US-CA-*-Rate 1 (8.25) and US-NY-*-Rate 1 (8.375), body as its api test expects', async () => {
    const r = await c.get('/V1/taxRates/2');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, {
      id: 2,
      tax_country_id: 'US',
      tax_region_id: 43,
      region_name: 'NY',
      tax_postcode: '*',
      rate: 8.375,
      code: 'US-NY-*-Rate 1',
      titles: [],
    });
    const all = await c.get<P>(`/V1/taxRates/search?${searchQuery({})}`);
    assert.deepEqual(
      all.body.items.map((x: P) => [x.id, x.code, x.rate, x.region_name]),
      [
        [1, 'US-CA-*-Rate 1', 8.25, 'CA'],
        [2, 'US-NY-*-Rate 1', 8.375, 'NY'],
      ],
    );
  });

  test('unknown rate is 404 naming taxRateId', async () => {
    const r = await c.get('/V1/taxRates/37865');
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'taxRateId', fieldValue: 37865 },
    });
  });

  test('POST creates (tax_rate accepted), without a region the rate is for any region', async () => {
    const r = await c.post<P>('/V1/taxRates', {
      tax_rate: { tax_country_id: 'CZ', tax_postcode: '110 00', code: 'codeCz1', rate: '1.1' },
    });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, {
      id: 3,
      tax_country_id: 'CZ',
      tax_region_id: 0,
      tax_postcode: '110 00',
      rate: 1.1,
      code: 'codeCz1',
      titles: [],
    });
    assert.deepEqual((await c.get('/V1/taxRates/3')).body, r.body);
  });

  test('a ZIP range is stored as from-to; titles keep their store as a string', async () => {
    const r = await c.post<P>('/V1/taxRates', {
      taxRate: {
        tax_country_id: 'US',
        tax_region_id: 12,
        code: 'CA range',
        rate: 8.2501,
        zip_is_range: 1,
        zip_from: 17,
        zip_to: 25,
        titles: [{ store_id: 1, value: 'CA tax' }],
      },
    });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, {
      id: 4,
      tax_country_id: 'US',
      tax_region_id: 12,
      region_name: 'CA',
      tax_postcode: '17-25',
      zip_is_range: 1,
      zip_from: 17,
      zip_to: 25,
      rate: 8.2501,
      code: 'CA range',
      titles: [{ store_id: '1', value: 'CA tax' }],
    });
  });

  test('a region of another country becomes "any region"; a long postcode is cut to 10', async () => {
    const r = await c.post<P>('/V1/taxRates', {
      taxRate: {
        tax_country_id: 'US',
        tax_region_id: 66,
        tax_postcode: '12345678901234',
        code: 'mixed',
        rate: 1,
      },
    });
    assert.equal(r.status, 200);
    assert.equal(r.body.tax_region_id, 0);
    assert.equal(r.body.tax_postcode, '1234567890');
    assert.equal('region_name' in r.body, false);
  });

  test('a missing rate is "percentage_rate" required (Magento api test)', async () => {
    const r = await c.post('/V1/taxRates', {
      tax_rate: { tax_country_id: 'US', tax_region_id: 12, tax_postcode: '*', code: 'US-CA-*-Rate 1' },
    });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, { message: REQUIRED, parameters: { fieldName: 'percentage_rate' } });
  });

  test('an existing code is "%1 already exists." ["Code"], in any case', async () => {
    const r = await c.post('/V1/taxRates', {
      taxRate: {
        tax_country_id: 'US',
        tax_region_id: 12,
        tax_postcode: '*',
        code: 'us-ca-*-rate 1',
        rate: 8.2501,
      },
    });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, { message: '%1 already exists.', parameters: ['Code'] });
  });

  test('every validation error at once, in the repository order', async () => {
    const r = await c.post('/V1/taxRates', {
      taxRate: {
        tax_country_id: 'XX',
        tax_region_id: -3,
        rate: -1,
        code: ' ',
        zip_is_range: 1,
        zip_from: 30,
        zip_to: 20,
      },
    });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message: 'One or more input exceptions have occurred.',
      errors: [
        { message: INVALID, parameters: { fieldName: 'country_id', value: 'XX' } },
        { message: INVALID, parameters: { fieldName: 'region_id', value: -3 } },
        { message: REQUIRED, parameters: { fieldName: 'percentage_rate' } },
        { message: REQUIRED, parameters: { fieldName: 'code' } },
        { message: 'Range To should be equal or greater than Range From.', parameters: [] },
      ],
    });
    const empty = await c.post('/V1/taxRates', { taxRate: { rate: 5, code: 'x' } });
    assert.deepEqual(empty.body, {
      message: 'One or more input exceptions have occurred.',
      errors: [
        { message: REQUIRED, parameters: { fieldName: 'country_id' } },
        { message: REQUIRED, parameters: { fieldName: 'postcode' } },
      ],
    });
    const noTo = await c.post('/V1/taxRates', {
      taxRate: { tax_country_id: 'US', rate: 5, code: 'x', zip_is_range: 1, zip_from: 1 },
    });
    // PHP: 1 > null is true, so the range message comes too.
    assert.deepEqual(noTo.body, {
      message: 'One or more input exceptions have occurred.',
      errors: [
        { message: INVALID, parameters: { fieldName: 'zip_to', value: null } },
        { message: 'Range To should be equal or greater than Range From.', parameters: [] },
      ],
    });
  });

  test('a ZIP bound longer than nine digits is refused by the model', async () => {
    const r = await c.post('/V1/taxRates', {
      taxRate: {
        tax_country_id: 'US',
        rate: 5,
        code: 'long',
        zip_is_range: 1,
        zip_from: 1234567890,
        zip_to: 1234567891,
      },
    });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message:
        'The ZIP Code length is invalid. Verify that the length is nine characters or fewer and try again.',
    });
  });

  test('PUT updates by body id; an unknown id is 404', async () => {
    const r = await c.put<P>('/V1/taxRates', {
      taxRate: {
        id: 3,
        tax_country_id: 'US',
        tax_region_id: 43,
        tax_postcode: '07400',
        code: 'NY 07400',
        rate: 3.456,
      },
    });
    assert.equal(r.status, 200);
    assert.deepEqual(
      [r.body.id, r.body.region_name, r.body.tax_postcode, r.body.rate],
      [3, 'NY', '07400', 3.456],
    );
    const missing = await c.put('/V1/taxRates', {
      taxRate: { id: 555, tax_country_id: 'US', tax_postcode: '*', code: 'nope', rate: 1 },
    });
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'taxRateId', fieldValue: 555 },
    });
  });

  test('search filters by country and region name and sorts by postcode', async () => {
    const r = await c.get<P>(
      `/V1/taxRates/search?${searchQuery({
        filters: [[{ field: 'tax_country_id', value: 'US' }], [{ field: 'region_name', value: 'CA' }]],
        sortOrders: [{ field: 'tax_postcode', direction: 'DESC' }],
      })}`,
    );
    // MySQL order: '17-25' sorts after '*', so it comes first descending.
    assert.deepEqual(
      r.body.items.map((x: P) => x.code),
      ['CA range', 'US-CA-*-Rate 1'],
    );
    assert.equal(r.body.total_count, 2);
  });

  test('DELETE refuses a rate used by a rule, then deletes; unknown is 404', async () => {
    const rule = await c.post<P>('/V1/taxRules', {
      rule: {
        code: 'uses 1',
        priority: 0,
        position: 0,
        customer_tax_class_ids: [3],
        product_tax_class_ids: [2],
        tax_rate_ids: [1],
      },
    });
    const used = await c.delete('/V1/taxRates/1');
    assert.deepEqual(
      [used.status, used.body],
      [400, { message: "The tax rate can't be removed because it exists in a tax rule." }],
    );
    await c.delete(`/V1/taxRules/${rule.body.id}`);
    assert.deepEqual(await c.delete('/V1/taxRates/1').then((r) => [r.status, r.body]), [200, true]);
    const gone = await c.delete('/V1/taxRates/1');
    assert.equal(gone.status, 404);
    assert.deepEqual(gone.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'taxRateId', fieldValue: 1 },
    });
  });
});
