import { InputError, WebapiError } from '../errors.ts';

/**
 * Decodes a request body the way Magento's REST request does: an empty body is no parameters (and
 * no Content-Type check); otherwise the Content-Type must be present and well-formed, UTF-8, and
 * JSON (XML bodies are not supported by the simulator); bad JSON is `Decoding error.`
 * @see Magento\Framework\Webapi\Rest\Request::getContentType, getBodyParams
 * @see Magento\Framework\Webapi\Rest\Request\Deserializer\Json::deserialize
 */
export function decodeBody(
  raw: string,
  contentType: string | undefined,
  developerMode: boolean,
): Record<string, unknown> {
  if (raw === '') return {};
  if (!contentType) throw new InputError('Content-Type header is empty.');
  const m = /^([a-z\d/\-+.]+)(?:; *charset=(.+))?$/i.exec(contentType.trim());
  if (!m) throw new InputError('Content-Type header is invalid.');
  const charset = m[2];
  if (charset && charset.trim().toLowerCase() !== 'utf-8')
    throw new InputError('UTF-8 is the only supported charset.');
  const media = (m[1] as string).toLowerCase();
  if (media !== 'application/json') {
    throw new WebapiError('Server cannot understand Content-Type HTTP header media type %1', 400, [media]);
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(raw);
  } catch (err) {
    if (developerMode) throw new WebapiError(`Decoding error: ${(err as Error).message}`, 400);
    throw new WebapiError('Decoding error.', 400);
  }
  if (decoded === null || typeof decoded !== 'object') return {};
  return decoded as Record<string, unknown>;
}
