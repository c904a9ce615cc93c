import type { TaxAddress } from './types.ts';

/** `tax/calculation/based_on` (`Magento\Tax\Model\Config\Source\Basedon`). */
export type TaxBasedOn = 'shipping' | 'billing' | 'origin';

/** Where the taxed address came from, so callers and tests can say why a rate applied. */
export type TaxAddressSource =
  | 'shipping_address'
  | 'billing_address'
  | 'customer_default_shipping'
  | 'customer_default_billing'
  | 'origin'
  | 'tax_defaults';

/** The quote's addresses, the customer's defaults and the config `getRateRequest()` reads. */
export interface TaxAddressInput {
  /** `tax/calculation/based_on`. */
  basedOn: TaxBasedOn;
  /** Virtual quotes (no shipping) are taxed through their billing address. */
  isVirtual: boolean;
  shippingAddress: TaxAddress | null;
  billingAddress: TaxAddress | null;
  /** A registered customer with their default addresses; null for a guest. */
  customer: { defaultBilling: TaxAddress | null; defaultShipping: TaxAddress | null } | null;
  /** `tax/defaults/country|region|postcode`; Magento defaults US / 0 / none. */
  defaults?: { country: string; region: number; postcode: string | null };
  /** `shipping/origin/country_id|region_id|postcode`; Magento defaults US / 12 / 90034. */
  origin?: { country_id: string; region_id: number; postcode: string | null };
}

/** The rate request address (country, region, postcode) and where it came from. */
export interface ChosenTaxAddress {
  country_id: string | null;
  region_id: number | null;
  postcode: string | null;
  source: TaxAddressSource;
}

interface Candidate {
  address: TaxAddress | null;
  source: TaxAddressSource;
}

const hasCountry = (c: Candidate) => Boolean(c.address?.country_id);
const chosen = ({ address, source }: Candidate): ChosenTaxAddress => ({
  country_id: address?.country_id ?? null,
  region_id: address?.region_id ?? null,
  postcode: address?.postcode ?? null,
  source,
});

/**
 * The address whose rates tax a quote, with Magento's fallbacks when it has no country:
 * a registered customer falls back to their default billing/shipping address (never to the
 * quote's other address), a guest to the quote's other address, and then everyone to
 * `tax/defaults/*`. `origin` always uses the shipping origin. A virtual quote passes its billing
 * address where the shipping address goes (and, for a registered customer whose billing address
 * has no country, their default billing address).
 * @see Magento\Tax\Model\Calculation::getRateRequest
 * @see Magento\Tax\Model\Sales\Total\Quote\CommonTaxCollector::populateAddressData
 */
export function chooseTaxAddress(input: TaxAddressInput): ChosenTaxAddress {
  const defaults = input.defaults ?? { country: 'US', region: 0, postcode: null };
  const origin = input.origin ?? { country_id: 'US', region_id: 12, postcode: '90034' };
  const { basedOn, customer } = input;
  if (basedOn === 'origin') return chosen({ address: origin, source: 'origin' });

  const billing: Candidate = { address: input.billingAddress, source: 'billing_address' };
  let shipping: Candidate = { address: input.shippingAddress, source: 'shipping_address' };
  if (input.isVirtual) {
    shipping = billing;
    if (!hasCountry(billing) && customer?.defaultBilling) {
      shipping = { address: customer.defaultBilling, source: 'customer_default_billing' };
    }
  }
  const taxDefaults: Candidate = {
    address: { country_id: defaults.country, region_id: defaults.region, postcode: defaults.postcode },
    source: 'tax_defaults',
  };
  const wanted = basedOn === 'billing' ? billing : shipping;
  if (hasCountry(wanted)) return chosen(wanted);
  if (customer) {
    const fallback: Candidate =
      basedOn === 'billing'
        ? { address: customer.defaultBilling, source: 'customer_default_billing' }
        : { address: customer.defaultShipping, source: 'customer_default_shipping' };
    return chosen(hasCountry(fallback) ? fallback : taxDefaults);
  }
  const other = basedOn === 'billing' ? shipping : billing;
  return chosen(hasCountry(other) ? other : taxDefaults);
}
