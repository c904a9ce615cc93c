import { isAxiosError } from 'axios';
import { MagentoRestError } from '../magento/admin-client.ts';
import { ReconcileError } from './errors.ts';

/**
 * Turns what went wrong between us and Magento into one line a person can act on: a refused token,
 * a port nobody listens on, a URL that answers with someone else's HTML, Magento's own failure.
 * Anything it does not recognise is returned as is (a bug of ours, shown as unexpected).
 */
export interface FailureContext {
  baseUrl: string;
  /** The admin user of `--admin user:password`, when that is how we log in. */
  adminUser?: string | undefined;
  /** What we were reading, for the message: "source items", "orders". */
  reading: string;
  /** Said after a 401 on this read when the login itself worked (an ACL the token lacks). */
  aclHint?: string;
}

export function explainFailure(err: unknown, ctx: FailureContext): unknown {
  if (err instanceof ReconcileError) return err;
  if (err instanceof MagentoRestError) return explainAnswer(err, ctx);
  if (isAxiosError(err) && !err.response) return unreachable(err.code, err.message, ctx.baseUrl);
  return err;
}

function unreachable(code: string | undefined, message: string, url: string): ReconcileError {
  const why =
    code === 'ECONNREFUSED'
      ? 'connection refused'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'no such host (check --magento)'
        : code === 'ECONNABORTED' || code === 'ETIMEDOUT'
          ? 'no answer in time'
          : code === 'ECONNRESET'
            ? 'the connection was reset'
            : /certificate|self.signed|SSL|TLS/i.test(`${code} ${message}`)
              ? `TLS failed (${code ?? message}): trust its certificate with NODE_EXTRA_CA_CERTS=<ca.pem>`
              : (code ?? message);
  return new ReconcileError('unreachable', `cannot reach Magento at ${url}: ${why}`);
}

function explainAnswer(err: MagentoRestError, ctx: FailureContext): unknown {
  const { status, body } = err;
  const path = err.path.replace(/\?.*$/, ''); // the query string is noise in a one-line message
  const message = magentoMessage(body);
  const login = path.includes('/V1/integration/admin/token');
  if (login && (status === 401 || status === 400))
    return new ReconcileError(
      'auth',
      status === 401
        ? `Magento refused the admin login of "${ctx.adminUser ?? '?'}" (401): check --admin user:password`
        : `Magento refused the admin login of "${ctx.adminUser ?? '?'}" (${status}: ${message ?? 'no message'}): with two-factor authentication on, use an integration token with --token`,
    );
  if (message === undefined)
    return new ReconcileError(
      'not-magento',
      `${ctx.baseUrl} does not answer like Magento: ${path} answered ${status} ${describe(body)}; --magento must be the shop's base URL (without /rest)`,
    );
  if (status === 401) {
    if (ctx.aclHint)
      return new ReconcileError('auth', `Magento refused to show ${ctx.reading} (401): ${ctx.aclHint}`);
    return new ReconcileError(
      'auth',
      ctx.adminUser
        ? `Magento refused the token it issued to "${ctx.adminUser}" (401: ${message}): give the user the inventory and sales resources`
        : 'the token was refused by Magento (401): check --token or use --admin user:password',
    );
  }
  if (status === 404 && /does not match any route/i.test(message))
    return new ReconcileError(
      'no-route',
      `Magento at ${ctx.baseUrl} has no route for ${ctx.reading} (${path} answered 404): is the module that serves them enabled?`,
    );
  return new ReconcileError(
    'magento',
    `Magento failed to list ${ctx.reading}: ${path} answered ${status}: ${message}`,
  );
}

/** Magento's error envelope is `{"message": "...", "parameters": ...}`; anything else is not Magento. */
export function magentoMessage(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const m = (body as Record<string, unknown>)['message'];
  if (typeof m !== 'string') return undefined;
  const params = (body as Record<string, unknown>)['parameters'];
  if (params && typeof params === 'object' && !Array.isArray(params))
    return m.replace(/%(\w+)/g, (all, k: string) => {
      const v = (params as Record<string, unknown>)[k];
      return typeof v === 'string' || typeof v === 'number' ? String(v) : all;
    });
  return m;
}

/** A short description of a body that is not Magento's: its kind and first characters. */
export function describe(body: unknown): string {
  if (typeof body === 'string') {
    const kind = /^\s*</.test(body) ? 'HTML' : 'text';
    const start = body.replace(/\s+/g, ' ').trim().slice(0, 60);
    return start ? `${kind} "${start}${body.length > 60 ? '…' : ''}"` : 'an empty body';
  }
  return `JSON ${JSON.stringify(body).slice(0, 60)}`;
}
