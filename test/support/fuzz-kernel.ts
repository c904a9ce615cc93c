import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AdjustableClock } from '../../simulator/clock.ts';
import type { Services } from '../../simulator/context.ts';
import { createMagentoHandler } from '../../simulator/http/app.ts';
import type { Route } from '../../simulator/http/route.ts';
import { integrationRoutes } from '../../simulator/http/routes/integration.ts';
import { DEFAULT_PROFILE, type Profile } from '../../simulator/profile.ts';
import { SimulatorRuntime } from '../../simulator/runtime.ts';
import { MemoryStore } from '../../simulator/state/memory-store.ts';

/**
 * The Magento REST kernel alone, served in process on a free port: `createMagentoHandler` over
 * the integration routes plus a test's own route table (routes that throw, return void, need a
 * resource, ...). Kernel and fuzz tests use it where the simulator's real routes would not do.
 */
export interface Kernel {
  url: string;
  runtime: SimulatorRuntime;
  services: Services;
  close(): Promise<void>;
}

export interface KernelOptions {
  profile?: Partial<Profile>;
  /** Set-up applied to the fresh install (extra store views, customers, config). */
  prepare?: Array<(s: Services) => void>;
}

export async function startKernel(routes: Route[], options: KernelOptions = {}): Promise<Kernel> {
  const runtime = new SimulatorRuntime(
    new MemoryStore(),
    new AdjustableClock(),
    { ...DEFAULT_PROFILE, ...options.profile },
    { adminUser: 'admin', adminPassword: 'posgate123' },
    options.prepare ?? [],
  );
  const handler = createMagentoHandler({
    services: runtime.services,
    routes: [...integrationRoutes, ...routes],
    journal: runtime.journal,
  });
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    services: runtime.services,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A second website `second` (id 2) with store group 2 and store view `fr` (id 2). */
export function secondWebsite(s: Services): void {
  s.store.put('websites', '2', { id: 2, code: 'second', name: 'Second Website', default_group_id: 2 });
  s.store.put('store_groups', '2', {
    id: 2,
    website_id: 2,
    root_category_id: 2,
    default_store_id: 2,
    name: 'Second Store',
    code: 'second_store',
  });
  s.store.put('stores', '2', {
    id: 2,
    code: 'fr',
    name: 'French',
    website_id: 2,
    store_group_id: 2,
    is_active: 1,
  });
}

/** Route declarations for test route tables (module tests may not import `simulator/http/`). */
export { type Route, route } from '../../simulator/http/route.ts';
