import type { AxiosInstance } from 'axios';
import { RegisterSession, type RegisterSessionInput } from '../../../contracts/driver.ts';
import { AlertBoard } from '../alerts.ts';
import { Catalog } from '../catalog/catalog.ts';
import { TransportError } from '../errors.ts';
import { MagentoClient } from '../magento-client.ts';
import type { HmacSha256 } from '../oauth-signer.ts';
import { DiscrepancyLog } from '../offline/discrepancy-log.ts';
import { OfflineQueue } from '../queue.ts';
import { defaultRetryOptions, realSleep } from '../retry.ts';
import { CustomerDirectory } from '../sale/customers.ts';
import { PosExtension, probePosExtension } from '../sale/pos-extension.ts';
import type { DataDir, OpenDataDir } from '../session/data-dir.ts';
import { type Environment, pullEnvironment } from '../session/environment.ts';
import { stockReader } from '../stock/read-stock.ts';
import { StockCache } from '../stock/stock-cache.ts';

/**
 * Opening a register: the session validated (defaults filled), the data directory and its queue
 * opened, then everything the till sells from pulled from Magento and saved; when Magento is
 * unreachable, the last saved pull is used and the register starts offline (alert `offline`).
 */
export interface RegisterOptions {
  /** Where the data directory lives (the Node shell: files; tests: memory). */
  openDataDir: OpenDataDir;
  /** Needed for integration credentials (the Node shell passes `nodeHmacSha256`). */
  hmacSha256?: HmacSha256;
  now?: () => number;
  /** The retry policy's sleep (tests pass a fake clock's). */
  sleep?: (ms: number) => Promise<void>;
  /** While offline, how long sales go straight to the queue before Magento is tried again. */
  offlineRetryMs?: number;
  /**
   * The HTTP client every Magento call goes through (default: a fresh axios instance). A seam for
   * the harness's own tests: broken-register variants add interceptors here to carry one bug each.
   */
  http?: AxiosInstance;
}

export const ENVIRONMENT_DOC = 'environment';

export interface Shop {
  session: RegisterSession;
  client: MagentoClient;
  dir: DataDir;
  queue: OfflineQueue;
  log: DiscrepancyLog;
  alerts: AlertBoard;
  stock: StockCache;
  customers: CustomerDirectory;
  pos: PosExtension;
  env: Environment;
  catalog: Catalog;
  /** True while the environment is the saved one (Magento was unreachable at open). */
  envFromSnapshot: boolean;
  now: () => number;
}

interface SavedEnvironment extends Environment {
  posExtension: boolean;
}

export async function openShop(input: RegisterSessionInput, o: RegisterOptions): Promise<Shop> {
  const session = RegisterSession.parse(input);
  const now = o.now ?? Date.now;
  const retry = {
    ...defaultRetryOptions(session.seed, session.timeouts.maxRetryWaitMs),
    sleep: o.sleep ?? realSleep,
  };
  const client = MagentoClient.fromSession(session, {
    retry,
    now,
    ...(o.hmacSha256 ? { hmacSha256: o.hmacSha256 } : {}),
    ...(o.http ? { http: o.http } : {}),
  });
  const dir = await o.openDataDir(session.dataDir);
  try {
    const queue = await OfflineQueue.open(dir.queue, { now });
    await forgetSettled(queue);
    const log = await DiscrepancyLog.open(dir);
    const alerts = new AlertBoard(now);
    const { env, fromSnapshot } = await environment(client, session, dir, now, alerts);
    const stock = new StockCache(
      stockReader(client, session.stockId, session.sourceCode),
      session.stockCacheTtlMs,
      now,
      alerts,
    );
    return {
      session,
      client,
      dir,
      queue,
      log,
      alerts,
      stock,
      customers: new CustomerDirectory(client, env.websiteId),
      pos: new PosExtension(client, env.posExtension),
      env,
      catalog: new Catalog(env.catalog),
      envFromSnapshot: fromSnapshot,
      now,
    };
  } catch (e) {
    await dir.close();
    throw e;
  }
}

/** Beyond this many placed or voided sales, opening compacts the log down to the pending and held ones. */
export const COMPACT_AFTER_SETTLED = 1000;

async function forgetSettled(queue: OfflineQueue): Promise<void> {
  const settled = queue.list().filter((e) => e.state === 'placed' || e.state === 'voided').length;
  if (settled > COMPACT_AFTER_SETTLED) await queue.compact({ dropSettled: true });
}

/** Pulls and saves the environment; the saved one when Magento is unreachable. */
export async function environment(
  client: MagentoClient,
  session: RegisterSession,
  dir: DataDir,
  now: () => number,
  alerts: AlertBoard,
): Promise<{ env: SavedEnvironment; fromSnapshot: boolean }> {
  try {
    const env = {
      ...(await pullEnvironment(client, session, now)),
      posExtension: await probePosExtension(client),
    };
    await dir.writeJson(ENVIRONMENT_DOC, env);
    return { env, fromSnapshot: false };
  } catch (e) {
    if (!(e instanceof TransportError)) throw e;
    const saved = (await dir.readJson(ENVIRONMENT_DOC)) as SavedEnvironment | undefined;
    if (!saved)
      throw new Error(`Magento is unreachable and no catalog was saved in ${session.dataDir}: ${e.message}`);
    alerts.set(
      'offline',
      `Magento unreachable at open (${e.message}); selling from the catalog pulled ${saved.catalog.pulledAt}`,
    );
    return { env: saved, fromSnapshot: true };
  }
}
