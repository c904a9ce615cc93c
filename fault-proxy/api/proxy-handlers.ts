import { ProxyFields } from '../../contracts/toxiproxy.ts';
import { missingField, ProxyAlreadyExists } from './errors.ts';
import { decodeBody, findProxy, type Handler, parseBody } from './handler.ts';
import { json, noContent } from './reply.ts';
import { proxyView } from './wire.ts';

const asProxy = { struct: 'Proxy', value: 'toxiproxy.Proxy' };

/** GET /proxies: every proxy keyed by name, names sorted. */
export const proxyIndex: Handler = (_req, ctx) =>
  json(200, Object.fromEntries(ctx.proxies.all().map((p) => [p.name, proxyView(p)])));

/** POST /proxies: 201; name, then upstream, then a free name are checked before listening. */
export const proxyCreate: Handler = async (req, ctx) => {
  const blank = { name: '', listen: '', upstream: '', enabled: true };
  const input = decodeBody(parseBody(req.body), ProxyFields, blank, asProxy);
  if (input.name === '') throw missingField('name');
  if (input.upstream === '') throw missingField('upstream');
  if (ctx.proxies.get(input.name)) throw ProxyAlreadyExists;
  return json(201, proxyView(await ctx.proxies.add(input)));
};

export const proxyShow: Handler = (req, ctx) => json(200, proxyView(findProxy(req, ctx)));

/** POST|PATCH /proxies/{proxy}: omitted fields keep their value; `name` is ignored. */
export const proxyUpdate: Handler = async (req, ctx) => {
  const proxy = findProxy(req, ctx);
  if (req.method === 'POST') ctx.logger.debug('ProxyUpdate: HTTP method POST is deprecated, use PATCH');
  const current = {
    name: proxy.name,
    listen: proxy.listen,
    upstream: proxy.upstream,
    enabled: proxy.enabled,
  };
  const input = decodeBody(parseBody(req.body), ProxyFields, current, asProxy);
  await proxy.update(input);
  return json(200, proxyView(proxy));
};

export const proxyDelete: Handler = async (req, ctx) => {
  await ctx.proxies.remove(findProxy(req, ctx).name);
  return noContent();
};
