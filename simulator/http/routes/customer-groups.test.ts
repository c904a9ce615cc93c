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

describe('customer groups', () => {
  test('Magento ships four groups with tax class 3 "Retail Customer"', async () => {
    const r = await c.get<P>(`/V1/customerGroups/search?${searchQuery({})}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items, [
      { id: 0, code: 'NOT LOGGED IN', tax_class_id: 3, tax_class_name: 'Retail Customer' },
      { id: 1, code: 'General', tax_class_id: 3, tax_class_name: 'Retail Customer' },
      { id: 2, code: 'Wholesale', tax_class_id: 3, tax_class_name: 'Retail Customer' },
      { id: 3, code: 'Retailer', tax_class_id: 3, tax_class_name: 'Retail Customer' },
    ]);
    assert.equal(r.body.total_count, 4);
    assert.deepEqual((await c.get('/V1/customerGroups/2')).body, {
      id: 2,
      code: 'Wholesale',
      tax_class_id: 3,
      tax_class_name: 'Retail Customer',
    });
  });

  test('search filters and sorts', async () => {
    const r = await c.get<P>(
      `/V1/customerGroups/search?${searchQuery({
        filters: [[{ field: 'code', value: '%a%', condition_type: 'like' }]],
        sortOrders: [{ field: 'code', direction: 'DESC' }],
      })}`,
    );
    assert.deepEqual(
      r.body.items.map((g: P) => g.code),
      ['Wholesale', 'Retailer', 'General'],
    );
  });

  test('unknown group is 404 with the id field', async () => {
    const r = await c.get('/V1/customerGroups/42');
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'id', fieldValue: 42 },
    });
  });

  test('POST creates (code cut to 32), PUT renames, duplicates and bad tax classes are refused', async () => {
    const created = await c.post<P>('/V1/customerGroups', {
      group: { code: `VIP ${'x'.repeat(40)}`, tax_class_id: 3 },
    });
    assert.equal(created.status, 200);
    assert.equal(created.body.id, 4);
    assert.equal(created.body.code.length, 32);
    const renamed = await c.put<P>('/V1/customerGroups/4', { group: { code: 'VIP' } });
    assert.deepEqual(renamed.body, {
      id: 4,
      code: 'VIP',
      tax_class_id: 3,
      tax_class_name: 'Retail Customer',
    });
    const dup = await c.post('/V1/customerGroups', { group: { code: 'vip' } });
    assert.equal(dup.status, 400);
    assert.deepEqual(dup.body, { message: 'Customer Group already exists.' });
    const noCode = await c.post('/V1/customerGroups', { group: { code: '' } });
    assert.deepEqual(noCode.body, {
      message: '"%fieldName" is required. Enter and try again.',
      parameters: { fieldName: 'code' },
    });
    const productClass = await c.post('/V1/customerGroups', { group: { code: 'Odd', tax_class_id: 2 } });
    assert.deepEqual(productClass.body, {
      message: 'Invalid value of "%value" provided for the %fieldName field.',
      parameters: { fieldName: 'taxClassId', value: '2' },
    });
    assert.equal((await c.put('/V1/customerGroups/77', { group: { code: 'Nope' } })).status, 404);
  });

  test('default group: GET (current store, by store id), PUT, and what cannot be deleted', async () => {
    assert.equal((await c.get<P>('/V1/customerGroups/default')).body.id, 1);
    assert.equal((await c.get<P>('/V1/customerGroups/default/1')).body.code, 'General');
    const noStore = await c.get('/V1/customerGroups/default/9');
    assert.equal(noStore.status, 404);
    assert.deepEqual(noStore.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'storeId', fieldValue: 9 },
    });
    assert.equal((await c.put('/V1/customerGroups/default/2')).body, 2);
    assert.equal((await c.get<P>('/V1/customerGroups/default')).body.code, 'Wholesale');
    const guest = await new MagentoTestClient(sim.url).post<P>('/V1/customers', {
      customer: { email: 'g@example.com', firstname: 'G', lastname: 'H' },
    });
    assert.equal(guest.body.group_id, 2);
    const cannot = { message: 'Cannot delete group.' };
    assert.deepEqual((await c.delete('/V1/customerGroups/2')).body, cannot);
    assert.deepEqual((await c.delete('/V1/customerGroups/0')).body, cannot);
    assert.equal((await c.put('/V1/customerGroups/default/55')).status, 404);
    await c.put('/V1/customerGroups/default/1');
  });

  test('DELETE moves the group members to the default group', async () => {
    const vip = await c.post<P>('/V1/customers', {
      customer: { email: 'v@example.com', firstname: 'V', lastname: 'I', group_id: 4 },
    });
    assert.equal(vip.body.group_id, 4);
    assert.equal((await c.delete('/V1/customerGroups/4')).body, true);
    assert.equal((await c.get<P>(`/V1/customers/${vip.body.id}`)).body.group_id, 1);
    assert.equal((await c.delete('/V1/customerGroups/4')).status, 404);
  });

  test('group routes need Magento_Customer::group', async () => {
    const r = await new MagentoTestClient(sim.url).get('/V1/customerGroups/1');
    assert.equal(r.status, 401);
    assert.deepEqual(r.body, {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'Magento_Customer::group' },
    });
  });
});
