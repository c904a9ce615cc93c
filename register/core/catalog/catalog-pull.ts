import { z } from 'zod';
import type { MagentoClient } from '../magento-client.ts';
import type { CatalogSnapshot } from './catalog.ts';
import { attributeOf, Product, ProductAttribute } from './product.ts';

/**
 * Pulls the whole catalog through `GET /V1/products` with searchCriteria paging (sorted on
 * `entity_id`, so a product saved meanwhile cannot shift a page), then the configurable
 * attributes (codes and option labels) the configurable products use. A configurable whose list
 * entry lacks its options is read on its own (`GET /V1/products/:sku`).
 * @see magento-rest.md §4 (paging), §5
 */
export async function pullCatalog(
  client: MagentoClient,
  now: () => number,
  pageSize = 100,
): Promise<CatalogSnapshot> {
  const raw = await client.searchAll('/V1/products', {
    sortOrders: [{ field: 'entity_id', direction: 'ASC' }],
    pageSize,
  });
  const products = z.array(Product).parse(raw);
  for (const [i, p] of products.entries()) {
    if (p.type_id === 'configurable' && !p.extension_attributes?.configurable_product_options) {
      products[i] = Product.parse(await client.get(`/V1/products/${encodeURIComponent(p.sku)}`));
    }
  }
  const attributes = await configurableAttributes(client, products);
  return { pulledAt: new Date(now()).toISOString(), products, attributes };
}

/** Finds each configurable attribute's code from the children's values, then reads its options. */
async function configurableAttributes(
  client: MagentoClient,
  products: Product[],
): Promise<ProductAttribute[]> {
  const byId = new Map(products.map((p) => [p.id, p]));
  const codes = new Map<number, string>();
  for (const p of products) {
    const children = (p.extension_attributes?.configurable_product_links ?? [])
      .map((id) => byId.get(id))
      .filter((c): c is Product => c !== undefined);
    for (const opt of p.extension_attributes?.configurable_product_options ?? []) {
      if (codes.has(opt.attribute_id) || children.length === 0) continue;
      const allowed = new Set(opt.values.map((v) => String(v.value_index)));
      const code = (children[0] as Product).custom_attributes
        .map((a) => a.attribute_code)
        .find((c) => children.every((child) => allowed.has(String(attributeOf(child, c)))));
      if (code) codes.set(opt.attribute_id, code);
    }
  }
  const out: ProductAttribute[] = [];
  for (const code of new Set(codes.values())) {
    out.push(ProductAttribute.parse(await client.get(`/V1/products/attributes/${encodeURIComponent(code)}`)));
  }
  return out;
}
