import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type MoneyKit, type P, segments, startMoneyShop, tillCart, totalsOf } from './commerce-test-kit.ts';

/**
 * The POS extension (docs/pos-extension.md) on a Commerce 2.4.8 till: manager price overrides and
 * split tender, through the POS order route and through core placement (placement hook).
 * Cart "2 mugs + a tote" = 42.50 + 15.00 + 3.51 = 61.01; with the mugs at 10.00:
 * 38.50 + 15.00 + 3.18 (8.25 % of 38.50 = 3.17625) = 56.68.
 */
let kit: MoneyKit;
before(async () => {
  kit = await startMoneyShop();
});
after(() => kit.close());

const orderCount = async () => (await kit.admin.get<P>('/V1/orders?searchCriteria=')).body['total_count'];
const mugItem = async (id: number) =>
  (await kit.admin.get<P[]>(`/V1/carts/${id}/items`)).body.find((i) => i['sku'] === 'MUG')?.['item_id'];
const override = (id: number, item: number, body: P) =>
  kit.admin.put<P>(`/V1/pos/carts/${id}/items/${item}/price-override`, body);
const MISMATCH =
  'The payment lines add up to %1 but the grand total is %2: a split tender must pay the grand total exactly.';
const UNSAVED_LINES =
  'Save the split tender lines on the cart first: PUT /V1/carts/:cartId/selected-payment-method with pos_split and additional_data, or place with PUT /V1/pos/carts/:cartId/order.';

