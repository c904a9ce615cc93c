import type { SyncReport } from '../../../contracts/driver.ts';
import { byId, clearText, errorText, setText, withButton } from './dom.ts';
import type { PageTill } from './page-till.ts';
import type { StatusView } from './status-view.ts';

/**
 * "Sync now": replays the offline queue (the register's sync) and shows the report, in words and
 * as JSON. The register never syncs behind the cashier's back: the button, or a driver, decides.
 */
export function wireSync(till: PageTill, status: StatusView): void {
  const button = byId<HTMLButtonElement>('sync');
  button.addEventListener('click', () => {
    if (button.disabled) return;
    clearText('sync-summary', 'sync-json');
    void withButton(button, async () => {
      let report: SyncReport | { error: string };
      try {
        report = await till.register.sync();
        await till.refreshCatalog();
      } catch (err) {
        report = { error: errorText(err) };
      }
      await status.refresh().catch(() => undefined);
      setText('sync-summary', summary(report));
      setText('sync-json', JSON.stringify(report));
    });
  });
}

function summary(r: SyncReport | { error: string }): string {
  if ('error' in r) return `sync failed: ${r.error}`;
  return `${r.synced.length} synced, ${r.conflicts.length} conflicts, ${r.failed.length} failed, ${r.remaining} remaining`;
}
