/**
 * What every fuzzed answer must look like: a 2xx with a JSON body, or a 4xx with Magento's error
 * envelope (`message` text, `parameters` object or list, `errors[]` of `{message, parameters}`).
 * Returns a description of what is wrong, or null.
 */
export function magentoShapeProblem(status: number, text: string): string | null {
  if (status >= 500) return `server error ${status}`;
  if (status < 200 || (status >= 300 && status < 400)) return `unexpected status ${status}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `body is not JSON: ${text.slice(0, 200)}`;
  }
  if (status < 300) return null;
  if (!isObject(body) || typeof body['message'] !== 'string') return 'error body has no message';
  if ('parameters' in body && !isParameters(body['parameters'])) return 'parameters is not an object or list';
  if ('errors' in body) {
    const errors = body['errors'];
    if (!Array.isArray(errors)) return 'errors is not a list';
    for (const e of errors) {
      if (!isObject(e) || typeof e['message'] !== 'string' || !isParameters(e['parameters'])) {
        return `malformed errors[] item ${JSON.stringify(e)}`;
      }
    }
  }
  const extra = Object.keys(body).filter(
    (k) => !['message', 'parameters', 'errors', 'code', 'trace'].includes(k),
  );
  return extra.length > 0 ? `unexpected keys ${extra.join(', ')}` : null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isParameters(v: unknown): boolean {
  return Array.isArray(v) || isObject(v);
}
