import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Namespace } from './namespace.ts';

const ns = Namespace.of('pg3f9a1c');

test('names map into the namespace the way the brief spells them', () => {
  assert.equal(ns.sku('TSHIRT'), 'PG3F9A1C-TSHIRT');
  assert.equal(ns.email('anna@example.com'), 'anna+pg3f9a1c@example.com');
  assert.equal(ns.source('shop_a'), 'pg3f9a1c_shop_a');
  assert.equal(ns.code('US-TX-*-Rate 1'), 'pg3f9a1c US-TX-*-Rate 1');
  assert.equal(ns.coupon('SAVE10'), 'PG3F9A1C-SAVE10');
  assert.equal(ns.urlKey('TSHIRT-S'), 'pg3f9a1c-tshirt-s');
});

test('the reverse mapping gives back the scenario name, and nothing for another run', () => {
  assert.equal(ns.fromSku('PG3F9A1C-TSHIRT-S'), 'TSHIRT-S');
  assert.equal(ns.fromSku('pg3f9a1c-tshirt-s'), 'tshirt-s', 'SKUs compare case-insensitively');
  assert.equal(ns.fromSku('PG000000-TSHIRT'), undefined);
  assert.equal(ns.fromSku('TSHIRT'), undefined);
  assert.equal(ns.fromEmail('anna+pg3f9a1c@example.com'), 'anna@example.com');
  assert.equal(ns.fromEmail('anna+x+pg3f9a1c@example.com'), 'anna+x@example.com');
  assert.equal(ns.fromEmail('anna@example.com'), undefined);
  assert.equal(ns.fromSource('pg3f9a1c_shop_a'), 'shop_a');
  assert.equal(ns.fromCode('pg3f9a1c Texas Retail'), 'Texas Retail');
  assert.equal(ns.fromCode('Texas Retail'), undefined);
  assert.equal(ns.fromCoupon('PG3F9A1C-SAVE10'), 'SAVE10');
});

test('forward mappings are idempotent: a step cannot namespace twice', () => {
  for (const f of ['sku', 'email', 'source', 'code', 'coupon'] as const) {
    const once = ns[f](f === 'email' ? 'a@example.com' : 'X1');
    assert.equal(ns[f](once), once, f);
  }
});

test("the Default Source is Magento's own and never mapped", () => {
  assert.equal(ns.source('default'), 'default');
  assert.equal(ns.fromSource('default'), 'default');
});

test('the identity namespace maps every name to itself (the embedded simulator is reset instead)', () => {
  const id = Namespace.identity();
  assert.equal(id.isIdentity, true);
  assert.equal(id.sku('TSHIRT'), 'TSHIRT');
  assert.equal(id.email('anna@example.com'), 'anna@example.com');
  assert.equal(id.source('shop_a'), 'shop_a');
  assert.equal(id.code('Texas Retail'), 'Texas Retail');
  assert.equal(id.fromSku('TSHIRT'), 'TSHIRT');
});

test('LIKE patterns find the run records', () => {
  assert.deepEqual(ns.patterns, {
    sku: 'PG3F9A1C-%',
    email: '%+pg3f9a1c@%',
    source: 'pg3f9a1c_%',
    code: 'pg3f9a1c %',
  });
});

test('random namespaces have the run format; unusable ids and emails are refused', () => {
  const a = Namespace.random();
  assert.match(a.id, /^pg[0-9a-f]{6}$/);
  assert.notEqual(a.id, Namespace.random().id);
  assert.throws(() => Namespace.of('PG-1'), /not usable/);
  assert.throws(() => Namespace.of(''), /not usable/);
  assert.throws(() => ns.email('not-an-email'), /not an email/);
});
