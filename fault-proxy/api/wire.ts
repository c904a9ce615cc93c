import type { ProxyWithToxics, Toxic as ToxicWire } from '../../contracts/toxiproxy.ts';
import type { TcpProxy } from '../proxy.ts';
import type { ToxicWrapper } from '../toxics/registry.ts';

/** A toxic in Toxiproxy's field order. */
export function toxicView(t: ToxicWrapper): ToxicWire {
  return {
    attributes: { ...t.attributes },
    name: t.name,
    type: t.type,
    stream: t.stream,
    toxicity: t.toxicity,
  };
}

/** A proxy with its toxics in Toxiproxy 2.12.0's field order, including its empty `Logger`. */
export function proxyView(p: TcpProxy): ProxyWithToxics {
  return {
    name: p.name,
    listen: p.listen,
    upstream: p.upstream,
    enabled: p.enabled,
    Logger: {},
    toxics: p.toxics.list().map(toxicView),
  };
}