describe('price override and split tender', () => {
  let cart: number;
  let item: number;
  before(async () => {
    cart = await tillCart(kit, [
      ['MUG', 2],
      ['TOTE', 1],
    ]);
    item = await mugItem(cart);
  });

  test('an override is the line price for subtotal and tax; removing it restores the catalog price', async () => {
    const r = await override(cart, item, { price: 10, approver: 'mgr-7', reason: 'damaged box' });
    assert.equal(r.status, 200);
    assert.deepEqual(
      { ...r.body, created_at: typeof r.body['created_at'] },
      {
        item_id: item,
        price: 10,
        original_price: 12,
        approver: 'mgr-7',
        reason: 'damaged box',
        created_at: 'string',
      },
    );
    const t = await totalsOf(kit, cart);
    assert.deepEqual(segments(t), [
      ['subtotal', 38.5],
      ['shipping', 15],
      ['tax', 3.18],
      ['grand_total', 56.68],
    ]);
    assert.deepEqual(
      t['items'].map((i: P) => [i.price, i.row_total]),
      [
        [10, 20],
        [18.5, 18.5],
      ],
    );
    assert.deepEqual(
      await kit.admin.delete(`/V1/pos/carts/${cart}/items/${item}/price-override`).then((x) => x.body),
      true,
    );
    assert.equal((await totalsOf(kit, cart))['grand_total'], 61.01);
    assert.equal(
      (await override(cart, item, { price: 10, approver: 'mgr-7', reason: 'damaged box' })).status,
      200,
    );
  });

  test('override refusals: unknown line, negative price, no approver', async () => {
    const gone = await override(cart, 999, { price: 1, approver: 'mgr-7' });
    assert.deepEqual(
      [gone.status, gone.body],
      [404, { message: "The %1 Cart doesn't contain the %2 item.", parameters: [cart, 999] }],
    );
    const negative = await override(cart, item, { price: -1, approver: 'mgr-7' });
    assert.deepEqual(
      [negative.status, negative.body],
      [400, { message: 'The override price must be 0 or more.' }],
    );
    const nobody = await override(cart, item, { price: 9, approver: ' ' });
    assert.deepEqual(
      [nobody.status, nobody.body],
      [
        400,
        { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'approver' } },
      ],
    );
  });

  test('split tender refusals leave no order and the cart open', async () => {
    const count = await orderCount();
    const place = (payments: P[]) => kit.admin.put<P>(`/V1/pos/carts/${cart}/order`, { payments });
    const cases: Array<[P[], P]> = [
      [[], { message: 'A split tender needs at least one payment line.' }],
      [
        [
          { method: 'pos_cash', amount: 50 },
          { method: 'pos_off', amount: 6.68 },
        ],
        {
          message: 'The payment method "%1" of payment line %2 is not available.',
          parameters: ['pos_off', 2],
        },
      ],
      [
        [{ method: 'pos_cash', amount: 0 }],
        { message: 'The amount of payment line %1 must be greater than 0.', parameters: [1] },
      ],
      [
        [
          { method: 'pos_cash', amount: 50 },
          { method: 'pos_card', amount: 6.67 },
        ],
        { message: MISMATCH, parameters: ['56.67', '56.68'] },
      ],
    ];
    for (const [payments, body] of cases)
      assert.deepEqual(await place(payments).then((r) => [r.status, r.body]), [400, body]);
    assert.equal(await orderCount(), count);
    assert.equal((await kit.admin.get<P>(`/V1/carts/${cart}`)).body['is_active'], true);
  });

  test('a sale paid 50.00 cash + 6.68 card: payment lines, client sale id and the override on the order', async () => {
    const r = await kit.admin.put<number>(`/V1/pos/carts/${cart}/order`, {
      payments: [
        { method: 'pos_cash', amount: 50 },
        { method: 'pos_card', amount: 6.68, reference: 'AUTH-991' },
      ],
      client_sale_id: 'REG1-000042',
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const order = (await kit.admin.get<P>(`/V1/orders/${r.body}`)).body;
    assert.equal(order['grand_total'], 56.68);
    const lines = [
      { method: 'pos_cash', title: 'Cash (POS)', amount: 50 },
      { method: 'pos_card', title: 'Card (POS)', amount: 6.68, reference: 'AUTH-991' },
    ];
    assert.equal(order['payment']['method'], 'pos_split');
    assert.deepEqual(order['payment']['additional_information'], [
      'Split Tender (POS)',
      JSON.stringify(lines),
    ]);
    const ext = order['extension_attributes'];
    assert.deepEqual(ext['pos_payments'], lines);
    assert.deepEqual(
      ext['payment_additional_info'].find((kv: P) => kv.key === 'pos_payments'),
      {
        key: 'pos_payments',
        value: JSON.stringify(lines),
      },
    );
    assert.equal(ext['pos_client_sale_id'], 'REG1-000042');
    const mug = order['items'].find((i: P) => i.sku === 'MUG');
    assert.deepEqual([mug.price, mug.original_price, mug.row_total], [10, 12, 20]);
    const shown = mug.extension_attributes.pos_price_override;
    assert.deepEqual(
      { ...shown, created_at: typeof shown.created_at },
      {
        price: 10,
        original_price: 12,
        approver: 'mgr-7',
        reason: 'damaged box',
        created_at: 'string',
      },
    );
    const assigned = ext['shipping_assignments'][0].items.find((i: P) => i.sku === 'MUG');
    assert.deepEqual(assigned.extension_attributes.pos_price_override, shown);
    assert.equal(order['items'].find((i: P) => i.sku === 'TOTE').extension_attributes, undefined);
  });

  test('pos_split set as the payment method, lines in additional_data, is checked at placement too', async () => {
    const id = await tillCart(kit, [['TOTE', 1]]);
    // 18.50 + 5.00 + 1.53 (8.25 % of 18.50 = 1.52625) = 25.03
    const set = (amounts: number[]) =>
      kit.admin.put(`/V1/carts/${id}/selected-payment-method`, {
        method: {
          method: 'pos_split',
          additional_data: amounts.map((amount, i) =>
            JSON.stringify({ method: i ? 'pos_card' : 'pos_cash', amount }),
          ),
        },
      });
    assert.equal((await set([20, 5])).status, 200);
    const refused = await kit.admin.put(`/V1/pos/carts/${id}/order`, {});
    assert.deepEqual(
      [refused.status, refused.body],
      [400, { message: MISMATCH, parameters: ['25.00', '25.03'] }],
    );
    await kit.admin.put(`/V1/carts/${id}/selected-payment-method`, {
      method: { method: 'pos_split', additional_data: ['cash 25.03'] },
    });
    const garbled = await kit.admin.put(`/V1/pos/carts/${id}/order`, {});
    assert.deepEqual(
      [garbled.status, garbled.body],
      [400, { message: 'Payment line %1 is not a JSON object {"method","amount"}.', parameters: [1] }],
    );
    await set([20, 5.03]);
    const placed = await kit.admin.put<number>(`/V1/pos/carts/${id}/order`, {});
    assert.equal(placed.status, 200);
    const order = (await kit.admin.get<P>(`/V1/orders/${placed.body}`)).body;
    assert.deepEqual(
      order['extension_attributes']['pos_payments'].map((l: P) => l.amount),
      [20, 5.03],
    );
  });

  test('core PUT /V1/carts/:cartId/order checks the saved pos_split lines; lines only in its body are refused', async () => {
    const id = await tillCart(kit, [['TOTE', 1]]);
    const lines = [JSON.stringify({ method: 'pos_cash', amount: 1 })];
    const bodyOnly = await kit.admin.put(`/V1/carts/${id}/order`, {
      paymentMethod: { method: 'pos_split', additional_data: lines },
    });
    assert.deepEqual([bodyOnly.status, bodyOnly.body], [400, { message: UNSAVED_LINES }]);
    await kit.admin.put(`/V1/carts/${id}/selected-payment-method`, {
      method: { method: 'pos_split', additional_data: lines },
    });
    const count = await orderCount();
    const r = await kit.admin.put(`/V1/carts/${id}/order`, {});
    assert.deepEqual([r.status, r.body], [400, { message: MISMATCH, parameters: ['1.00', '25.03'] }]);
    assert.equal(await orderCount(), count);
    // Paying with another method instead leaves no split lines on the order.
    const cash = await kit.admin.put<number>(`/V1/carts/${id}/order`, {
      paymentMethod: { method: 'pos_cash' },
    });
    assert.equal(cash.status, 200, JSON.stringify(cash.body));
    const order = (await kit.admin.get<P>(`/V1/orders/${cash.body}`)).body;
    assert.deepEqual(
      [order['payment']['method'], order['extension_attributes']['pos_payments']],
      ['pos_cash', undefined],
    );
  });
});
