import { ProxyFields } from '../../contracts/toxiproxy.ts';
import type { TcpProxy } from '../proxy.ts';
import type { ProxyCollection } from '../proxy-collection.ts';
import { type ApiError, badRequestBody, missingField, toApiError } from './errors.ts';
import { jsonKind } from './go-decode.ts';
import { decodeBody, type Handler, parseBody } from './handler.ts';
import { json } from './reply.ts';
import { proxyView } from './wire.ts';

const itemType = 'struct { toxiproxy.Proxy; Enabled *bool "json:\\"enabled\\"" }';
const asItem = { struct: 'Proxy', value: itemType };

/**
 * Toxiproxy's PopulateJson: decode the array, check every item's name and upstream (nothing is
 * created if one fails), then add or replace each in order. A failure part-way keeps the proxies
 * already done and returns them with the error. Also used for `--config` files.
 */
export async function populate(
  body: string,
  proxies: ProxyCollection,
): Promise<{ proxies: TcpProxy[]; error?: ApiError }> {
  let items: ProxyFields[];
  try {
    const raw = parseBody(body) ?? [];
    if (!Array.isArray(raw))
      throw badRequestBody(`json: cannot unmarshal ${jsonKind(raw)} into Go value of type []${itemType}`);
    const blank = { name: '', listen: '', upstream: '', enabled: true };
    items = raw.map((item: unknown) => decodeBody(item, ProxyFields, blank, asItem));
    items.forEach((item, i) => {
      if (item.name === '') throw missingField(`name at proxy ${i + 1}`);
      if (item.upstream === '') throw missingField(`upstream at proxy ${i + 1}`);
    });
  } catch (err) {
    return { proxies: [], error: toApiError(err) };
  }
  const done: TcpProxy[] = [];
  for (const item of items) {
    try {
      done.push(await proxies.addOrReplace(item));
    } catch (err) {
      return { proxies: done, error: toApiError(err) };
    }
  }
  return { proxies: done };
}

/**
 * POST /populate: 201 `{"proxies":[…]}` in request order; on failure the error's status with
 * `{"error","status","proxies"}` (as JSON, not through http.Error). An empty list is `[]` where
 * Toxiproxy writes `null` (toxiproxy-node-client iterates it).
 */
export const populateHandler: Handler = async (req, ctx) => {
  const { proxies, error } = await populate(req.body, ctx.proxies);
  const views = proxies.map(proxyView);
  if (error) return json(error.status, { error: error.message, status: error.status, proxies: views });
  return json(201, { proxies: views });
};
