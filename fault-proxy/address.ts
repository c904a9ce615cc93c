import { lookup } from 'node:dns/promises';
import { type AddressInfo, isIP, type Server } from 'node:net';

/**
 * `host:port` handling with Go's rules and error texts (net.SplitHostPort, net.ResolveTCPAddr,
 * net.Listen), so listen errors read as Toxiproxy's do, e.g.
 * `listen tcp 127.0.0.1:3310: bind: address already in use`.
 */
export class AddressError extends Error {
  override name = 'AddressError';
}

export interface HostPort {
  host: string;
  port: number;
}

/** Go's net.SplitHostPort. */
export function splitHostPort(address: string): { host: string; port: string } {
  const fail = (why: string): never => {
    throw new AddressError(`address ${address}: ${why}`);
  };
  const colon = address.lastIndexOf(':');
  if (colon < 0) return fail('missing port in address');
  let host = address.slice(0, colon);
  if (host.startsWith('[')) {
    if (!host.endsWith(']')) return fail("missing ']' in address");
    host = host.slice(1, -1);
  } else if (host.includes(':')) return fail('too many colons in address');
  else if (host.includes('[') || host.includes(']')) return fail("unexpected '[' in address");
  return { host, port: address.slice(colon + 1) };
}

function parsePort(port: string): number {
  if (port === '') return 0;
  if (!/^\d+$/.test(port)) throw new AddressError(`lookup tcp/${port}: unknown port`);
  const n = Number(port);
  if (n > 65535) throw new AddressError(`address ${port}: invalid port`);
  return n;
}

/** Go's net.ResolveTCPAddr("tcp", address): host names resolve to an IPv4 address when there is one. */
export async function resolveTcp(address: string): Promise<HostPort> {
  if (address === '') return { host: '', port: 0 }; // Go: every interface, any port
  const { host, port } = splitHostPort(address);
  const n = parsePort(port);
  if (host === '' || isIP(host)) return { host, port: n };
  try {
    return { host: (await lookup(host, { family: 4 })).address, port: n };
  } catch {
    try {
      return { host: (await lookup(host)).address, port: n };
    } catch {
      throw new AddressError(`lookup ${host}: no such host`);
    }
  }
}

/** Go's formatting of an address: IPv6 in brackets, empty host as `:port`. */
export function formatAddress(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

const bindReasons: Record<string, string> = {
  EADDRINUSE: 'bind: address already in use',
  EACCES: 'bind: permission denied',
  EADDRNOTAVAIL: 'bind: cannot assign requested address',
};

function bind(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => reject(err);
    server.once('error', onError);
    server.listen({ host, port }, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * Binds `server` the way Go's net.Listen("tcp", address) does and returns the bound address as Go
 * reports it. A wildcard host ('' or 0.0.0.0) listens dual-stack on [::] when the system allows.
 */
export async function listenTcp(server: Server, address: string): Promise<string> {
  let target: HostPort;
  try {
    target = await resolveTcp(address);
  } catch (err) {
    throw new AddressError(`listen tcp: ${(err as Error).message}`);
  }
  const wildcard = target.host === '' || target.host === '0.0.0.0';
  try {
    const info = await bind(server, wildcard ? '::' : target.host, target.port).catch((err) => {
      if (!wildcard || err.code === 'EADDRINUSE' || err.code === 'EACCES') throw err;
      return bind(server, '0.0.0.0', target.port);
    });
    return formatAddress(info.address, info.port);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const reason = bindReasons[code] ?? (err as Error).message;
    throw new AddressError(`listen tcp ${formatAddress(target.host, target.port)}: ${reason}`);
  }
}

/** Whether two listen addresses name the same socket once resolved (Toxiproxy 2.12.0's comparison). */
export async function sameListen(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  const [x, y] = await Promise.all([resolveTcp(a), resolveTcp(b).catch(() => undefined)]);
  return y !== undefined && x.port === y.port && normalHost(x.host) === normalHost(y.host);
}

const normalHost = (host: string): string => (host === '' || host === '0.0.0.0' ? '::' : host);
