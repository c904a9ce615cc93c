import { randomBytes } from 'node:crypto';
import { MagentoError, WebapiError } from '../errors.ts';

/**
 * The one place errors become Magento's HTTP answers: status from the exception family and the
 * `{message, errors, parameters, trace}` body. `errors[]` items always carry `parameters` (`[]`
 * when the phrase has none); top-level `parameters` only when there are some. Anything that is
 * not a MagentoError is a 500 whose details stay in the log (`Internal Error. Details are
 * available in Magento log file. Report ID: webapi-<13 hex>`) unless developer mode is on, which
 * sends the real message and a trace.
 * @see Magento\Framework\Webapi\ErrorProcessor::maskException
 * @see Magento\Framework\Webapi\Rest\Response::_renderMessages
 */
export interface ErrorResponse {
  status: number;
  body: Record<string, unknown>;
  /** The real error, for the journal and the log, when it was masked. */
  internal?: string;
}

export function errorResponse(err: unknown, developerMode: boolean): ErrorResponse {
  if (err instanceof MagentoError) {
    const body: Record<string, unknown> = { message: err.phrase };
    if (err.errors && err.errors.length > 0) body['errors'] = err.errors.map(renderItem);
    if (err.parameters && hasEntries(err.parameters)) body['parameters'] = err.parameters;
    if (developerMode) body['trace'] = err instanceof WebapiError ? null : (err.stack ?? null);
    return { status: err.status, body };
  }
  const real = err instanceof Error ? err.message : String(err);
  if (developerMode) {
    return { status: 500, body: { message: real, trace: err instanceof Error ? (err.stack ?? null) : null } };
  }
  const reportId = `webapi-${randomBytes(7).toString('hex').slice(0, 13)}`;
  return {
    status: 500,
    body: { message: `Internal Error. Details are available in Magento log file. Report ID: ${reportId}` },
    internal: real,
  };
}

function renderItem(item: { message: string; parameters?: unknown }): Record<string, unknown> {
  return { message: item.message, parameters: item.parameters ?? [] };
}

function hasEntries(p: object): boolean {
  return Array.isArray(p) ? p.length > 0 : Object.keys(p).length > 0;
}
