import { z } from 'zod';
import { snakeKeys } from '../../modules/catalog/dto-keys.ts';
import {
  deleteRate,
  deleteRule,
  deleteTaxClass,
  getRate,
  getRule,
  getTaxClass,
  saveRate,
  saveRule,
  saveTaxClass,
  searchRates,
  searchRules,
  searchTaxClasses,
} from '../../modules/tax/resources/index.ts';
import { m, pathInt } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';

/**
 * Tax/etc/webapi.xml: rates, rules and classes, all under `Magento_Tax::manage_tax`. Body
 * arguments are found by their camelCase or snake_case name (`taxRate` or `tax_rate`), DTO fields
 * likewise, as the ServiceInputProcessor does. `PUT /V1/taxClasses/:classId` puts the URL id into
 * the class (Magento's ParamsOverrider).
 */
const TAX = 'Magento_Tax::manage_tax';

const dto = <S extends z.ZodType>(schema: S) => z.preprocess(snakeKeys, schema);
/** `{taxRate: ...}` or `{tax_rate: ...}`: the ServiceInputProcessor finds an argument by either name. */
const argument = (name: string) => (v: unknown) => {
  if (!v || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return o[name] === undefined && o[snake] !== undefined ? { ...o, [name]: o[snake] } : o;
};

const rate = m.object({
  id: m.int().optional(),
  tax_country_id: m.string().optional(),
  tax_region_id: m.int().optional(),
  tax_postcode: m.string().optional(),
  zip_is_range: m.int().optional(),
  zip_from: m.int().optional(),
  zip_to: m.int().optional(),
  rate: m.float().optional(),
  code: m.string().optional(),
  titles: m.array(m.object({ store_id: m.string().optional(), value: m.string().optional() })).optional(),
});
const rule = m.object({
  id: m.int().optional(),
  code: m.string().optional(),
  priority: m.int().optional(),
  position: m.int().optional(),
  customer_tax_class_ids: m.array(m.int()).optional(),
  product_tax_class_ids: m.array(m.int()).optional(),
  tax_rate_ids: m.array(m.int()).optional(),
  calculate_subtotal: m.bool().optional(),
});
const taxClass = m.object({
  class_id: m.int().optional(),
  class_name: m.string().optional(),
  class_type: m.string().optional(),
});
const rateBody = z.preprocess(argument('taxRate'), m.object({ taxRate: dto(rate) }));
const ruleBody = m.object({ rule: dto(rule) });
const classBody = z.preprocess(argument('taxClass'), m.object({ taxClass: dto(taxClass) }));

/** Path ids are ints for Magento's input processor. */

export const taxRoutes: Route[] = [
  withBody({ method: 'POST', path: '/V1/taxRates', resource: TAX }, rateBody, (ctx, b) =>
    saveRate(ctx, b.taxRate),
  ),
  withBody({ method: 'PUT', path: '/V1/taxRates', resource: TAX }, rateBody, (ctx, b) =>
    saveRate(ctx, b.taxRate),
  ),
  route({ method: 'GET', path: '/V1/taxRates/search', resource: TAX }, (ctx) => searchRates(ctx, ctx.query)),
  route({ method: 'GET', path: '/V1/taxRates/:rateId', resource: TAX }, (ctx) =>
    getRate(ctx, pathInt(ctx.params['rateId'])),
  ),
  route({ method: 'DELETE', path: '/V1/taxRates/:rateId', resource: TAX }, (ctx) =>
    deleteRate(ctx, pathInt(ctx.params['rateId'])),
  ),

  withBody({ method: 'POST', path: '/V1/taxRules', resource: TAX }, ruleBody, (ctx, b) =>
    saveRule(ctx, b.rule),
  ),
  withBody({ method: 'PUT', path: '/V1/taxRules', resource: TAX }, ruleBody, (ctx, b) =>
    saveRule(ctx, b.rule),
  ),
  route({ method: 'GET', path: '/V1/taxRules/search', resource: TAX }, (ctx) => searchRules(ctx, ctx.query)),
  route({ method: 'GET', path: '/V1/taxRules/:ruleId', resource: TAX }, (ctx) =>
    getRule(ctx, pathInt(ctx.params['ruleId'])),
  ),
  route({ method: 'DELETE', path: '/V1/taxRules/:ruleId', resource: TAX }, (ctx) =>
    deleteRule(ctx, pathInt(ctx.params['ruleId'])),
  ),

  withBody({ method: 'POST', path: '/V1/taxClasses', resource: TAX }, classBody, (ctx, b) =>
    saveTaxClass(ctx, b.taxClass),
  ),
  withBody({ method: 'PUT', path: '/V1/taxClasses/:classId', resource: TAX }, classBody, (ctx, b) =>
    saveTaxClass(ctx, { ...b.taxClass, class_id: pathInt(ctx.params['classId']) }),
  ),
  route({ method: 'GET', path: '/V1/taxClasses/search', resource: TAX }, (ctx) =>
    searchTaxClasses(ctx, ctx.query),
  ),
  route({ method: 'GET', path: '/V1/taxClasses/:taxClassId', resource: TAX }, (ctx) =>
    getTaxClass(ctx, pathInt(ctx.params['taxClassId'])),
  ),
  route({ method: 'DELETE', path: '/V1/taxClasses/:taxClassId', resource: TAX }, (ctx) =>
    deleteTaxClass(ctx, pathInt(ctx.params['taxClassId'])),
  ),
];
