import { z } from 'zod';
import { createAdminToken } from '../../modules/integration/admin-token.ts';
import { createCustomerToken, revokeCustomerToken } from '../../modules/integration/customer-token.ts';
import { type Route, route, withBody } from '../route.ts';

/** Magento casts scalar credentials to the `string` parameters; anything else fails validation. */
const scalar = z
  .unknown()
  .transform((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v));
const credentials = z.looseObject({ username: scalar, password: scalar });

/**
 * Integration/etc/webapi.xml (2.4): the two token routes and the customer's own revocation.
 * There is no admin-token revocation route in the 2.4.6-2.4.9 REST schemas.
 * @see Magento\Integration\Api\AdminTokenServiceInterface, CustomerTokenServiceInterface
 */
export const integrationRoutes: Route[] = [
  withBody(
    { method: 'POST', path: '/V1/integration/admin/token', resource: 'anonymous' },
    credentials,
    (ctx, b) => createAdminToken(ctx, b.username, b.password),
  ),
  withBody(
    { method: 'POST', path: '/V1/integration/customer/token', resource: 'anonymous' },
    credentials,
    (ctx, b) => createCustomerToken(ctx, ctx.scope, b.username, b.password),
  ),
  route({ method: 'POST', path: '/V1/integration/customer/revoke-customer-token', resource: 'self' }, (ctx) =>
    revokeCustomerToken(ctx, ctx.user.id as number),
  ),
];
