/**
 * The register itself declines a sale, before or without Magento: an unknown SKU, a missing
 * option, tenders that do not cover the total, not enough stock, totals that differ from
 * Magento's. The message is what the cashier sees. (Magento's own refusals are
 * `MagentoRejection`s, shown with their rendered message.)
 */
export class SaleDeclined extends Error {
  override name = 'SaleDeclined';
}
