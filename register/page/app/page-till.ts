import type { RegisterSession, SaleLine } from '../../../contracts/driver.ts';
import { Catalog, type CatalogSnapshot } from '../../core/catalog/catalog.ts';
import { ENVIRONMENT_DOC } from '../../core/register/open-session.ts';
import { ReferenceRegister } from '../../core/register/reference-register.ts';
import type { DataDir } from '../../core/session/data-dir.ts';
import { openIdbDataDir } from './idb-data-dir.ts';
import type { ServedSession } from './page-session.ts';
import { signingAs, webCryptoHmacSha256 } from './webcrypto-hmac.ts';

/**
 * The page's one register: the SAME ReferenceRegister as the Node shell, given an IndexedDB data
 * directory and WebCrypto's HMAC instead of files and node:crypto. It also keeps the last catalog
 * (read back from the data directory's saved environment) to show a line's price before the sale.
 */
export class PageTill {
  private register_: ReferenceRegister | undefined;
  private dir: DataDir | undefined;
  private catalog: Catalog | undefined;

  get register(): ReferenceRegister {
    if (!this.register_) throw new Error('the register is not open yet');
    return this.register_;
  }

  get isOpen(): boolean {
    return this.register_ !== undefined;
  }

  async open(served: ServedSession): Promise<void> {
    const register = new ReferenceRegister({
      openDataDir: async (name) => {
        this.dir = await openIdbDataDir(name);
        return this.dir;
      },
      hmacSha256: signingAs(served.session.magentoUrl, served.magentoBase, webCryptoHmacSha256),
    });
    await register.open(served.session as RegisterSession);
    this.register_ = register;
    await this.refreshCatalog();
  }

  /** Re-reads the catalog the register sells from (after open, and after a sync re-pulled it). */
  async refreshCatalog(): Promise<void> {
    const env = (await this.dir?.readJson(ENVIRONMENT_DOC)) as { catalog?: CatalogSnapshot } | undefined;
    if (env?.catalog) this.catalog = new Catalog(env.catalog);
  }

  /** The unit price the line will be charged (its override, else the catalog's), or why not known. */
  priceOf(line: SaleLine): { price?: number; problem?: string } {
    if (!this.catalog) return { problem: 'no catalog yet' };
    try {
      const resolved = this.catalog.resolve(line, new Date().toISOString().slice(0, 10));
      return { price: line.priceOverride?.price ?? resolved.unitPrice };
    } catch (e) {
      return { problem: e instanceof Error ? e.message : String(e) };
    }
  }
}
