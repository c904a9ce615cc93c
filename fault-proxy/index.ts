import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CreateProxyBody, type ProxyWithToxics, VersionBody } from '../contracts/toxiproxy.ts';
import { formatAddress } from './address.ts';
import { populate } from './api/populate.ts';
import { createApiServer } from './api/server.ts';
import { proxyView } from './api/wire.ts';
import { type Logger, quietLogger } from './logger.ts';
import { Metrics } from './metrics.ts';
import { ProxyCollection } from './proxy-collection.ts';
import { seededRandom } from './random.ts';

export { consoleLogger, isLogLevel, type Logger, type LogLevel, quietLogger } from './logger.ts';

/** The Toxiproxy release whose API this proxy speaks (reported by `GET /version`). */
export const TOXIPROXY_VERSION = '2.12.0';

export interface FaultProxyOptions {
  /** API host (default 127.0.0.1; Toxiproxy's own default is `localhost`). */
  host?: string;
  /** API port (default 8474; 0 picks a free one). */
  port?: number;
  /** A JSON file holding the `POST /populate` array, loaded before the API answers (`-config`). */
  configFile?: string;
  /** Proxies to create at start, as for `POST /populate`. */
  proxies?: CreateProxyBody[];
  /** Reported by `/version` (default 2.12.0). */
  version?: string;
  /** Seed for toxicity rolls, jitter and slicing (default: the time). */
  seed?: number;
  logger?: Logger;
  /** Serve `/metrics` (Toxiproxy's `-proxy-metrics`). */
  metrics?: boolean;
  /** Handler time limit before a 503 (Toxiproxy: 25 s). */
  handlerTimeoutMs?: number;
}

export interface FaultProxy {
  /** Base URL of the API, e.g. `http://127.0.0.1:8474`, for `new Toxiproxy(url)`. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** The proxies created from `configFile` / `proxies` at start. */
  readonly loaded: readonly ProxyWithToxics[];
  /** Stops every proxy (dropping their connections) and the API. */
  close(): Promise<void>;
}

/** Why the fault proxy could not start. */
export class FaultProxyStartError extends Error {
  override name = 'FaultProxyStartError';
  constructor(
    readonly reason: 'config' | 'api-port-in-use' | 'api-listen' | 'unreachable',
    message: string,
  ) {
    super(message);
  }
}

async function readConfig(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new FaultProxyStartError('config', `cannot read config file ${file}: ${(err as Error).message}`);
  }
}

/** Creates the proxies of `configFile`, then of `proxies`, as `POST /populate` would. */
async function loadProxies(options: FaultProxyOptions, proxies: ProxyCollection): Promise<ProxyWithToxics[]> {
  const sources: Array<[string, string]> = [];
  if (options.configFile)
    sources.push([`config file ${options.configFile}`, await readConfig(options.configFile)]);
  if (options.proxies) sources.push(['proxies option', JSON.stringify(options.proxies)]);
  const loaded: ProxyWithToxics[] = [];
  for (const [source, text] of sources) {
    const result = await populate(text, proxies);
    loaded.push(...result.proxies.map(proxyView));
    if (result.error) throw new FaultProxyStartError('config', `${source}: ${result.error.message}`);
  }
  return loaded;
}

async function listenApi(server: Server, host: string, port: number): Promise<number> {
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return (server.address() as AddressInfo).port;
  } catch (err) {
    const where = `${host}:${port}`;
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new FaultProxyStartError('api-port-in-use', `${where} is already in use`);
    throw new FaultProxyStartError('api-listen', `cannot listen on ${where}: ${(err as Error).message}`);
  }
}

/**
 * Starts a Toxiproxy-compatible fault proxy in this process: proxies from the config are created
 * first (as Toxiproxy's `-config`), then the HTTP API listens.
 * @see docs/fault-proxy.md
 */
export async function createFaultProxy(options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const logger = options.logger ?? quietLogger;
  const metrics = options.metrics ? new Metrics() : undefined;
  const proxies = new ProxyCollection({ random: seededRandom(options.seed), logger, metrics });
  const version = options.version ?? TOXIPROXY_VERSION;
  const server = createApiServer({
    context: { proxies, version, logger, metrics },
    metricsOn: metrics !== undefined,
    handlerTimeoutMs: options.handlerTimeoutMs,
  });
  const host = options.host ?? '127.0.0.1';
  let loaded: ProxyWithToxics[];
  let port: number;
  try {
    loaded = await loadProxies(options, proxies);
    port = await listenApi(server, host, options.port ?? 8474);
  } catch (err) {
    await proxies.clear();
    throw err;
  }
  const url = `http://${formatAddress(host, port)}`;
  logger.info('API listening', { url });
  const close = async (): Promise<void> => {
    await proxies.clear();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  };
  return { url, host, port, loaded, close };
}

/**
 * What the harness calls: with `url`, an external Toxiproxy-compatible server (the real Toxiproxy
 * under docker compose, or `posgate proxy`), checked with `GET /version` and never closed by us;
 * without, a fault proxy started in this process with `options`.
 */
export async function openFaultProxy(
  options: FaultProxyOptions & { url?: string } = {},
): Promise<FaultProxy & { external: boolean; version: string }> {
  const { url, ...rest } = options;
  if (!url) {
    const local = await createFaultProxy(rest);
    return Object.assign(local, { external: false, version: rest.version ?? TOXIPROXY_VERSION });
  }
  const base = url.replace(/\/+$/, '');
  let version: string;
  try {
    const res = await fetch(`${base}/version`);
    version = VersionBody.parse(JSON.parse(await res.text())).version;
  } catch (err) {
    throw new FaultProxyStartError('unreachable', `no Toxiproxy API at ${base}: ${(err as Error).message}`);
  }
  const { hostname, port } = new URL(base);
  return {
    url: base,
    host: hostname,
    port: Number(port),
    loaded: [],
    close: async () => {},
    external: true,
    version,
  };
}
