import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MagentoTestClient, searchQuery } from '../../../test/support/magento-client.ts';
import { createSimulator, type Simulator } from '../../index.ts';
import { createStoreGroup, createStoreView, createWebsite } from '../../modules/store/store-writes.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read as loose JSON
type P = Record<string, any>;
let sim: Simulator;
let c: MagentoTestClient;
const PASSWORD = 'Secret-123';

const address = (over: P = {}) => ({
  firstname: 'Ann',
  lastname: 'Lee',
  street: ['1 Main St'],
  city: 'Springfield',
  postcode: '12345',
  country_id: 'US',
  region_id: 12,
  telephone: '5550100',
  ...over,
});
const newCustomer = (email: string, over: P = {}) => ({ email, firstname: 'Ann', lastname: 'Lee', ...over });
const guest = () => new MagentoTestClient(sim.url);
const signUp = (customer: P, password?: string, client = guest()) =>
  client.post<P>('/V1/customers', { customer, ...(password ? { password } : {}) });

before(async () => {
  sim = await createSimulator({
    prepare: [
      (s) => {
        const eu = createWebsite(s, { code: 'eu', name: 'EU' });
        const g = createStoreGroup(s, { websiteId: eu.id, code: 'eu_group', name: 'EU Store' });
        createStoreView(s, { groupId: g.id, code: 'eu_en', name: 'EU English' });
      },
    ],
  });
  c = new MagentoTestClient(sim.url);
  await c.loginAdmin();
});
after(() => sim.close());

describe('POST /V1/customers (anonymous createAccount)', () => {
  test('creates the account in the URL store with the default group and default addresses', async () => {
    const r = await signUp(
      newCustomer('ann@example.com', {
        addresses: [
          address({ default_billing: true }),
          address({ street: ['2 Side St'], default_shipping: true }),
        ],
      }),
      PASSWORD,
    );
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.body).slice(0, 4), [
      'id',
      'group_id',
      'default_billing',
      'default_shipping',
    ]);
    assert.equal(r.body.group_id, 1);
    assert.equal(r.body.store_id, 1);
    assert.equal(r.body.website_id, 1);
    assert.equal(r.body.created_in, 'Default Store View');
    assert.equal(r.body.confirmation, undefined);
    const [billing, shipping] = r.body.addresses as [P, P];
    assert.equal(r.body.default_billing, String(billing.id));
    assert.equal(r.body.default_shipping, String(shipping.id));
    assert.equal(billing.customer_id, r.body.id);
    assert.equal(billing.default_billing, true);
    assert.equal(billing.default_shipping, undefined);
    const token = await guest().post('/V1/integration/customer/token', {
      username: 'ann@example.com',
      password: PASSWORD,
    });
    assert.equal(token.status, 200);
  });

  test('a group_id from an anonymous caller is refused since 2.4.7; an admin may set it', async () => {
    const anon = await signUp(newCustomer('grp@example.com', { group_id: 2 }));
    assert.equal(anon.status, 401);
    assert.deepEqual(anon.body, {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'Magento_Customer::manage' },
    });
    const admin = await signUp(newCustomer('grp@example.com', { group_id: 3 }), undefined, c);
    assert.equal(admin.body.group_id, 3);
    const bad = await signUp(newCustomer('grp2@example.com', { group_id: 99 }), undefined, c);
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, { message: 'The specified customer group id does not exist.' });
  });

  test('the same email may exist once per website', async () => {
    const dup = await signUp(newCustomer('ann@example.com'));
    assert.equal(dup.status, 400);
    assert.deepEqual(dup.body, {
      message: 'A customer with the same email address already exists in an associated website.',
    });
    const other = await guest().post<P>('/rest/eu_en/V1/customers', {
      customer: newCustomer('ann@example.com'),
    });
    assert.equal(other.status, 200);
    assert.equal(other.body.website_id, 2);
    assert.equal(other.body.created_in, 'EU English');
  });

  test('email and name validation, in Magento order', async () => {
    assert.deepEqual((await signUp(newCustomer(''))).body, {
      message: 'The customer email is missing. Enter and try again.',
    });
    assert.deepEqual((await signUp(newCustomer('not-an-email'))).body, {
      message: '"Email" is not a valid email address.',
    });
    const names = await signUp({ email: 'names@example.com', firstname: '', lastname: '' });
    assert.equal(names.status, 400);
    assert.deepEqual(names.body, {
      message: '"First Name" is a required value.\n"Last Name" is a required value.',
    });
  });

  test('password strength', async () => {
    const tries: Array<[string, P]> = [
      [
        'Ab1!',
        {
          message: 'The password needs at least %1 characters. Create a new password and try again.',
          parameters: [8],
        },
      ],
      [
        ' Abcdef1! ',
        { message: "The password can't begin or end with a space. Verify the password and try again." },
      ],
      [
        'abcdefgh',
        {
          message:
            'Minimum of different classes of characters in password is %1. Classes of characters: Lower Case, Upper Case, Digits, Special Characters.',
          parameters: [3],
        },
      ],
      [
        'Pw1@example.com',
        {
          message:
            "The password can't be the same as the email address. Create a new password and try again.",
        },
      ],
    ];
    for (const [password, body] of tries) {
      const r = await signUp(newCustomer('pw1@example.com'), password);
      assert.equal(r.status, 400, password);
      assert.deepEqual(r.body, body, password);
    }
  });

  test('address problems are listed together', async () => {
    const r = await signUp(
      newCustomer('addr@example.com', {
        addresses: [address({ city: '', telephone: '', country_id: 'usa' })],
      }),
    );
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, {
      message: 'One or more input exceptions have occurred.',
      errors: [
        { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'city' } },
        { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'telephone' } },
        {
          message: 'Invalid value of "%value" provided for the %fieldName field.',
          parameters: { fieldName: 'countryId', value: 'usa' },
        },
      ],
    });
    const one = await signUp(newCustomer('addr@example.com', { addresses: [address({ firstname: '' })] }));
    assert.deepEqual(one.body, {
      message: '"%fieldName" is required. Enter and try again.',
      parameters: { fieldName: 'firstname' },
    });
  });
});

