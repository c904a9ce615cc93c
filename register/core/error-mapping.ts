import axios from 'axios';
import { z } from 'zod';
import {
  AuthExpiredError,
  type CallSite,
  type ClientError,
  MagentoRejection,
  RateLimitedError,
  TransportError,
  type TransportKind,
} from './errors.ts';
import { parseRetryAfter } from './retry-after.ts';

/**
 * The one place where an HTTP outcome becomes a catalogue error (errors.ts). The client reads
 * every response as text (validateStatus accepts all), so a status maps here and a thrown axios
 * error always means "no response": a transport failure.
 * @see magento-rest.md §3 (error body), §17 (429 shapes)
 */
export interface RawResponse {
  status: number;
  /** Header lookup by lower-case name. */
  header(name: string): string | undefined;
  text: string;
}

const Params = z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]);

/** Magento's error envelope (`Webapi\Rest\Response::_renderMessages`), read leniently. */
const MagentoErrorBody = z.object({
  message: z.string(),
  parameters: Params.nullish(),
  errors: z.array(z.object({ message: z.string(), parameters: Params.nullish() })).nullish(),
});

const PROXY_STATUSES = new Set([502, 503, 504]);

/** JSON when the text is JSON, else the text itself (CDN and WAF pages are HTML). */
export function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Maps a non-2xx response. `canReauthenticate` is true when a fresh login could cure a 401
 * (admin credentials, token not yet renewed for this call): that 401 becomes AuthExpiredError.
 */
export function errorFromResponse(
  site: CallSite,
  res: RawResponse,
  nowMs: number,
  canReauthenticate: boolean,
): ClientError | AuthExpiredError {
  const body = parseBody(res.text);
  if (res.status === 429) {
    return new RateLimitedError(site, parseRetryAfter(res.header('retry-after'), nowMs), body);
  }
  if (PROXY_STATUSES.has(res.status)) {
    return new TransportError(site, 'bad-gateway', snippet(res.text) || 'no body', res.status);
  }
  const rejection = rejectionFrom(site, res.status, body, res.text);
  return res.status === 401 && canReauthenticate ? new AuthExpiredError(site, rejection) : rejection;
}

function rejectionFrom(site: CallSite, status: number, body: unknown, text: string): MagentoRejection {
  const parsed = MagentoErrorBody.safeParse(body);
  if (!parsed.success) {
    const message = `HTTP ${status} from Magento without its error body${text ? `: ${snippet(text)}` : ''}`;
    return new MagentoRejection(site, status, message, undefined, [], body);
  }
  const errors = (parsed.data.errors ?? []).map((e) => ({
    message: e.message,
    ...(e.parameters ? { parameters: e.parameters } : {}),
  }));
  return new MagentoRejection(
    site,
    status,
    parsed.data.message,
    parsed.data.parameters ?? undefined,
    errors,
    body,
  );
}

/** Maps a thrown error of a request: axios errors without a response are transport failures. */
export function errorFromThrown(site: CallSite, err: unknown): TransportError {
  if (!axios.isAxiosError(err)) throw err;
  return new TransportError(
    site,
    transportKind(err.code, err.message),
    err.message || String(err.code),
    undefined,
    {
      cause: err,
    },
  );
}

function transportKind(code: string | undefined, message: string): TransportKind {
  switch (code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'dns';
    case 'ECONNABORTED':
    case 'ETIMEDOUT':
    case 'ERR_CANCELED': // our total-deadline AbortSignal
      return 'timeout';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'reset';
    default:
      return /socket hang up/i.test(message) ? 'reset' : 'network';
  }
}

function snippet(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
}
