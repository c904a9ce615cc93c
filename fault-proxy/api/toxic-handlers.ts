import { ToxicFields, type ToxicStream } from '../../contracts/toxiproxy.ts';
import { type Attributes, type ToxicDefinition, toxicDefinition } from '../toxics/registry.ts';
import {
  badRequestBody,
  InvalidStream,
  InvalidToxicType,
  ToxicAlreadyExists,
  ToxicNotFound,
} from './errors.ts';
import { jsonKind, pickField } from './go-decode.ts';
import { decodeBody, findProxy, type Handler, parseBody } from './handler.ts';
import { json, noContent } from './reply.ts';
import { toxicView } from './wire.ts';

const asWrapper = { struct: 'ToxicWrapper', value: 'toxics.ToxicWrapper' };
const asUpdate = {
  struct: '',
  value: 'struct { Attributes interface {} "json:\\"attributes\\""; Toxicity float32 "json:\\"toxicity\\"" }',
};

/** Decodes `attributes` over `current` with the toxic's schema, then its own validation. */
function decodeAttributes(def: ToxicDefinition, raw: unknown, current: Attributes): Attributes {
  const target = { struct: def.goName, value: `toxics.${def.goName}`, path: 'attributes' };
  const attributes = decodeBody(raw, def.attributes, current, target) as Attributes;
  const invalid = def.validate?.(attributes);
  if (invalid) throw badRequestBody(invalid);
  return attributes;
}

const zeros = (def: ToxicDefinition): Attributes =>
  Object.fromEntries(Object.keys(def.attributes.shape).map((k) => [k, 0]));

/** The body's `attributes` (any key case); Go first decodes it into an empty struct. */
function pickAttributes(raw: unknown): unknown {
  const value = pickField(raw, 'attributes');
  if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value)))
    throw badRequestBody(
      `json: cannot unmarshal ${jsonKind(value)} into Go struct field ToxicWrapper.attributes of type toxics.NoopToxic`,
    );
  return value;
}

function direction(stream: string): ToxicStream {
  const lower = stream.toLowerCase();
  if (lower !== 'upstream' && lower !== 'downstream') throw InvalidStream;
  return lower;
}

export const toxicIndex: Handler = (req, ctx) => json(200, findProxy(req, ctx).toxics.list().map(toxicView));

/** POST /proxies/{proxy}/toxics: 200; checks stream, type, a free name, then attributes (Go's order). */
export const toxicCreate: Handler = async (req, ctx) => {
  const proxy = findProxy(req, ctx);
  const raw = parseBody(req.body);
  const defaults = { name: '', type: '', stream: 'downstream', toxicity: 1 };
  const fields = decodeBody(raw, ToxicFields, defaults, asWrapper);
  const rawAttributes = pickAttributes(raw);
  const dir = direction(fields.stream);
  const name = fields.name || `${fields.type}_${fields.stream}`;
  const def = toxicDefinition(fields.type);
  if (!def) throw InvalidToxicType;
  if (proxy.toxics.find(name)) throw ToxicAlreadyExists;
  const attributes = decodeAttributes(def, rawAttributes, zeros(def));
  const toxic = { ...fields, name, direction: dir, attributes };
  await proxy.toxics.add(toxic);
  return json(200, toxicView(toxic));
};

export const toxicShow: Handler = (req, ctx) => {
  const toxic = findProxy(req, ctx).toxics.find(req.params.toxic ?? '');
  if (!toxic) throw ToxicNotFound;
  return json(200, toxicView(toxic));
};

/** POST|PATCH …/toxics/{toxic}: attributes merge into the current ones; toxicity kept if omitted. */
export const toxicUpdate: Handler = async (req, ctx) => {
  const proxy = findProxy(req, ctx);
  const toxic = proxy.toxics.find(req.params.toxic ?? '');
  if (!toxic) throw ToxicNotFound;
  const raw = parseBody(req.body);
  const { toxicity } = decodeBody(raw, ToxicFields.pick({ toxicity: true }), toxic, asUpdate);
  const def = toxicDefinition(toxic.type) as ToxicDefinition;
  const attributes = decodeAttributes(def, pickAttributes(raw), { ...toxic.attributes });
  await proxy.toxics.update(toxic, attributes, toxicity);
  return json(200, toxicView(toxic));
};

export const toxicDelete: Handler = async (req, ctx) => {
  const proxy = findProxy(req, ctx);
  const toxic = proxy.toxics.find(req.params.toxic ?? '');
  if (!toxic) throw ToxicNotFound;
  await proxy.toxics.remove(toxic);
  return noContent();
};
