import type { SaleLine } from '../../../contracts/driver.ts';
import { SaleDeclined } from '../sale-declined.ts';
import { roundPrice } from '../tax/php-round.ts';
import {
  attributeOf,
  type CustomOption,
  finalPrice,
  type Product,
  type ProductAttribute,
  taxClassOf,
} from './product.ts';

/**
 * The register's last catalog: what it sells from, online and offline. Resolves a sale line
 * (SKU, configurable options by attribute code and label, custom options by title, a price
 * override) into what Magento's cart takes (option ids) and what the register's totals need
 * (unit price, tax class, the SKU whose stock moves).
 */
export interface CatalogSnapshot {
  pulledAt: string;
  products: Product[];
  attributes: ProductAttribute[];
}

export interface ResolvedLine {
  /** The SKU the cart is given (the configurable parent for a configurable line). */
  sku: string;
  /** The SKU whose stock moves (the child of a configurable). */
  stockSku: string;
  name: string;
  qty: number;
  /** Catalog unit price with options (before any override). */
  catalogPrice: number;
  /** The unit price charged: the override when there is one. */
  unitPrice: number;
  taxClassId: number;
  virtual: boolean;
  /** `cartItem.product_option`, when options are chosen. */
  productOption?: { extension_attributes: Record<string, unknown> };
  priceOverride?: SaleLine['priceOverride'];
}

export class Catalog {
  private readonly bySku: Map<string, Product>;
  private readonly byId: Map<number, Product>;

  constructor(readonly snapshot: CatalogSnapshot) {
    this.bySku = new Map(snapshot.products.map((p) => [p.sku.toLowerCase(), p]));
    this.byId = new Map(snapshot.products.map((p) => [p.id, p]));
  }

  get size(): number {
    return this.snapshot.products.length;
  }

  product(sku: string): Product | undefined {
    return this.bySku.get(sku.toLowerCase());
  }

  resolve(line: SaleLine, today: string): ResolvedLine {
    const product = this.product(line.sku);
    if (!product) throw new SaleDeclined(`Unknown SKU "${line.sku}": it is not in the register's catalog.`);
    if (product.status !== 1) throw new SaleDeclined(`"${line.sku}" is disabled in Magento.`);
    const child = product.type_id === 'configurable' ? this.child(product, line) : undefined;
    const priced = child?.product ?? product;
    const base = finalPrice(priced, today);
    const custom = this.customOptions(product, line, base);
    const catalogPrice = roundPrice(base + custom.price);
    const ext: Record<string, unknown> = {};
    if (child) ext['configurable_item_options'] = child.options;
    if (custom.options.length > 0) ext['custom_options'] = custom.options;
    return {
      sku: product.sku,
      stockSku: (child?.product ?? product).sku,
      name: product.name ?? product.sku,
      qty: line.qty,
      catalogPrice,
      unitPrice: line.priceOverride ? line.priceOverride.price : catalogPrice,
      taxClassId: taxClassOf(child?.product ?? product),
      virtual: ['virtual', 'downloadable', 'giftcard'].includes(priced.type_id),
      ...(Object.keys(ext).length > 0 ? { productOption: { extension_attributes: ext } } : {}),
      ...(line.priceOverride ? { priceOverride: line.priceOverride } : {}),
    };
  }

  private child(parent: Product, line: SaleLine) {
    const configurable = parent.extension_attributes?.configurable_product_options ?? [];
    const chosen = line.options ?? {};
    const options: Array<{ option_id: string; option_value: number }> = [];
    for (const opt of configurable) {
      const attr = this.snapshot.attributes.find((a) => a.attribute_id === opt.attribute_id);
      const code = attr?.attribute_code ?? String(opt.attribute_id);
      const label = chosen[code];
      if (label === undefined) {
        throw new SaleDeclined(`"${parent.sku}" needs an option "${code}" (${(opt.label ?? code).trim()}).`);
      }
      const value = attr?.options.find((o) => o.label.trim().toLowerCase() === label.trim().toLowerCase());
      if (!value || !opt.values.some((v) => String(v.value_index) === value.value)) {
        throw new SaleDeclined(`"${parent.sku}" has no ${code} "${label}".`);
      }
      options.push({ option_id: String(opt.attribute_id), option_value: Number(value.value) });
    }
    const links = parent.extension_attributes?.configurable_product_links ?? [];
    const product = links
      .map((id) => this.byId.get(id))
      .find(
        (c) =>
          c !== undefined &&
          options.every((o) => {
            const code = this.snapshot.attributes.find(
              (a) => String(a.attribute_id) === o.option_id,
            )?.attribute_code;
            return code !== undefined && String(attributeOf(c, code)) === String(o.option_value);
          }),
      );
    if (!product) throw new SaleDeclined(`"${parent.sku}" has no variant ${describe(line.options)}.`);
    if (product.status !== 1) throw new SaleDeclined(`"${product.sku}" is disabled in Magento.`);
    return { product, options };
  }

  private customOptions(product: Product, line: SaleLine, base: number) {
    const given = line.customOptions ?? {};
    const all = product.options ?? [];
    const options: Array<{ option_id: string; option_value: string }> = [];
    let price = 0;
    for (const [title, value] of Object.entries(given)) {
      const opt = all.find((o) => o.title.trim().toLowerCase() === title.trim().toLowerCase());
      if (!opt) throw new SaleDeclined(`"${product.sku}" has no option "${title}".`);
      const picked = pick(opt, value);
      if (picked === undefined)
        throw new SaleDeclined(`"${product.sku}" option "${title}" has no value "${value}".`);
      options.push({ option_id: String(opt.option_id), option_value: picked.value });
      price += picked.priceType === 'percent' ? (base * picked.price) / 100 : picked.price;
    }
    const missing = all.find(
      (o) => o.is_require && !options.some((x) => x.option_id === String(o.option_id)),
    );
    if (missing) throw new SaleDeclined(`"${product.sku}" needs the option "${missing.title}".`);
    return { options, price };
  }
}

function pick(opt: CustomOption, value: string) {
  if (!opt.values || opt.values.length === 0) {
    return { value, price: opt.price ?? 0, priceType: opt.price_type ?? 'fixed' };
  }
  const v = opt.values.find((x) => x.title.trim().toLowerCase() === value.trim().toLowerCase());
  return v ? { value: String(v.option_type_id), price: v.price, priceType: v.price_type } : undefined;
}

function describe(options: Record<string, string> | undefined): string {
  return Object.entries(options ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
