import type { Services } from '../../../context.ts';
import { LocalizedError, NoSuchEntityError } from '../../../errors.ts';
import { type ItemConfig, itemConfig } from '../legacy/item-settings.ts';
import { productBySku } from '../products.ts';
import { DEFAULT_STOCK_ID, LINKS, SOURCE_ITEMS, type StockSourceLink, sourceItemKey } from '../types.ts';
import { notEnoughQtyMessage } from './not-enough.ts';
import { assertSourceItemType, getSalableQty } from './salable-qty.ts';
import { stockIndexRow, stockSourceItems } from './stock-index.ts';

/**
 * Can `qty` of a SKU be sold from a stock? Magento's condition chain: required conditions must all
 * pass (add-to-cart only: sale quantity rules, some source item in stock), then one sufficient
 * condition must pass (backorders, unmanaged stock, enough salable quantity); when none does, the
 * errors of all of them are returned, in that order.
 * @see Magento\InventorySales\Model\IsProductSalableForRequestedQtyCondition\IsProductSalableForRequestedQtyConditionChain
 * @see InventorySales/etc/di.xml (IsProductSalableForRequestedQtyConditionChainOnAddToCart / OnPlaceOrder)
 */
export interface SalabilityError {
  code: string;
  message: string;
}
/** ProductSalableResultInterface: salable when there are no errors. */
export interface ProductSalableResult {
  salable: boolean;
  errors: SalabilityError[];
}

/** `add-to-cart` is the REST single-SKU route and the cart check; `place-order` the list route. */
export type SalableChain = 'add-to-cart' | 'place-order';

/**
 * The condition chain for one SKU; throws for an unknown SKU (404) or a composite (400).
 * Deviation: Magento 2.4 answers an unknown SKU here with a PHP warning turned 500 (inferred);
 * the simulator answers 404 with the legacy stock message, so no route of ours ever 500s on input.
 */
export function isSalableForRequestedQty(
  s: Services,
  sku: string,
  stockId: number,
  qty: number,
  chain: SalableChain = 'add-to-cart',
): ProductSalableResult {
  const product = productBySku(s, sku);
  if (!product) throw new NoSuchEntityError('The Product with the "%1" SKU doesn\'t exist.', [sku]);
  try {
    assertSourceItemType(product.type_id);
  } catch {
    throw new LocalizedError("Can't check requested quantity for products without Source Items support.");
  }
  if (!isAssignedToStock(s, sku, stockId)) {
    return result([
      err(
        'requested-sku-is-not-assigned-to-given-stock',
        `The requested sku ${sku} is not assigned to given stock.`,
      ),
    ]);
  }
  const cfg = itemConfig(s, sku);
  if (chain === 'add-to-cart') {
    const required = [...correctQtyErrors(cfg, qty), ...anySourceItemInStockErrors(s, sku, stockId, cfg)];
    if (required.length > 0) return result(required);
  }
  const sufficient: SalabilityError[] = [];
  if (cfg.backorders !== 0 && cfg.min_qty >= 0) return result([]);
  sufficient.push(err('back_order-disabled', 'Backorders are disabled'));
  if (!cfg.manage_stock) return result([]);
  sufficient.push(err('manage_stock-enabled', 'Manage stock is enabled'));
  if (!stockIndexRow(s, sku, stockId)) {
    sufficient.push(
      err('is_salable_with_reservations-no_data', 'The requested sku is not assigned to given stock'),
    );
    return result(sufficient);
  }
  const left = getSalableQty(s, sku, stockId);
  if (Math.round(left * 10_000) >= Math.round(qty * 10_000)) return result([]);
  sufficient.push(err('is_salable_with_reservations-not_enough_qty', notEnoughQtyMessage(s, left, qty)));
  return result(sufficient);
}

/** Whether any source item of the SKU sits in a source linked to the stock (the legacy stock has them all). */
export function isAssignedToStock(s: Services, sku: string, stockId: number): boolean {
  if (stockId === DEFAULT_STOCK_ID && productBySku(s, sku)) return true;
  return s.store
    .all<StockSourceLink>(LINKS)
    .some((l) => l.stock_id === stockId && s.store.has(SOURCE_ITEMS, sourceItemKey(sku, l.source_code)));
}

/** @see Magento\InventorySales\Model\IsProductSalableForRequestedQtyCondition\IsCorrectQtyCondition */
function correctQtyErrors(cfg: ItemConfig, qty: number): SalabilityError[] {
  if (cfg.min_sale_qty && qty < cfg.min_sale_qty) {
    return [err('is_correct_qty-min_sale_qty', `The fewest you may purchase is ${cfg.min_sale_qty}.`)];
  }
  if (cfg.max_sale_qty && qty > cfg.max_sale_qty) {
    return [
      err(
        'is_correct_qty-max_sale_qty',
        'The requested qty exceeds the maximum qty allowed in shopping cart',
      ),
    ];
  }
  if (cfg.qty_increments && !isMultiple(qty, cfg.qty_increments)) {
    return [
      err(
        'is_correct_qty-qty_increment',
        `You can buy this product only in quantities of ${cfg.qty_increments} at a time.`,
      ),
    ];
  }
  if (!cfg.is_qty_decimal && Math.floor(qty) !== qty) {
    return [err('is_correct_qty-is_qty_decimal', 'You cannot use decimal quantity for this product.')];
  }
  return [];
}

function anySourceItemInStockErrors(
  s: Services,
  sku: string,
  stockId: number,
  cfg: ItemConfig,
): SalabilityError[] {
  if (!cfg.manage_stock || stockSourceItems(s, sku, stockId).some((i) => i.status === 1)) return [];
  return [
    err(
      'is_any_source_item_in_stock-no_source_items_in_stock',
      'There are no source items with the in stock status',
    ),
  ];
}

/** Magento\Framework\Math\Division::getExactDivision at 4 decimals. */
function isMultiple(qty: number, step: number): boolean {
  const q = Math.round(qty * 10_000);
  const st = Math.round(step * 10_000);
  return st === 0 || q % st === 0;
}

const err = (code: string, message: string): SalabilityError => ({ code, message });
const result = (errors: SalabilityError[]): ProductSalableResult => ({
  salable: errors.length === 0,
  errors,
});
