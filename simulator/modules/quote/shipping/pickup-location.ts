import type { Services } from '../../../context.ts';
import { NoSuchEntityError } from '../../../errors.ts';
import { type Source, sourcesForStock } from '../../inventory/index.ts';
import { SOURCE_ITEMS, sourceItemKey } from '../../inventory/types.ts';
import type { QuoteScope } from '../quote-scope.ts';
import type { QuoteAddress } from '../types.ts';

/**
 * MSI in-store pickup: a pickup location is an enabled source flagged
 * `extension_attributes.is_pickup_location_active`, linked to the stock of the cart's website.
 * Choosing one (`shipping_address.extension_attributes.pickup_location_code`) replaces the
 * shipping address with the source's address (country, region, city, street, postcode) while the
 * names, phone and email given are kept, so tax "based on shipping" follows the shop.
 * @see Magento\InventoryInStorePickup\Model\GetPickupLocation
 * @see Magento\InventoryInStorePickupQuote\Plugin\Quote\ReplaceShippingAddressForShippingAddressManagement
 * @see Magento\InventoryInStorePickupQuote\Model\ToQuoteAddress (fieldset to_in_store_pickup_shipping_address)
 */
const NOT_FOUND = 'Can not find Pickup Location with code %1 for %2 Sales Channel "%3".';

function pickupSources(s: Services, scope: QuoteScope): Source[] {
  return sourcesForStock(s, scope.stockId).filter(
    (src) => src.enabled && src.extension_attributes?.['is_pickup_location_active'] === true,
  );
}

/** The pickup location of that code for the cart's website; 404 Magento's message otherwise. */
export function getPickupLocation(s: Services, scope: QuoteScope, code: string): Source {
  const found = pickupSources(s, scope).find((src) => src.source_code === code);
  if (!found) throw new NoSuchEntityError(NOT_FOUND, [code, 'website', scope.websiteCode]);
  return found;
}

/** Whether some pickup location holds every SKU (the carrier's availability validator). */
export function isPickupDeliveryAvailable(s: Services, scope: QuoteScope, skus: readonly string[]): boolean {
  return pickupSources(s, scope).some((src) =>
    skus.every((sku) => s.store.has(SOURCE_ITEMS, sourceItemKey(sku, src.source_code))),
  );
}

/** The shipping address of a pickup: the source's location with the given contact details. */
export function pickupAddress(source: Source, given: QuoteAddress): QuoteAddress {
  return {
    ...given,
    country_id: source.country_id,
    region: source.region ?? null,
    region_id: source.region_id ?? null,
    region_code: null,
    city: source.city ?? null,
    street: source.street ? source.street.split('\n') : [''],
    postcode: source.postcode,
    pickup_location_code: source.source_code,
  };
}
