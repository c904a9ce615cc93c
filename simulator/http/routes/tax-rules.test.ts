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

const valid = {
  code: 'Test Rule',
  position: 10,
  priority: 5,
  customer_tax_class_ids: [3],
  product_tax_class_ids: [2],
  tax_rate_ids: [1, 2],
  calculate_subtotal: 1,
};

describe('tax rules', () => {
  test('a fresh install has no tax rule', async () => {
    const r = await c.get<P>(`/V1/taxRules/search?${searchQuery({})}`);
    assert.deepEqual([r.status, r.body.items, r.body.total_count], [200, [], 0]);
  });

  test('POST creates and echoes the rule (Magento api test), GET returns it', async () => {
    const r = await c.post<P>('/V1/taxRules', { rule: valid });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { id: 1, ...valid, calculate_subtotal: true });
    assert.deepEqual((await c.get('/V1/taxRules/1')).body, r.body);
  });

  test('unknown rule is 404 naming taxRuleId, on GET, PUT and DELETE', async () => {
    const expected = {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'taxRuleId', fieldValue: 12345 },
    };
    for (const r of [
      await c.get('/V1/taxRules/12345'),
      await c.put('/V1/taxRules', { rule: { ...valid, id: 12345, code: 'other' } }),
      await c.delete('/V1/taxRules/12345'),
    ]) {
      assert.deepEqual([r.status, r.body], [404, expected]);
    }
  });

  test('an existing code is "%1 already exists." ["Code"]', async () => {
    const r = await c.post('/V1/taxRules', { rule: { ...valid, code: 'test rule' } });
    assert.deepEqual([r.status, r.body], [400, { message: '%1 already exists.', parameters: ['Code'] }]);
  });

  test('classes of the wrong type: the message keeps %fieldValue (Magento api test)', async () => {
    const r = await c.post('/V1/taxRules', {
      rule: { ...valid, code: 'swapped', customer_tax_class_ids: [2], product_tax_class_ids: [3] },
    });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message:
        'No such entity with customer_tax_class_ids = %fieldValue\nNo such entity with product_tax_class_ids = %fieldValue',
    });
  });

  test('missing fields: one rendered message per field, joined by newlines', async () => {
    const r = await c.post('/V1/taxRules', { rule: { customer_tax_class_ids: [3, 99] } });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message: [
        'The position value of "" must be greater than or equal to 0.',
        'The priority value of "" must be greater than or equal to 0.',
        '"code" is required. Enter and try again.',
        'No such entity with class_id = 99',
        '"product_tax_class_ids" is required. Enter and try again.',
        '"tax_rate_ids" is required. Enter and try again.',
      ].join('\n'),
    });
    const negative = await c.post('/V1/taxRules', { rule: { ...valid, code: 'neg', position: -1 } });
    assert.deepEqual(negative.body, {
      message: 'The position value of "-1" must be greater than or equal to 0.',
    });
  });

  test('an unknown rate id breaks a foreign key: a masked 500', async () => {
    const r = await c.post<P>('/V1/taxRules', {
      rule: { ...valid, code: 'ghost rate', tax_rate_ids: [999] },
    });
    assert.equal(r.status, 500);
    assert.match(
      r.body.message,
      /^Internal Error\. Details are available in Magento log file\. Report ID: webapi-/,
    );
  });

  test('PUT updates by body id; search finds by code and by joined class and rate ids', async () => {
    await c.post('/V1/taxRules', {
      rule: {
        ...valid,
        code: 'NY only',
        position: 0,
        priority: 0,
        tax_rate_ids: [2],
        calculate_subtotal: false,
      },
    });
    const r = await c.put<P>('/V1/taxRules', {
      rule: { ...valid, id: 1, code: 'CA only', tax_rate_ids: [1] },
    });
    assert.deepEqual(r.body, {
      ...valid,
      id: 1,
      code: 'CA only',
      tax_rate_ids: [1],
      calculate_subtotal: true,
    });
    const byRate = await c.get<P>(
      `/V1/taxRules/search?${searchQuery({ filters: [[{ field: 'tax_calculation_rate_id', value: 2 }]] })}`,
    );
    assert.deepEqual(
      byRate.body.items.map((x: P) => x.code),
      ['NY only'],
    );
    const byCode = await c.get<P>(
      `/V1/taxRules/search?${searchQuery({
        filters: [[{ field: 'customer_tax_class_ids', value: 3 }]],
        sortOrders: [{ field: 'code', direction: 'DESC' }],
      })}`,
    );
    assert.deepEqual(
      byCode.body.items.map((x: P) => [x.id, x.code, x.calculate_subtotal]),
      [
        [2, 'NY only', false],
        [1, 'CA only', true],
      ],
    );
  });

  test('DELETE answers true', async () => {
    assert.deepEqual(await c.delete('/V1/taxRules/2').then((r) => [r.status, r.body]), [200, true]);
    assert.equal((await c.get('/V1/taxRules/2')).status, 404);
  });
});
