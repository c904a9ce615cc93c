import { byId, errorText, setText } from './dom.ts';
import { wireLineEntry } from './line-entry.ts';
import { loadSession } from './page-session.ts';
import { PageTill } from './page-till.ts';
import { wireReturnForm } from './return-form.ts';
import { wireSaleForm } from './sale-form.ts';
import { SaleLines } from './sale-lines.ts';
import { StatusView } from './status-view.ts';
import { wireSync } from './sync-panel.ts';

/**
 * The browser register's entry (bundled by the page server with esbuild): opens the page's one
 * register with the served session. On a reload it re-opens from its IndexedDB data directory,
 * offline too (the last saved catalog), and shows the queue it finds there.
 */
const ACTIONS = ['add-line', 'check-stock', 'complete-sale', 'process-return', 'sync'];

async function start(): Promise<void> {
  const till = new PageTill();
  const status = new StatusView(till);
  const lines = new SaleLines(byId<HTMLTableSectionElement>('lines'));
  wireLineEntry(till, lines, status);
  wireSaleForm(till, lines, status);
  wireReturnForm(till, status);
  wireSync(till, status);
  try {
    const served = await loadSession();
    setText('register-id', served.session.registerId);
    await till.open(served);
    await status.refresh();
    for (const id of ACTIONS) byId<HTMLButtonElement>(id).disabled = false;
    status.start();
    byId('sku').focus(); // the scanner types into the SKU box from the start
  } catch (e) {
    status.showClosed('Closed');
    setText('page-error', `The register could not open: ${errorText(e)}`);
  } finally {
    byId('main').setAttribute('aria-busy', 'false');
  }
}

void start();