describe('customers by id', () => {
  let id: number;
  before(async () => {
    const r = await signUp(
      newCustomer('bob@example.com', {
        firstname: 'Bob',
        addresses: [address({ default_billing: true, default_shipping: true })],
      }),
    );
    id = r.body.id;
  });

  test('GET, 404, and the ACL of reads and writes', async () => {
    assert.equal((await c.get<P>(`/V1/customers/${id}`)).body.email, 'bob@example.com');
    const missing = await c.get('/V1/customers/9999');
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'customerId', fieldValue: 9999 },
    });
    const read = await guest().get(`/V1/customers/${id}`);
    assert.deepEqual(read.body, {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'Magento_Customer::customer' },
    });
    const write = await guest().put(`/V1/customers/${id}`, { customer: {} });
    assert.equal(write.status, 401);
    assert.deepEqual(write.body, {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'Magento_Customer::manage' },
    });
  });

  test('default billing and shipping addresses; address by id', async () => {
    const billing = await c.get<P>(`/V1/customers/${id}/billingAddress`);
    assert.equal(billing.body.city, 'Springfield');
    const shipping = await c.get<P>(`/V1/customers/${id}/shippingAddress`);
    assert.equal(shipping.body.id, billing.body.id);
    assert.equal((await c.get<P>(`/V1/customers/addresses/${billing.body.id}`)).body.customer_id, id);
    const none = await c.get('/V1/customers/addresses/9999');
    assert.equal(none.status, 404);
    assert.deepEqual(none.body, {
      message: 'No such entity with %fieldName = %fieldValue',
      parameters: { fieldName: 'addressId', fieldValue: 9999 },
    });
  });

  test('PUT replaces fields and addresses; email and names are required', async () => {
    const before = (await c.get<P>(`/V1/customers/${id}`)).body;
    const r = await c.put<P>(`/V1/customers/${id}`, {
      customer: {
        email: 'bob@example.com',
        firstname: 'Robert',
        lastname: 'Lee',
        group_id: 2,
        addresses: [address({ city: 'Shelbyville' })],
      },
    });
    assert.equal(r.status, 200);
    assert.equal(r.body.firstname, 'Robert');
    assert.equal(r.body.group_id, 2);
    assert.equal(r.body.created_at, before.created_at);
    assert.equal(r.body.addresses.length, 1);
    assert.notEqual(r.body.addresses[0].id, before.addresses[0].id);
    assert.equal(r.body.default_billing, undefined);
    assert.equal((await c.get(`/V1/customers/addresses/${before.addresses[0].id}`)).status, 404);
    const noEmail = await c.put(`/V1/customers/${id}`, { customer: { firstname: 'R', lastname: 'L' } });
    assert.deepEqual(noEmail.body, { message: 'The customer email is missing. Enter and try again.' });
    const badGroup = await c.put(`/V1/customers/${id}`, {
      customer: newCustomer('bob@example.com', { group_id: 77 }),
    });
    assert.deepEqual(badGroup.body, { message: 'The specified customer group id does not exist.' });
    const taken = await c.put(`/V1/customers/${id}`, { customer: newCustomer('ann@example.com') });
    assert.deepEqual(taken.body, {
      message: 'A customer with the same email address already exists in an associated website.',
    });
  });

  test('DELETE /V1/addresses/:addressId clears the default; DELETE the customer', async () => {
    const withDefault = await c.put<P>(`/V1/customers/${id}`, {
      customer: newCustomer('bob@example.com', { addresses: [address({ default_billing: true })] }),
    });
    const addressId = withDefault.body.addresses[0].id;
    assert.equal((await c.delete(`/V1/addresses/${addressId}`)).body, true);
    const after = (await c.get<P>(`/V1/customers/${id}`)).body;
    assert.equal(after.default_billing, undefined);
    assert.deepEqual(after.addresses, []);
    assert.deepEqual((await c.get(`/V1/customers/${id}/billingAddress`)).body, []);
    assert.equal((await c.delete(`/V1/customers/${id}`)).body, true);
    assert.equal((await c.get(`/V1/customers/${id}`)).status, 404);
  });
});

