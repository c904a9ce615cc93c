import type { IncomingMessage, ServerResponse } from 'node:http';
import qs from 'qs';
import type { RequestContext, Services, StoreContext, UserContext } from '../context.ts';
import { InputError, WebapiError } from '../errors.ts';
import { authorize } from '../modules/integration/acl.ts';
import { atLeast, type Profile, VERSIONS } from '../profile.ts';
import { decodeBody } from './body.ts';
import { errorResponse } from './error-response.ts';
import { type FaultHooks, NO_FAULTS } from './faults.ts';
import type { Journal } from './journal.ts';
import { PlacementGuard } from './placement-guard.ts';
import { resolvePrefix } from './prefix.ts';
import type { Route } from './route.ts';
import { Router } from './router.ts';

/**
 * The Magento REST surface as one request handler generated from the route table: store prefix,
 * route match, authentication, ACL, body decoding, the handler in one state transaction, and an
 * answer only once its writes are durable. Every request lands in the journal.
 * @see Magento\Webapi\Controller\Rest::processApiRequest
 */
export interface MagentoAppDeps {
  services: Services;
  routes: readonly Route[];
  journal: Journal;
  faults?: FaultHooks;
  /** Observes every error response (the simulator's logger). */
  onInternalError?: (message: string) => void;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createMagentoHandler(deps: MagentoAppDeps): Handler {
  const { services, journal } = deps;
  const routes = deps.routes.filter((r) => available(r, services.profile));
  const router = new Router(routes);
  const faults = deps.faults ?? NO_FAULTS;
  const placement = new PlacementGuard(services);

  return (req, res) => {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '/';
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      void serve(raw).catch(() => {});
    });

    async function serve(raw: string): Promise<void> {
      let status = 200;
      let matched: Route | null = null;
      let scope: StoreContext | null = null;
      let user: UserContext | null = null;
      let errorMessage: string | undefined;
      let internalError: string | undefined;
      let faultName: string | undefined;
      let drop = false;
      let release: (() => void) | undefined;
      let payload: string | undefined;
      const extraHeaders: Record<string, string> = {};
      try {
        const q = url.indexOf('?');
        const pathname = q === -1 ? url : url.slice(0, q);
        if (!pathname.startsWith('/rest/')) throw new WebapiError('Request does not match any route.', 404);
        const resolved = resolvePrefix(services, pathname.slice(5));
        scope = resolved.scope;
        if (!REST_METHODS.has(method)) throw new InputError('Request method is invalid.');
        const match = router.match(method, resolved.path);
        if (!match) throw new WebapiError('Request does not match any route.', 404);
        matched = match.route;
        for (const decision of faults.decide(method, resolved.path)) {
          faultName = decision.name;
          if (decision.kind === 'delay') await new Promise((r) => setTimeout(r, decision.ms));
          else if (decision.kind === 'drop-after-commit') drop = true;
          else {
            status = decision.status;
            Object.assign(extraHeaders, decision.headers);
            payload = decision.body;
            throw ANSWERED_BY_FAULT;
          }
        }
        const auth = { authorization: req.headers.authorization, method, url: absoluteUrl(req), scope };
        user = authorize(services, match.route, auth, scope);
        if (scope.isAll && method === 'GET') {
          throw new WebapiError("Cannot perform GET operation with store code 'all'", 400);
        }
        const ctx: RequestContext = {
          ...services,
          method,
          path: resolved.path,
          params: match.params,
          query:
            q === -1
              ? {}
              : (qs.parse(url.slice(q + 1), { depth: 10, arrayLimit: 1000 }) as Record<string, unknown>),
          body:
            method === 'POST' || method === 'PUT'
              ? decodeBody(raw, req.headers['content-type'], services.profile.developerMode)
              : {},
          scope,
          user,
          remoteIp: req.socket.remoteAddress ?? '',
        };
        const route = match.route;
        if (route.placesOrder) release = placement.enter(ctx);
        const result = services.store.transaction(() => route.handler(ctx));
        payload = JSON.stringify(result === undefined || result === null ? [] : result);
      } catch (err) {
        if (err !== ANSWERED_BY_FAULT) {
          const mapped = errorResponse(err, services.profile.developerMode);
          status = mapped.status;
          errorMessage = String(mapped.body['message']);
          internalError = mapped.internal;
          if (internalError) deps.onInternalError?.(internalError);
          payload = JSON.stringify(mapped.body);
        }
      }
      try {
        await services.store.flush();
      } finally {
        release?.();
      }
      journal.add({
        at: services.clock.now(),
        method,
        url,
        status,
        route: matched?.path ?? null,
        unhandled: matched === null,
        user: user ? `${user.type}${user.id === null ? '' : `:${user.id}`}` : 'unknown',
        storeCode: scope?.storeCode ?? null,
        durationMs: performance.now() - started,
        ...(errorMessage === undefined ? {} : { error: errorMessage }),
        ...(internalError === undefined ? {} : { internalError }),
        ...(raw === '' ? {} : { requestBody: safeJson(raw) }),
        ...(faultName === undefined ? {} : { fault: faultName }),
      });
      if (drop) {
        req.socket.destroy();
        return;
      }
      respond(status, payload ?? '', extraHeaders);
    }

    function respond(status: number, body: string, headers: Record<string, string>): void {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
      res.end(body);
    }
  };
}

/** Thrown past the handler when a fault rule has chosen the answer, so that it is journaled too. */
const ANSWERED_BY_FAULT = Symbol('answered by a fault rule');

/** Magento's REST request accepts only these methods (`Request method is invalid.` otherwise). */
const REST_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE']);

/** Routes that exist in the simulated release and edition. */
export function available(r: Route, profile: Profile): boolean {
  if (r.edition && r.edition !== profile.edition) return false;
  if (r.since && !atLeast(profile, r.since)) return false;
  if (r.until && VERSIONS.indexOf(profile.version) > VERSIONS.indexOf(r.until)) return false;
  if (r.posExtension && profile.strictCore) return false;
  return true;
}

function absoluteUrl(req: IncomingMessage): string {
  const proto = (req.headers['x-forwarded-proto'] as string | undefined) ?? 'http';
  return `${proto}://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw.slice(0, 2000);
  }
}
