import { z } from 'zod';
import { createAdminToken } from '../../modules/integration/admin-token.ts';
import { createCustomerToken, revokeCustomerToken } from '../../modules/integration/customer-token.ts';
import { type Route, route, withBody } from '../route.ts';

const credentials = z.looseObject({ username: z.unknown(), password: z.unknown() });

/** Integration/etc/webapi.xml: token issuing and revocation. */
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