describe('GET /V1/customers/search', () => {
  before(async () => {
    for (const [email, first, group] of [
      ['s1@shop.test', 'Zoe', 1],
      ['s2@shop.test', 'Adam', 2],
      ['s3@shop.test', 'Mia', 3],
    ] as const) {
      await signUp(
        newCustomer(email, {
          firstname: first,
          group_id: group,
          addresses: [address({ postcode: `9000${group}`, default_billing: true })],
        }),
        undefined,
        c,
      );
    }
  });

  test('like, in (OR), AND, sort, paging, camelCase keys', async () => {
    const r = await c.get<P>(
      `/V1/customers/search?${searchQuery({
        filters: [
          [{ field: 'email', value: '%@shop.test', condition_type: 'like' }],
          [{ field: 'group_id', value: '2,3', condition_type: 'in' }],
        ],
        sortOrders: [{ field: 'firstname', direction: 'ASC' }],
        pageSize: 1,
        currentPage: 1,
      })}`,
    );
    assert.equal(r.status, 200);
    assert.deepEqual(
      r.body.items.map((i: P) => i.firstname),
      ['Adam'],
    );
    assert.equal(r.body.total_count, 2);
    assert.equal(r.body.items[0].addresses.length, 1);
  });

  test('billing address fields and unknown fields', async () => {
    const r = await c.get<P>(
      `/V1/customers/search?${searchQuery({ filters: [[{ field: 'billing_postcode', value: '90003' }]] })}`,
    );
    assert.deepEqual(
      r.body.items.map((i: P) => i.email),
      ['s3@shop.test'],
    );
    const bad = await c.get(
      `/V1/customers/search?${searchQuery({ filters: [[{ field: 'shoe_size', value: '9' }]] })}`,
    );
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, {
      message: 'The "%1" attribute name is invalid. Reset the name and try again.',
      parameters: ['shoe_size'],
    });
  });
});

