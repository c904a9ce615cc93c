import { z } from 'zod';

/**
 * The Toxiproxy HTTP API wire shapes (version 2.12.0), shared by posgate's fault proxy (which serves
 * them) and the harness (which sends them through `toxiproxy-node-client`). Field order in the
 * object schemas is the order Toxiproxy emits them.
 * @see https://github.com/Shopify/toxiproxy#http-api
 */

/** The two one-way halves of a proxied connection: client -> server and server -> client. */
export const ToxicStream = z.enum(['upstream', 'downstream']);
export type ToxicStream = z.infer<typeof ToxicStream>;

/** Toxic types Toxiproxy 2.12.0 registers (`down` is not one: disable the proxy instead). */
export const ToxicType = z.enum([
  'latency',
  'bandwidth',
  'slow_close',
  'timeout',
  'reset_peer',
  'slicer',
  'limit_data',
  'noop',
]);
export type ToxicType = z.infer<typeof ToxicType>;

/** The proxy fields a client sets; Go decodes them case-insensitively and ignores unknown keys. */
export const ProxyFields = z.object({
  name: z.string(),
  listen: z.string(),
  upstream: z.string(),
  enabled: z.boolean(),
});
export type ProxyFields = z.infer<typeof ProxyFields>;

/** `POST /proxies` and each item of `POST /populate`: `enabled` defaults to true, `listen` to any port. */
export const CreateProxyBody = ProxyFields.partial().required({ name: true, upstream: true });
export type CreateProxyBody = z.infer<typeof CreateProxyBody>;

/** `POST|PATCH /proxies/{proxy}`: omitted fields keep their current value; `name` is ignored. */
export const UpdateProxyBody = ProxyFields.omit({ name: true }).partial();
export type UpdateProxyBody = z.infer<typeof UpdateProxyBody>;

/** `POST /populate`: an array of proxies, created or replaced in order. */
export const PopulateBody = z.array(CreateProxyBody);
export type PopulateBody = z.infer<typeof PopulateBody>;

/** The toxic fields other than attributes, as Go's `ToxicWrapper` decodes them. */
export const ToxicFields = z.object({
  name: z.string(),
  type: z.string(),
  stream: z.string(),
  toxicity: z.float32(),
});
export type ToxicFields = z.infer<typeof ToxicFields>;

/** Attribute values by name; every attribute of the type is present (zero when not given). */
export const ToxicAttributes = z.record(z.string(), z.number());
export type ToxicAttributes = z.infer<typeof ToxicAttributes>;

/** `POST /proxies/{proxy}/toxics`: name defaults to `<type>_<stream>`, stream to downstream, toxicity to 1. */
export const CreateToxicBody = ToxicFields.partial()
  .required({ type: true })
  .extend({ attributes: ToxicAttributes.optional() });
export type CreateToxicBody = z.infer<typeof CreateToxicBody>;

/** `POST|PATCH /proxies/{proxy}/toxics/{toxic}`: attributes are merged, toxicity kept when omitted. */
export const UpdateToxicBody = z.object({
  attributes: ToxicAttributes.optional(),
  toxicity: z.float32().optional(),
});
export type UpdateToxicBody = z.infer<typeof UpdateToxicBody>;

/** A toxic as the API returns it. */
export const Toxic = z.object({
  attributes: ToxicAttributes,
  name: z.string(),
  type: z.string(),
  /** `upstream` or `downstream`, spelled as the client sent it (matched case-insensitively). */
  stream: z.string(),
  toxicity: z.number(),
});
export type Toxic = z.infer<typeof Toxic>;

/**
 * A proxy as the API returns it: upstream toxics first, then downstream, each in creation order.
 * Real 2.12.0 servers also emit an empty `"Logger":{}` (an exported Go field); clients ignore it.
 */
export const ProxyWithToxics = z.object({
  name: z.string(),
  listen: z.string(),
  upstream: z.string(),
  enabled: z.boolean(),
  Logger: z.object({}).optional(),
  toxics: z.array(Toxic),
});
export type ProxyWithToxics = z.infer<typeof ProxyWithToxics>;

/** `GET /proxies`: proxies keyed by name. */
export const ProxyIndex = z.record(z.string(), ProxyWithToxics);
export type ProxyIndex = z.infer<typeof ProxyIndex>;

/** Every error: HTTP status = `status`. */
export const ApiErrorBody = z.object({ error: z.string(), status: z.number().int() });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** `POST /populate` answer; on a failure part-way it also carries the error and what was created. */
export const PopulateResponse = z.object({
  error: z.string().optional(),
  status: z.number().int().optional(),
  proxies: z.array(ProxyWithToxics),
});
export type PopulateResponse = z.infer<typeof PopulateResponse>;

/** `GET /version` (exact bytes: `{"version": "2.12.0"}` and a newline). */
export const VersionBody = z.object({ version: z.string() });
export type VersionBody = z.infer<typeof VersionBody>;
