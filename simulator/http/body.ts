import { InputError, WebapiError } from '../errors.ts';

/**
 * Decodes a POST/PUT body the way Magento's REST request does (GET and DELETE bodies are never
 * read). An empty body (or `0`, which PHP finds empty too) is no parameters and is not checked.
 * Otherwise the Content-Type must be present and well-formed (`Content-Type header is empty.` /
 * `... is invalid.`), a given charset must be UTF-8, and the media type must be exactly
 * `application/json` (XML bodies are not simulated: `Server cannot understand Content-Type HTTP
 * header media type %1`). Bad JSON, or JSON nested deeper than PHP's 512 levels, is
 * `Decoding error.` (as are lone UTF-16 surrogate escapes). Like PHP's `(array)` cast, a JSON list becomes an index-keyed object and a
 * scalar `{"0": value}`.
 * @see Magento\Framework\Webapi\Rest\Request::getBodyParams, getContentType
 * @see Magento\Framework\Webapi\Rest\Request\DeserializerFactory::get
 * @see Magento\Framework\Webapi\Rest\Request\Deserializer\Json::deserialize
 */
const CONTENT_TYPE = /^([a-z\d/\-+.]+)(?:; *charset=(.+))?$/i;
const MAX_DEPTH = 512;
/** json_decode refuses `\\uD800`-style escapes that are not a surrogate pair (JSON.parse allows them). */
const LONE_SURROGATE =
  /\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2})|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i;

export function decodeBody(
  raw: string,
  contentType: string | undefined,
  developerMode: boolean,
): Record<string, unknown> {
  if (raw === '' || raw === '0') return {};
  if (!contentType) throw new InputError('Content-Type header is empty.');
  const m = CONTENT_TYPE.exec(contentType);
  if (!m) throw new InputError('Content-Type header is invalid.');
  if (m[2] !== undefined && m[2].toLowerCase() !== 'utf-8') {
    throw new InputError('UTF-8 is the only supported charset.');
  }
  if (m[1] !== 'application/json') {
    throw new WebapiError(`Server cannot understand Content-Type HTTP header media type ${m[1]}`, 400);
  }
  return asArray(parseJson(raw, developerMode));
}

function parseJson(raw: string, developerMode: boolean): unknown {
  let problem: string;
  try {
    if (tooDeep(raw)) problem = 'Maximum stack depth exceeded';
    else if (LONE_SURROGATE.test(raw)) problem = 'Single unpaired UTF-16 surrogate in unicode escape';
    else return JSON.parse(raw);
  } catch {
    problem = 'Syntax error';
  }
  if (!developerMode) throw new WebapiError('Decoding error.', 400);
  const cause = `Unable to unserialize value. Error: ${problem}`;
  throw new WebapiError(`Decoding error: \n${cause}\n${new Error(cause).stack ?? ''}`, 400);
}

/** PHP's `(array)` cast of the decoded value. */
function asArray(decoded: unknown): Record<string, unknown> {
  if (decoded === null) return {};
  if (Array.isArray(decoded)) return Object.fromEntries(decoded.map((v, i) => [String(i), v]));
  if (typeof decoded === 'object') return decoded as Record<string, unknown>;
  return { '0': decoded };
}

/** Whether arrays/objects nest deeper than json_decode's default depth (strings skipped). */
function tooDeep(raw: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
