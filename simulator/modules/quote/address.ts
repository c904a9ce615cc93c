import type { QuoteAddress } from './types.ts';

/**
 * Quote addresses (Quote/Api/Data/AddressInterface): from a REST body to the stored form and back,
 * keys in Magento's order. The in-store pickup location rides in
 * `extension_attributes.pickup_location_code`.
 * @see Magento\Quote\Model\Quote\Address
 */
type Raw = Record<string, unknown>;

export function emptyAddress(id: number, type: 'billing' | 'shipping'): QuoteAddress {
  return {
    id,
    address_type: type,
    region: null,
    region_id: null,
    region_code: null,
    country_id: null,
    street: [''],
    telephone: null,
    postcode: null,
    city: null,
    firstname: null,
    lastname: null,
    email: null,
    same_as_billing: 0,
    save_in_address_book: 0,
  };
}

/** A body address over an address id and type (the stored id is kept, as Magento updates in place). */
export function toQuoteAddress(input: Raw, id: number, type: 'billing' | 'shipping'): QuoteAddress {
  const region = input['region'];
  const regionObj = region && typeof region === 'object' ? (region as Raw) : {};
  const street = input['street'];
  const a: QuoteAddress = {
    ...emptyAddress(id, type),
    region: typeof region === 'string' ? region : str(regionObj['region']),
    region_id: int(input['region_id'] ?? regionObj['region_id']),
    region_code: str(input['region_code'] ?? regionObj['region_code']),
    country_id: str(input['country_id']),
    street: Array.isArray(street)
      ? street.map(String)
      : typeof street === 'string'
        ? street.split('\n')
        : [''],
    telephone: str(input['telephone']),
    postcode: str(input['postcode']),
    city: str(input['city']),
    firstname: str(input['firstname']),
    lastname: str(input['lastname']),
    email: str(input['email']),
    same_as_billing: flag(input['same_as_billing']),
    save_in_address_book: flag(input['save_in_address_book']),
  };
  for (const k of ['company', 'fax', 'middlename', 'prefix', 'suffix', 'vat_id'] as const) {
    const v = str(input[k]);
    if (v !== null) a[k] = v;
  }
  const customerAddressId = int(input['customer_address_id']);
  if (customerAddressId !== null) a.customer_address_id = customerAddressId;
  const ext = input['extension_attributes'];
  const pickup = ext && typeof ext === 'object' ? str((ext as Raw)['pickup_location_code']) : null;
  if (pickup) a.pickup_location_code = pickup;
  return a;
}

const ORDER = [
  'id',
  'region',
  'region_id',
  'region_code',
  'country_id',
  'street',
  'company',
  'telephone',
  'fax',
  'postcode',
  'city',
  'firstname',
  'lastname',
  'middlename',
  'prefix',
  'suffix',
  'vat_id',
  'customer_id',
  'email',
  'same_as_billing',
  'customer_address_id',
  'save_in_address_book',
] as const;

/** AddressInterface's required getters: kept when null; other nulls are left out. */
const REQUIRED = new Set<string>([
  'region',
  'region_id',
  'region_code',
  'country_id',
  'street',
  'telephone',
  'postcode',
  'city',
  'firstname',
  'lastname',
  'email',
]);

export function presentAddress(a: QuoteAddress): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) {
    const v = a[k];
    if (v !== undefined && (v !== null || REQUIRED.has(k))) out[k] = v;
  }
  if (a.pickup_location_code) out['extension_attributes'] = { pickup_location_code: a.pickup_location_code };
  return out;
}

export function hasCountry(a: QuoteAddress | null | undefined): a is QuoteAddress {
  return Boolean(a?.country_id);
}

const str = (v: unknown): string | null =>
  v === undefined || v === null || v === '' ? null : typeof v === 'object' ? null : String(v);
const int = (v: unknown): number | null => {
  const n = Number(v);
  return v === undefined || v === null || v === '' || !Number.isFinite(n) ? null : Math.trunc(n);
};
const flag = (v: unknown): number => (v === true || v === 1 || v === '1' ? 1 : 0);
