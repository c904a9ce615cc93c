import type { Services } from '../../context.ts';

/**
 * "Allow Anonymous Guest Access" (`webapi/webapisecurity/allow_insecure`, 0 by default): when 1,
 * these catalog, stock-status, CMS and store reads stop requiring their admin resource and become
 * `anonymous`, as Magento's webapi config plugin rewrites them.
 * @see Magento\WebapiSecurity\Model\Plugin\AnonymousResourceSecurity::afterConvert
 * @see WebapiSecurity/etc/di.xml
 */
const OPENED = new Set(
  [
    '/V1/products',
    '/V1/products/:sku',
    '/V1/products/attributes/:attributeCode',
    '/V1/products/types',
    '/V1/products/attribute-sets/sets/list',
    '/V1/products/attribute-sets/:attributeSetId',
    '/V1/products/attribute-sets/:attributeSetId/attributes',
    '/V1/products/attribute-sets/groups/list',
    '/V1/products/attributes/:attributeCode/options',
    '/V1/products/media/types/:attributeSetName',
    '/V1/products/:sku/media/:entryId',
    '/V1/products/:sku/media',
    '/V1/products/:sku/group-prices/:customerGroupId/tiers',
    '/V1/categories/:categoryId',
    '/V1/categories',
    '/V1/products/:sku/options',
    '/V1/products/:sku/options/:optionId',
    '/V1/products/links/types',
    '/V1/products/links/:type/attributes',
    '/V1/products/:sku/links/:type',
    '/V1/categories/:categoryId/products',
    '/V1/stockStatuses/:productSku',
    '/V1/configurable-products/:sku/children',
    '/V1/configurable-products/:sku/options/:id',
    '/V1/configurable-products/:sku/options/all',
    '/V1/cmsPage/:pageId',
    '/V1/cmsBlock/:blockId',
    '/V1/store/storeViews',
    '/V1/store/storeGroups',
    '/V1/store/websites',
    '/V1/store/storeConfigs',
  ].map((path) => `GET ${path}`),
);

/** The resources a route effectively requires under the current guest-access setting. */
export function effectiveResources(
  s: Services,
  route: { method: string; path: string; resource: string | readonly string[] },
): readonly string[] {
  const declared = typeof route.resource === 'string' ? [route.resource] : route.resource;
  const insecure = s.config.flag('webapi/webapisecurity/allow_insecure');
  return insecure && OPENED.has(`${route.method} ${route.path}`) ? ['anonymous'] : declared;
}