describe('self routes (/V1/customers/me)', () => {
  let me: MagentoTestClient;
  before(async () => {
    await signUp(
      newCustomer('me@example.com', {
        addresses: [address({ default_billing: true, default_shipping: true })],
      }),
      PASSWORD,
    );
    me = guest();
    me.token = (
      await guest().post<string>('/V1/integration/customer/token', {
        username: 'me@example.com',
        password: PASSWORD,
      })
    ).body;
  });

  test('GET and PUT with a customer token; group_id stays', async () => {
    const r = await me.get<P>('/V1/customers/me');
    assert.equal(r.body.email, 'me@example.com');
    const put = await me.put<P>('/V1/customers/me', {
      customer: newCustomer('me@example.com', { firstname: 'Mel', group_id: 3, id: 1 }),
    });
    assert.equal(put.status, 200);
    assert.equal(put.body.id, r.body.id);
    assert.equal(put.body.firstname, 'Mel');
    assert.equal(put.body.group_id, 1);
    assert.equal((await me.get<P>('/V1/customers/me/billingAddress')).body.city, 'Springfield');
    assert.equal((await me.get<P>('/V1/customers/me/shippingAddress')).body.city, 'Springfield');
  });

  test('only a customer token, only in the account website', async () => {
    const self = {
      message: "The consumer isn't authorized to access %resources.",
      parameters: { resources: 'self' },
    };
    const admin = await c.get('/V1/customers/me');
    assert.equal(admin.status, 401);
    assert.deepEqual(admin.body, self);
    assert.deepEqual((await guest().get('/V1/customers/me')).body, self);
    const elsewhere = await me.get('/rest/eu_en/V1/customers/me');
    assert.equal(elsewhere.status, 401);
    assert.deepEqual(elsewhere.body, self);
  });
});

describe('POST /V1/customers/isEmailAvailable', () => {
  test('2.4.8 answers true even for a taken email; with guest checkout login on it checks', async () => {
    const taken = await guest().post('/V1/customers/isEmailAvailable', { customerEmail: 'ann@example.com' });
    assert.equal(taken.status, 200);
    assert.equal(taken.body, true);
    await c.put('/__sim/config', { 'checkout/options/enable_guest_checkout_login': '1' });
    try {
      assert.equal(
        (await guest().post('/V1/customers/isEmailAvailable', { customerEmail: 'ANN@example.com' })).body,
        false,
      );
      assert.equal(
        (
          await guest().post('/V1/customers/isEmailAvailable', {
            customerEmail: 'free@example.com',
            websiteId: 1,
          })
        ).body,
        true,
      );
    } finally {
      await c.put('/__sim/config', { 'checkout/options/enable_guest_checkout_login': '0' });
    }
  });

  test('2.4.6 checks the website; an anonymous group_id is not applied', async () => {
    const old = await createSimulator({ version: '2.4.6' });
    try {
      const g = new MagentoTestClient(old.url);
      const r = await g.post<P>('/V1/customers', {
        customer: newCustomer('old@example.com', { group_id: 3 }),
      });
      assert.equal(r.status, 200);
      assert.equal(r.body.group_id, 1);
      assert.equal(
        (await g.post('/V1/customers/isEmailAvailable', { customerEmail: 'old@example.com' })).body,
        false,
      );
      assert.equal(
        (await g.post('/V1/customers/isEmailAvailable', { customerEmail: 'new@example.com' })).body,
        true,
      );
    } finally {
      await old.close();
    }
  });
});
