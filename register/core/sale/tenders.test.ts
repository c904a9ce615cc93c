import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RegisterSession } from '../../../contracts/driver.ts';
import { SaleDeclined } from '../sale-declined.ts';
import { paymentOf, planTenders, settleAmounts } from './tenders.ts';

const session = (edition: 'open-source' | 'commerce' = 'commerce') =>
  RegisterSession.parse({
    magentoUrl: 'http://m.example',
    storeCode: 'default',
    websiteCode: 'base',
    sourceCode: 's',
    stockId: 2,
    registerId: 'R',
    credentials: { kind: 'token', token: 't' },
    shopAddress: {
      firstname: 'a',
      lastname: 'b',
      street: ['x'],
      city: 'c',
      postcode: '1',
      country_id: 'US',
      telephone: '1',
    },
    dataDir: '/tmp/x',
    edition,
  });
const line = [{ sku: 'A', qty: 1 }];

test('one tender, its code; cash and card, the split code; nothing to pay, free', () => {
  assert.equal(planTenders({ lines: line, tenders: [{ method: 'cash' }] }, session()).method, 'pos_cash');
  assert.equal(planTenders({ lines: line, tenders: [{ method: 'card' }] }, session()).method, 'pos_card');
  assert.equal(
    planTenders({ lines: line, tenders: [{ method: 'cash', amount: 5 }, { method: 'card' }] }, session())
      .method,
    'pos_split',
  );
  const gc = planTenders({ lines: line, tenders: [{ method: 'gift_card', giftCardCode: 'GC1' }] }, session());
  assert.equal(gc.method, 'free');
  assert.deepEqual(gc.giftCards, [{ code: 'GC1', amount: undefined }]);
  assert.equal(gc.needsMagento, true);
});

test('Commerce tenders on Open Source, store credit without a customer, a gift card without code: declined', () => {
  const declined = (tenders: Parameters<typeof planTenders>[0]['tenders'], s = session(), re = /./) =>
    assert.throws(
      () => planTenders({ lines: line, tenders }, s),
      (e) => e instanceof SaleDeclined && re.test(e.message),
    );
  declined([{ method: 'gift_card', giftCardCode: 'X' }], session('open-source'), /Adobe Commerce/);
  declined([{ method: 'store_credit' }], session(), /needs a customer/);
  declined([{ method: 'gift_card' }], session(), /needs its code/);
});

test('amounts: the last tender takes the rest; short is declined; only cash may exceed (change)', () => {
  const plan = planTenders(
    { lines: line, tenders: [{ method: 'cash', amount: 5 }, { method: 'card' }] },
    session(),
  );
  assert.deepEqual(
    settleAmounts(plan, 12.34).map((p) => p.amount),
    [5, 7.34],
  );
  const short = planTenders(
    {
      lines: line,
      tenders: [
        { method: 'card', amount: 5 },
        { method: 'cash', amount: 5 },
      ],
    },
    session(),
  );
  assert.throws(() => settleAmounts(short, 12.34), /short by 2\.34/);
  const change = planTenders(
    {
      lines: line,
      tenders: [
        { method: 'card', amount: 5 },
        { method: 'cash', amount: 20 },
      ],
    },
    session(),
  );
  assert.deepEqual(
    settleAmounts(change, 12.34).map((p) => p.amount),
    [5, 7.34],
    'cash beyond the total is change',
  );
  const over = planTenders({ lines: line, tenders: [{ method: 'card', amount: 20 }] }, session());
  assert.throws(() => settleAmounts(over, 12.34), /exceed/);
});

test('the payment: one code, split lines for different codes, free when nothing is left to pay', () => {
  const cash = { kind: 'cash' as const, code: 'pos_cash' };
  const card = { kind: 'card' as const, code: 'pos_card' };
  assert.deepEqual(paymentOf([{ ...cash, amount: 5 }], 'pos_split'), { method: 'pos_cash' });
  assert.deepEqual(
    paymentOf(
      [
        { ...cash, amount: 5 },
        { ...card, amount: 0 },
      ],
      'pos_split',
    ),
    { method: 'pos_cash' },
  );
  assert.deepEqual(
    paymentOf(
      [
        { ...cash, amount: 5 },
        { ...card, amount: 2.5 },
      ],
      'pos_split',
    ),
    {
      method: 'pos_split',
      lines: [
        { method: 'pos_cash', amount: 5 },
        { method: 'pos_card', amount: 2.5 },
      ],
    },
  );
  assert.deepEqual(paymentOf([], 'pos_split'), { method: 'free' });
});
