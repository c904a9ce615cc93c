import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPageApp, type PageState } from './page-app.ts';
import { pageBundle } from './page-bundle.ts';
import { PageSession, type PageSessionInput } from './page-session.ts';

/**
 * Starts the browser register's page server (`posgate register --ui`): the page, its script and
 * its session, and Magento passed through same-origin under `/magento`. The register itself runs
 * in the browser; this server holds no register state. Port 0 picks a free port.
 *
 * The page keeps its queue in IndexedDB, which belongs to the page's ORIGIN (host and port): serve
 * a till from a fixed port, or a restart on another port opens an empty queue.
 */
export interface RegisterPageOptions {
  /** The till's session, without `dataDir` (or with one naming the IndexedDB database). */
  session?: PageSessionInput;
  port?: number;
  host?: string;
}

export interface RegisterPage {
  /** The page's URL, e.g. `http://127.0.0.1:7090/`. */
  url: string;
  /** The session pages get from now on (validated; a page picks it up when it (re)loads). */
  setSession(session: PageSessionInput): void;
  close(): Promise<void>;
}

export async function startRegisterPage(options: RegisterPageOptions = {}): Promise<RegisterPage> {
  const state: PageState = { session: options.session ? PageSession.parse(options.session) : undefined };
  const app = createPageApp(state, await pageBundle());
  const host = options.host ?? '127.0.0.1';
  const server: Server = app.listen(options.port ?? 0, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${port}/`,
    setSession: (session) => {
      state.session = PageSession.parse(session);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
