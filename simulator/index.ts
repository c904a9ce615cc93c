import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { AdjustableClock } from './clock.ts';
import type { Services } from './context.ts';
import { type Logger, SILENT } from './logger.ts';
import { DEFAULT_PROFILE, type Edition, type MagentoVersion } from './profile.ts';
import { SimulatorRuntime } from './runtime.ts';
import { MemoryStore } from './state/memory-store.ts';
import type { Store } from './state/store.ts';

/**
 * The Magento 2 + MSI simulator, in process: `createSimulator()` starts one on a free port and
 * returns its base URL. `posgate sim` is the same thing on the command line.
 */
export interface SimulatorOptions {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  version?: MagentoVersion;
  edition?: Edition;
  strictCore?: boolean;
  developerMode?: boolean;
  /** Config values applied over Magento's defaults: `{"tax/calculation/based_on": "origin"}`. */
  config?: Record<string, string>;
  /** The control API (`/__sim`); on by default in process. */
  control?: boolean;
  /** Required by the control API when bound beyond loopback. */
  controlToken?: string;
  adminUser?: string;
  adminPassword?: string;
  /** A store to keep state in (default: in memory). */
  store?: Store;
  clock?: AdjustableClock;
  logger?: Logger;
  /** Extra set-up applied to the baseline (e.g. a scenario's seeding). */
  prepare?: Array<(s: Services) => void>;
}

export interface Simulator {
  /** Base URL, e.g. `http://127.0.0.1:41234` (REST lives under `/rest`). */
  url: string;
  runtime: SimulatorRuntime;
  close(): Promise<void>;
}

export const DEFAULT_ADMIN = { username: 'admin', password: 'posgate123' } as const;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  const control = options.control ?? true;
  if (control && !LOOPBACK.has(host) && !options.controlToken) {
    throw new Error(
      `the control API would listen on ${host} without a token: pass --control-token (or bind 127.0.0.1)`,
    );
  }
  const runtime = new SimulatorRuntime(
    options.store ?? new MemoryStore(),
    options.clock ?? new AdjustableClock(),
    {
      version: options.version ?? DEFAULT_PROFILE.version,
      edition: options.edition ?? DEFAULT_PROFILE.edition,
      strictCore: options.strictCore ?? false,
      developerMode: options.developerMode ?? false,
    },
    {
      adminUser: options.adminUser ?? DEFAULT_ADMIN.username,
      adminPassword: options.adminPassword ?? DEFAULT_ADMIN.password,
    },
    [
      ...(options.prepare ?? []),
      (s) => {
        for (const [k, v] of Object.entries(options.config ?? {})) s.config.set(k, v);
      },
    ],
  );
  const app = createApp(runtime, {
    control,
    controlToken: options.controlToken,
    logger: options.logger ?? SILENT,
  });
  const server = app.listen(options.port ?? 0, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  server.keepAliveTimeout = 65_000;
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost === '0.0.0.0' ? '127.0.0.1' : urlHost}:${port}`,
    runtime,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await runtime.store.close();
    },
  };
}

export type { Services } from './context.ts';
export { EDITIONS, type Edition, type MagentoVersion, VERSIONS } from './profile.ts';
