import fc from 'fast-check';

/**
 * What the fuzz test throws at every route: request bodies (random JSON, Magento-looking objects
 * with values of the wrong type, boundary numbers, long and unicode strings, deep nesting), path
 * parameters (empty, encoded slashes, dots, bad escapes, 10 KB) and searchCriteria query strings.
 */

/** Keys Magento request bodies use, so that objects reach past the first "is required" check. */
const KEYS = [
  'product',
  'sku',
  'name',
  'price',
  'status',
  'visibility',
  'type_id',
  'attribute_set_id',
  'weight',
  'extension_attributes',
  'custom_attributes',
  'attribute_code',
  'value',
  'stockItem',
  'qty',
  'is_in_stock',
  'customer',
  'email',
  'firstname',
  'lastname',
  'website_id',
  'group_id',
  'store_id',
  'addresses',
  'password',
  'source',
  'source_code',
  'enabled',
  'stock',
  'stock_id',
  'sales_channels',
  'type',
  'code',
  'links',
  'priority',
  'sourceItems',
  'quantity',
  'option',
  'values',
  'value_index',
  'childSku',
  'id',
  'username',
  'group',
  'tax_class_id',
  'customerId',
  'websiteId',
  'customerEmail',
  'saveOptions',
  'items',
  'label',
  'position',
  'website_ids',
  'category_links',
  'stock_item',
  'configurable_product_links',
  'configurable_product_options',
  'region',
  'street',
  'country_id',
  'default_billing',
  'default_shipping',
  'product_sku',
  'title',
  'is_require',
];

const BOUNDARY_NUMBERS = [
  0,
  -1,
  1,
  -0.5,
  0.1,
  2 ** 31,
  -(2 ** 31),
  2 ** 53,
  -(2 ** 53),
  1e21,
  1e308,
  -1e308,
  Number.MIN_VALUE,
];
const SPECIAL_STRINGS = [
  '',
  ' ',
  '0',
  '-1',
  '1e3',
  'null',
  'true',
  'NaN',
  '%',
  '%25',
  '../',
  '<script>',
  "' OR 1=1 --",
  '\u0000',
  'Ω≈ç√',
  '😀',
  '\u202e',
  'x'.repeat(20_000),
];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(...BOUNDARY_NUMBERS),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...SPECIAL_STRINGS),
);

const { value: magentoValue } = fc.letrec<{ value: unknown; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    tie('object'),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('value'), {
    maxKeys: 6,
  }),
}));

/** A body as sent on the wire (JSON text). */
export const bodyText: fc.Arbitrary<string> = fc.oneof(
  magentoValue.map((v) => JSON.stringify(v) ?? 'null'),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.integer({ min: 50, max: 600 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 50, max: 600 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
);

/** JSON text a decoder must refuse. */
export const MALFORMED_JSON = ['{"a":', '{bad}', "{'a':1}", '[1,2', '{"a":1}}', 'undefined', '\u00ff\u00fe'];

const pathValue: fc.Arbitrary<{ raw: string } | { text: string }> = fc.oneof(
  fc.string({ maxLength: 20 }).map((text) => ({ text })),
  fc.string({ unit: 'binary', maxLength: 10 }).map((text) => ({ text })),
  fc.integer().map((n) => ({ text: String(n) })),
  fc
    .constantFrom('', 'a/b', '..', '.', ' ', '+', 'mine', 'me', '0', '-1', '1e3', 'default')
    .map((text) => ({ text })),
  fc.constantFrom('%2F', '%2e%2e', '%zz', '%', 'a+b', '%00', '%C0%AF').map((raw) => ({ raw })),
  fc.constant({ text: 'L'.repeat(10_240) }),
);

/** Path parameter segments, URL-encoded (or raw, for malformed escapes), at most one long one. */
export function pathParams(count: number): fc.Arbitrary<string[]> {
  return fc.array(pathValue, { minLength: count, maxLength: count }).map((values) => {
    let long = false;
    return values.map((v) => {
      const seg = 'raw' in v ? v.raw : encodeURIComponent(v.text);
      if (seg.length <= 1000) return seg;
      if (long) return 'x';
      long = true;
      return seg;
    });
  });
}

const FIELDS = [
  'sku',
  'name',
  'status',
  'id',
  'entity_id',
  'email',
  'price',
  'source_code',
  'stock_id',
  'website_id',
];
const CONDITIONS = [
  'eq',
  'neq',
  'like',
  'nlike',
  'in',
  'nin',
  'null',
  'notnull',
  'gt',
  'lt',
  'gteq',
  'lteq',
  'finset',
  'regexp',
  'from',
  'to',
  'seq',
  'moreq',
  'bogus',
];
const enc = (v: string) => encodeURIComponent(v);

/** A query string: empty or random searchCriteria, odd page sizes and sort orders included. */
export const queryText: fc.Arbitrary<string> = fc.oneof(
  fc.constant('searchCriteria='),
  fc
    .record({
      field: fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 10 })),
      value: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('%', '1,2,3', '', '(')),
      condition: fc.constantFrom(...CONDITIONS),
      sort: fc.constantFrom(...FIELDS, 'bad field'),
      direction: fc.constantFrom('ASC', 'desc', 'up', ''),
      pageSize: fc.oneof(
        fc.integer({ min: -5, max: 1000 }).map(String),
        fc.constantFrom('', 'ten', '1.5', '99999999999'),
      ),
      currentPage: fc.oneof(fc.integer({ min: -2, max: 50 }).map(String), fc.constant('x')),
    })
    .map(
      (q) =>
        `searchCriteria[filter_groups][0][filters][0][field]=${enc(q.field)}` +
        `&searchCriteria[filter_groups][0][filters][0][value]=${enc(q.value)}` +
        `&searchCriteria[filter_groups][0][filters][0][condition_type]=${q.condition}` +
        `&searchCriteria[sortOrders][0][field]=${enc(q.sort)}&searchCriteria[sortOrders][0][direction]=${q.direction}` +
        `&searchCriteria[pageSize]=${enc(q.pageSize)}&searchCriteria[currentPage]=${enc(q.currentPage)}`,
    ),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }).map((d) =>
    Object.entries(d)
      .map(([k, v]) => `${enc(k)}=${enc(v)}`)
      .join('&'),
  ),
);
