import { z } from 'zod';
import { attributeOptions, presentAttribute } from '../../modules/catalog/attributes.ts';
import { addChild, getChildren, removeChild } from '../../modules/catalog/configurable-links.ts';
import {
  deleteConfigurableOption,
  getConfigurableOption,
  listConfigurableOptions,
  saveConfigurableOption,
} from '../../modules/catalog/configurable-options.ts';
import { deleteOption, getOption, listOptions, saveOption } from '../../modules/catalog/custom-options.ts';
import { snakeKeys } from '../../modules/catalog/dto-keys.ts';
import { deleteProduct } from '../../modules/catalog/product-delete.ts';
import { listProducts } from '../../modules/catalog/product-list.ts';
import { readProduct } from '../../modules/catalog/product-repository.ts';
import { saveProduct } from '../../modules/catalog/product-save.ts';
import { m } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';

/**
 * Catalog/etc/webapi.xml and ConfigurableProduct/etc/webapi.xml: products (`Magento_Catalog::products`),
 * custom options (`Magento_Catalog::catalog`), attributes (`Magento_Catalog::attributes_attributes`) and
 * configurable children and options (`Magento_Catalog::products`).
 */
const PRODUCTS = 'Magento_Catalog::products';
const CATALOG = 'Magento_Catalog::catalog';
const ATTRIBUTES = 'Magento_Catalog::attributes_attributes';

const dto = <S extends z.ZodType>(schema: S) => z.preprocess(snakeKeys, schema);

const optionValue = m.object({ price: m.float().optional(), sort_order: m.int().optional() });
const customOption = dto(
  m.object({
    option_id: m.int().optional(),
    sort_order: m.int().optional(),
    price: m.float().optional(),
    max_characters: m.int().optional(),
    values: m.array(optionValue).optional(),
  }),
);
const product = dto(
  m.object({
    id: m.int().optional(),
    sku: m.string().optional(),
    name: m.string().optional(),
    attribute_set_id: m.int().optional(),
    price: m.float().optional(),
    status: m.int().optional(),
    visibility: m.int().optional(),
    type_id: m.string().optional(),
    weight: m.float().optional(),
    custom_attributes: m.array(m.object({ attribute_code: m.string(), value: z.unknown() })).optional(),
    extension_attributes: m.object({ website_ids: m.array(m.int()).optional() }).optional(),
    options: m.array(m.object({ values: m.array(optionValue).optional() })).optional(),
  }),
);
const productBody = m.object({ product, saveOptions: m.bool().optional() });
const configurableOption = dto(m.object({ id: m.int().optional(), position: m.int().optional() }));

export const catalogRoutes: Route[] = [
  withBody({ method: 'POST', path: '/V1/products', resource: PRODUCTS }, productBody, (ctx, b) =>
    saveProduct(ctx, b.product, ctx.scope),
  ),
  withBody({ method: 'PUT', path: '/V1/products/:sku', resource: PRODUCTS }, productBody, (ctx, b) =>
    saveProduct(ctx, { ...b.product, sku: ctx.params['sku'] }, ctx.scope),
  ),
  route({ method: 'GET', path: '/V1/products/:sku', resource: PRODUCTS }, (ctx) =>
    readProduct(ctx, ctx.params['sku'] ?? '', ctx.scope),
  ),
  route({ method: 'DELETE', path: '/V1/products/:sku', resource: PRODUCTS }, (ctx) =>
    deleteProduct(ctx, ctx.params['sku'] ?? ''),
  ),
  route({ method: 'GET', path: '/V1/products', resource: PRODUCTS }, (ctx) =>
    listProducts(ctx, ctx.query, ctx.scope.storeId),
  ),

  route({ method: 'GET', path: '/V1/products/attributes/:attributeCode', resource: ATTRIBUTES }, (ctx) =>
    presentAttribute(ctx, ctx.params['attributeCode'] ?? ''),
  ),
  route(
    { method: 'GET', path: '/V1/products/attributes/:attributeCode/options', resource: ATTRIBUTES },
    (ctx) => attributeOptions(ctx, ctx.params['attributeCode'] ?? ''),
  ),

  route({ method: 'GET', path: '/V1/products/:sku/options', resource: CATALOG }, (ctx) =>
    listOptions(ctx, ctx.params['sku'] ?? ''),
  ),
  route({ method: 'GET', path: '/V1/products/:sku/options/:optionId', resource: CATALOG }, (ctx) =>
    getOption(ctx, ctx.params['sku'] ?? '', Number(ctx.params['optionId'])),
  ),
  withBody(
    { method: 'POST', path: '/V1/products/options', resource: CATALOG },
    m.object({ option: customOption }),
    (ctx, b) => saveOption(ctx, b.option),
  ),
  withBody(
    { method: 'PUT', path: '/V1/products/options/:optionId', resource: CATALOG },
    m.object({ option: customOption }),
    (ctx, b) => saveOption(ctx, { ...b.option, option_id: Number(ctx.params['optionId']) }),
  ),
  route({ method: 'DELETE', path: '/V1/products/:sku/options/:optionId', resource: CATALOG }, (ctx) =>
    deleteOption(ctx, ctx.params['sku'] ?? '', Number(ctx.params['optionId'])),
  ),

  route({ method: 'GET', path: '/V1/configurable-products/:sku/children', resource: PRODUCTS }, (ctx) =>
    getChildren(ctx, ctx.params['sku'] ?? '', ctx.scope.storeId),
  ),
  withBody(
    { method: 'POST', path: '/V1/configurable-products/:sku/child', resource: PRODUCTS },
    m.object({ childSku: m.string() }),
    (ctx, b) => addChild(ctx, ctx.params['sku'] ?? '', b.childSku),
  ),
  route(
    { method: 'DELETE', path: '/V1/configurable-products/:sku/children/:childSku', resource: PRODUCTS },
    (ctx) => removeChild(ctx, ctx.params['sku'] ?? '', ctx.params['childSku'] ?? ''),
  ),
  route({ method: 'GET', path: '/V1/configurable-products/:sku/options/all', resource: PRODUCTS }, (ctx) =>
    listConfigurableOptions(ctx, ctx.params['sku'] ?? ''),
  ),
  route({ method: 'GET', path: '/V1/configurable-products/:sku/options/:id', resource: PRODUCTS }, (ctx) =>
    getConfigurableOption(ctx, ctx.params['sku'] ?? '', Number(ctx.params['id'])),
  ),
  withBody(
    { method: 'POST', path: '/V1/configurable-products/:sku/options', resource: PRODUCTS },
    m.object({ option: configurableOption }),
    (ctx, b) => saveConfigurableOption(ctx, ctx.params['sku'] ?? '', b.option),
  ),
  withBody(
    { method: 'PUT', path: '/V1/configurable-products/:sku/options/:id', resource: PRODUCTS },
    m.object({ option: configurableOption }),
    (ctx, b) =>
      saveConfigurableOption(ctx, ctx.params['sku'] ?? '', { ...b.option, id: Number(ctx.params['id']) }),
  ),
  route({ method: 'DELETE', path: '/V1/configurable-products/:sku/options/:id', resource: PRODUCTS }, (ctx) =>
    deleteConfigurableOption(ctx, ctx.params['sku'] ?? '', Number(ctx.params['id'])),
  ),
];
