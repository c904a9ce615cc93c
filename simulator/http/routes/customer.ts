import { z } from 'zod';
import { snakeKeys } from '../../modules/catalog/dto-keys.ts';
import { createAccount, isEmailAvailable } from '../../modules/customer/account.ts';
import { defaultAddress, deleteAddress, getAddress } from '../../modules/customer/addresses.ts';
import { searchCustomers } from '../../modules/customer/customer-list.ts';
import { deleteCustomer, getCustomer, updateCustomer } from '../../modules/customer/customer-repository.ts';
import { defaultGroupId, getDefaultGroup, setDefaultGroup } from '../../modules/customer/group-default.ts';
import { deleteGroup, getGroup, saveGroup, searchGroups } from '../../modules/customer/groups.ts';
import { selfCustomer } from '../../modules/customer/self.ts';
import { m, pathInt } from '../input.ts';
import { type Route, route, withBody } from '../route.ts';

/**
 * Customer/etc/webapi.xml: groups (`Magento_Customer::group`), accounts (`POST /V1/customers` is
 * anonymous; reads need `Magento_Customer::customer`, writes `Magento_Customer::manage`), the `self`
 * routes of a customer token, and addresses.
 */
const GROUP = 'Magento_Customer::group';
const CUSTOMER = 'Magento_Customer::customer';
const MANAGE = 'Magento_Customer::manage';

const dto = <S extends z.ZodType>(schema: S) => z.preprocess(snakeKeys, schema);
const address = m.object({
  id: m.int().optional(),
  region_id: m.int().optional(),
  street: m.array(m.string()).optional(),
  default_billing: m.bool().optional(),
  default_shipping: m.bool().optional(),
});
const customer = dto(
  m.object({
    id: m.int().optional(),
    group_id: m.int().optional(),
    store_id: m.int().optional(),
    website_id: m.int().optional(),
    gender: m.int().optional(),
    disable_auto_group_change: m.int().optional(),
    email: m.string().optional(),
    firstname: m.string().optional(),
    lastname: m.string().optional(),
    addresses: m.array(address).optional(),
  }),
);
const group = dto(
  m.object({ id: m.int().optional(), code: m.string().optional(), tax_class_id: m.int().optional() }),
);
/** Path ids are ints for Magento's input processor. */

export const customerRoutes: Route[] = [
  route({ method: 'GET', path: '/V1/customerGroups/:id', resource: GROUP }, (ctx) =>
    getGroup(ctx, pathInt(ctx.params['id'])),
  ),
  route({ method: 'GET', path: '/V1/customerGroups/default', resource: GROUP }, (ctx) =>
    getDefaultGroup(ctx, ctx.scope.storeId),
  ),
  route({ method: 'GET', path: '/V1/customerGroups/default/:storeId', resource: GROUP }, (ctx) =>
    getDefaultGroup(ctx, pathInt(ctx.params['storeId'])),
  ),
  route({ method: 'PUT', path: '/V1/customerGroups/default/:id', resource: GROUP }, (ctx) =>
    setDefaultGroup(ctx, pathInt(ctx.params['id'])),
  ),
  route({ method: 'GET', path: '/V1/customerGroups/search', resource: GROUP }, (ctx) =>
    searchGroups(ctx, ctx.query),
  ),
  withBody({ method: 'POST', path: '/V1/customerGroups', resource: GROUP }, m.object({ group }), (ctx, b) =>
    saveGroup(ctx, b.group),
  ),
  withBody(
    { method: 'PUT', path: '/V1/customerGroups/:id', resource: GROUP },
    m.object({ group }),
    (ctx, b) => saveGroup(ctx, { ...b.group, id: pathInt(ctx.params['id']) }),
  ),
  route({ method: 'DELETE', path: '/V1/customerGroups/:id', resource: GROUP }, (ctx) =>
    deleteGroup(ctx, pathInt(ctx.params['id']), defaultGroupId(ctx, ctx.scope.storeId)),
  ),

  withBody(
    { method: 'POST', path: '/V1/customers', resource: 'anonymous' },
    m.object({ customer, password: m.string().optional() }),
    (ctx, b) => createAccount(ctx, ctx, b.customer, b.password),
  ),
  route({ method: 'GET', path: '/V1/customers/search', resource: CUSTOMER }, (ctx) =>
    searchCustomers(ctx, ctx.query),
  ),
  route({ method: 'GET', path: '/V1/customers/me', resource: 'self' }, (ctx) =>
    selfCustomer(ctx, ctx.user, ctx.scope),
  ),
  withBody(
    { method: 'PUT', path: '/V1/customers/me', resource: 'self' },
    m.object({ customer }),
    (ctx, b) => {
      const me = selfCustomer(ctx, ctx.user, ctx.scope);
      return updateCustomer(ctx, me.id, { ...b.customer, id: me.id, group_id: me.group_id });
    },
  ),
  route({ method: 'GET', path: '/V1/customers/:customerId', resource: CUSTOMER }, (ctx) =>
    getCustomer(ctx, pathInt(ctx.params['customerId'])),
  ),
  withBody(
    { method: 'PUT', path: '/V1/customers/:customerId', resource: MANAGE },
    m.object({ customer }),
    (ctx, b) => updateCustomer(ctx, pathInt(ctx.params['customerId']), b.customer),
  ),
  route({ method: 'DELETE', path: '/V1/customers/:customerId', resource: MANAGE }, (ctx) =>
    deleteCustomer(ctx, pathInt(ctx.params['customerId'])),
  ),
  withBody(
    { method: 'POST', path: '/V1/customers/isEmailAvailable', resource: 'anonymous' },
    m.object({ customerEmail: m.string(), websiteId: m.int().optional() }),
    (ctx, b) => isEmailAvailable(ctx, ctx.scope, b.customerEmail, b.websiteId),
  ),

  route({ method: 'GET', path: '/V1/customers/me/billingAddress', resource: 'self' }, (ctx) =>
    defaultAddress(ctx, selfCustomer(ctx, ctx.user, ctx.scope), 'billing'),
  ),
  route({ method: 'GET', path: '/V1/customers/me/shippingAddress', resource: 'self' }, (ctx) =>
    defaultAddress(ctx, selfCustomer(ctx, ctx.user, ctx.scope), 'shipping'),
  ),
  route({ method: 'GET', path: '/V1/customers/:customerId/billingAddress', resource: MANAGE }, (ctx) =>
    defaultAddress(ctx, getCustomer(ctx, pathInt(ctx.params['customerId'])), 'billing'),
  ),
  route({ method: 'GET', path: '/V1/customers/:customerId/shippingAddress', resource: MANAGE }, (ctx) =>
    defaultAddress(ctx, getCustomer(ctx, pathInt(ctx.params['customerId'])), 'shipping'),
  ),
  route({ method: 'GET', path: '/V1/customers/addresses/:addressId', resource: MANAGE }, (ctx) =>
    getAddress(ctx, pathInt(ctx.params['addressId'])),
  ),
  route({ method: 'DELETE', path: '/V1/addresses/:addressId', resource: MANAGE }, (ctx) =>
    deleteAddress(ctx, pathInt(ctx.params['addressId'])),
  ),
];
