import type { Services } from '../../../context.ts';
import type { QuoteScope } from '../quote-scope.ts';
import type { QuoteAddress } from '../types.ts';
import { isPickupDeliveryAvailable } from './pickup-location.ts';

/**
 * The offline carriers a POS uses and the rates they quote, sorted by carrier code:
 * - `flatrate` (Flat Rate / Fixed): `carriers/flatrate/price` per item (`type` I, the default:
 *   times the non-virtual quantity) or per order (`O`);
 * - `freeshipping` (Free Shipping / Free): 0 once the subtotal after discount reaches
 *   `free_shipping_subtotal`;
 * - `instore` (In-Store Pickup Delivery / Pick in Store, MSI): `carriers/instore/price` (0), when
 *   some pickup-location source of the website's stock holds every SKU of the cart.
 * A carrier is quoted only when `carriers/<code>/active` is on.
 * @see Magento\OfflineShipping\Model\Carrier\Flatrate, ...\Carrier\Flatrate\ItemPriceCalculator
 * @see Magento\OfflineShipping\Model\Carrier\Freeshipping
 * @see Magento\InventoryInStorePickupShippingApi\Model\Carrier\InStorePickup
 */
export interface ShippingRate {
  carrier_code: string;
  method_code: string;
  carrier_title: string;
  method_title: string;
  price: number;
}

/** What the carriers look at (Magento's RateRequest). */
export interface RateRequest {
  scope: QuoteScope;
  address: QuoteAddress;
  /** Quantity of the lines that ship (virtual ones excluded). */
  packageQty: number;
  /** Subtotal after discount (`package_value_with_discount`). */
  packageValueWithDiscount: number;
  /** SKUs sold, for the pickup-location check. */
  skus: string[];
}

export function collectRates(s: Services, req: RateRequest): ShippingRate[] {
  const rates: ShippingRate[] = [];
  const conf = (carrier: string, field: string) =>
    s.config.get(`carriers/${carrier}/${field}`, req.scope.config);
  const active = (carrier: string) => s.config.flag(`carriers/${carrier}/active`, req.scope.config);
  const rate = (carrier: string, method: string, price: number): ShippingRate => ({
    carrier_code: carrier,
    method_code: method,
    carrier_title: conf(carrier, 'title') ?? '',
    method_title: conf(carrier, 'name') ?? '',
    price,
  });
  if (active('flatrate')) {
    const price = flatRatePrice(
      conf('flatrate', 'type'),
      Number(conf('flatrate', 'price') ?? 0),
      req.packageQty,
    );
    if (price !== null) rates.push(rate('flatrate', 'flatrate', price));
  }
  if (active('freeshipping')) {
    const minimum = Number(conf('freeshipping', 'free_shipping_subtotal') || 0);
    if (req.packageValueWithDiscount >= minimum) rates.push(rate('freeshipping', 'freeshipping', 0));
  }
  if (active('instore') && isPickupDeliveryAvailable(s, req.scope, req.skus)) {
    rates.push(rate('instore', 'pickup', Number(conf('instore', 'price') ?? 0)));
  }
  return rates;
}

/** ItemPriceCalculator: per order `O`, per item `I`; any other type quotes nothing. */
function flatRatePrice(type: string | undefined, price: number, packageQty: number): number | null {
  if (type === 'O') return price;
  if (type === 'I') return packageQty * price;
  return null;
}

/** The `carrier_method` code Magento stores as the shipping method. */
export const methodCode = (r: Pick<ShippingRate, 'carrier_code' | 'method_code'>): string =>
  `${r.carrier_code}_${r.method_code}`;
