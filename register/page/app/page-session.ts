import type { RegisterSessionInput } from '../../../contracts/driver.ts';

/**
 * The session the page server hands the page (`GET /session.json`): a RegisterSession whose
 * `magentoUrl` is the page's own `/magento` base (passed through to Magento by the server), and
 * no data directory, or one naming the IndexedDB database. The header
 * `Posgate-Magento-Base` tells which URL Magento itself sees (for OAuth signatures).
 */
export interface ServedSession {
  session: RegisterSessionInput;
  /** The base URL Magento receives requests on (the session's real magentoUrl). */
  magentoBase: string;
}

export class NoSession extends Error {
  override name = 'NoSession';
}

export async function loadSession(): Promise<ServedSession> {
  const res = await fetch('/session.json', { cache: 'no-store' });
  const body = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new NoSession(String(body['message'] ?? `GET /session.json: HTTP ${res.status}`));
  const served = body as Omit<RegisterSessionInput, 'dataDir'> & { dataDir?: string };
  const session = { ...served, dataDir: served.dataDir ?? `till-${served.registerId}` };
  return { session, magentoBase: res.headers.get('Posgate-Magento-Base') ?? served.magentoUrl };
}
