import type { Services } from '../../context.ts';
import { AggregateInputError, type ErrorItem, NoSuchEntityError } from '../../errors.ts';
import { ADDRESS_INDEX, type Address, CUSTOMERS, type Customer, type Region } from './types.ts';

/**
 * Customer addresses: validation with Magento's messages (every problem of an address listed),
 * ids, the default billing and shipping flags, and `GET /V1/customers/addresses/:addressId`,
 * `DELETE /V1/addresses/:addressId`, `GET /V1/customers/:customerId/billingAddress|shippingAddress`.
 * @see Magento\Customer\Model\Address\Validator\General, ...\Validator\Country,
 *   Magento\Customer\Model\ResourceModel\AddressRepository
 */
type Raw = Record<string, unknown>;
const REQUIRED = '"%fieldName" is required. Enter and try again.';

export function buildAddresses(
  s: Services,
  customerId: number,
  inputs: Raw[],
  prior: readonly Address[],
): Address[] {
  return inputs.map((input) => {
    validateAddress(s, input);
    const known = prior.find((a) => a.id === Number(input['id']));
    const address = toAddress(input, known?.id ?? s.store.nextId('customer_addresses'), customerId);
    s.store.put(ADDRESS_INDEX, String(address.id), customerId);
    return address;
  });
}

function toAddress(input: Raw, id: number, customerId: number): Address {
  const regionIn = input['region'];
  const regionObj = (regionIn && typeof regionIn === 'object' ? regionIn : {}) as Raw;
  const regionId = Number(input['region_id'] ?? regionObj['region_id'] ?? 0) || 0;
  const region: Region = {
    region_code: str(regionObj['region_code']) ?? null,
    region: (typeof regionIn === 'string' ? regionIn : str(regionObj['region'])) ?? null,
    region_id: regionId,
  };
  const street = input['street'];
  const a: Address = {
    id,
    customer_id: customerId,
    region,
    region_id: regionId,
    country_id: String(input['country_id']),
    street: Array.isArray(street) ? street.map(String) : String(street).split('\n'),
    telephone: String(input['telephone'] ?? ''),
    postcode: String(input['postcode'] ?? ''),
    city: String(input['city']),
    firstname: String(input['firstname']),
    lastname: String(input['lastname']),
  };
  for (const k of ['company', 'fax', 'middlename', 'prefix', 'suffix', 'vat_id'] as const) {
    const v = str(input[k]);
    if (v !== undefined) a[k] = v;
  }
  if (input['default_shipping'] === true) a.default_shipping = true;
  if (input['default_billing'] === true) a.default_billing = true;
  return a;
}

function validateAddress(s: Services, input: Raw): void {
  const errors: ErrorItem[] = [];
  const need = (field: string, value: unknown) => {
    if (blank(value)) errors.push({ message: REQUIRED, parameters: { fieldName: field } });
  };
  need('firstname', input['firstname']);
  need('lastname', input['lastname']);
  const street = input['street'];
  need('street', Array.isArray(street) ? street[0] : street);
  need('city', input['city']);
  if (s.config.get('customer/address/telephone_show') === 'req') need('telephone', input['telephone']);
  const optionalZip = (s.config.get('general/country/optional_zip_countries') ?? '').split(',');
  const country = input['country_id'];
  if (!optionalZip.includes(String(country))) need('postcode', input['postcode']);
  if (blank(country)) errors.push({ message: REQUIRED, parameters: { fieldName: 'countryId' } });
  else if (!/^[A-Z]{2}$/.test(String(country))) {
    errors.push({
      message: 'Invalid value of "%value" provided for the %fieldName field.',
      parameters: { fieldName: 'countryId', value: String(country) },
    });
  }
  if (errors.length > 0) throw AggregateInputError.of(errors);
}

/** The customer's default billing or shipping address, or null (REST answers `[]`). */
export function defaultAddress(
  _s: Services,
  customer: Customer,
  kind: 'billing' | 'shipping',
): Address | null {
  const id = kind === 'billing' ? customer.default_billing : customer.default_shipping;
  return customer.addresses.find((a) => String(a.id) === id) ?? null;
}

export function getAddress(s: Services, addressId: number): Address {
  const customerId = s.store.get<number>(ADDRESS_INDEX, String(addressId));
  const customer =
    customerId === undefined ? undefined : s.store.get<Customer>(CUSTOMERS, String(customerId));
  const address = customer?.addresses.find((a) => a.id === addressId);
  if (!address) throw NoSuchEntityError.singleField('addressId', addressId);
  return address;
}

/** Removes an address and any default that pointed at it. */
export function deleteAddress(s: Services, addressId: number): boolean {
  const address = getAddress(s, addressId);
  const customer = s.store.get<Customer>(CUSTOMERS, String(address.customer_id)) as Customer;
  const next: Customer = { ...customer, addresses: customer.addresses.filter((a) => a.id !== addressId) };
  if (next.default_billing === String(addressId)) delete next.default_billing;
  if (next.default_shipping === String(addressId)) delete next.default_shipping;
  s.store.put(CUSTOMERS, String(customer.id), next);
  s.store.delete(ADDRESS_INDEX, String(addressId));
  return true;
}

const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';
const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));
