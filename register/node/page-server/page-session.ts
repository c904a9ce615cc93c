import { z } from 'zod';
import { RegisterSession } from '../../../contracts/driver.ts';

/**
 * The session a page server hands its browser register: a RegisterSession without a data
 * directory (the page keeps its data in IndexedDB; `dataDir`, when given, names the database).
 * Served with `magentoUrl` rewritten to the page's own `/magento` base, which the server passes
 * through to the real one (docs/decisions/002-browser-register-same-origin.md).
 */
export const PageSession = RegisterSession.omit({ dataDir: true }).extend({ dataDir: z.string().optional() });
export type PageSession = z.infer<typeof PageSession>;
export type PageSessionInput = z.input<typeof PageSession>;

/** The path the page reaches Magento under, on its own origin. */
export const MAGENTO_PATH = '/magento';

/** The session as the page at `origin` (e.g. `http://127.0.0.1:7090`) must see it. */
export function servedSession(session: PageSession, origin: string): PageSession {
  return { ...session, magentoUrl: `${origin}${MAGENTO_PATH}` };
}
