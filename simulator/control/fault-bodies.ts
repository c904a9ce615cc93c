import { randomBytes } from 'node:crypto';

/**
 * The bodies a fault answers with when the rule gives none. A 429 comes from the CDN or web server
 * in front of Magento, so its body is not Magento's JSON (here nginx's `limit_req` page, as many
 * Magento hosts send). 5xx bodies are Magento's own: the masked internal error of
 * `ErrorProcessor::maskException` (500 and other codes) and the maintenance page of
 * `pub/errors/503.php` (503: HTML, not JSON).
 * @see Magento\Framework\Webapi\ErrorProcessor::INTERNAL_SERVER_ERROR_MSG
 * @see magento2 pub/errors/default/503.phtml, pub/errors/processor.php::process503
 */
export interface FaultBody {
  body: string;
  contentType: string;
}

export const HTML = 'text/html; charset=UTF-8';
export const JSON_TYPE = 'application/json; charset=utf-8';
export const TEXT = 'text/plain; charset=utf-8';

export const TOO_MANY_REQUESTS_PAGE = [
  '<html>',
  '<head><title>429 Too Many Requests</title></head>',
  '<body>',
  '<center><h1>429 Too Many Requests</h1></center>',
  '<hr><center>nginx</center>',
  '</body>',
  '</html>',
  '',
].join('\r\n');

export const MAINTENANCE_PAGE = [
  '<!doctype html>',
  '<html>',
  '<head><title>Error 503: Service Unavailable</title></head>',
  '<body>',
  '<div id="main" class="col-main">',
  '<div class="page-title"><h1>Service Temporarily Unavailable</h1></div>',
  '<p>The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.</p>',
  '</div>',
  '</body>',
  '</html>',
  '',
].join('\n');

/** Magento's production-mode 500 body, with a fresh `webapi-<uniqid>` report id. */
export function maskedInternalError(): string {
  const reportId = `webapi-${randomBytes(7).toString('hex').slice(0, 13)}`;
  return JSON.stringify({
    message: `Internal Error. Details are available in Magento log file. Report ID: ${reportId}`,
  });
}

/** The default body of a fault answer with this status. */
export function defaultBody(status: number): FaultBody {
  if (status === 429) return { body: TOO_MANY_REQUESTS_PAGE, contentType: HTML };
  if (status === 503) return { body: MAINTENANCE_PAGE, contentType: HTML };
  return { body: maskedInternalError(), contentType: JSON_TYPE };
}

/** A rule's own body: objects are sent as JSON; strings keep their apparent type. */
export function givenBody(body: unknown): FaultBody {
  if (typeof body !== 'string') return { body: JSON.stringify(body), contentType: JSON_TYPE };
  const trimmed = body.trimStart();
  if (trimmed.startsWith('<')) return { body, contentType: HTML };
  try {
    JSON.parse(body);
    return { body, contentType: JSON_TYPE };
  } catch {
    return { body, contentType: TEXT };
  }
}
