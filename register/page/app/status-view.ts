import type { RegisterStatus } from '../../../contracts/driver.ts';
import { byId, setText } from './dom.ts';
import type { PageTill } from './page-till.ts';

/**
 * The always-visible status bar: Online/Offline, queued and held sales, the last sync, and the
 * alerts (`<kind>: <message>`, stale stock and sync conflicts among them), with the full
 * RegisterStatus as JSON for drivers. Refreshed every second (the register's own state: no call
 * to Magento) and right after every action, before the action's result is shown.
 */
export class StatusView {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly till: PageTill) {}

  start(everyMs = 1000): void {
    this.timer ??= setInterval(() => void this.refresh().catch(() => undefined), everyMs);
  }

  async refresh(): Promise<void> {
    if (!this.till.isOpen) return;
    render(await this.till.register.status());
  }

  /** Before the register is open, or when it could not be opened. */
  showClosed(text: string): void {
    const connection = byId('connection');
    connection.textContent = text;
    connection.removeAttribute('data-online');
  }
}

function render(status: RegisterStatus): void {
  const connection = byId('connection');
  connection.textContent = status.online ? 'Online' : 'Offline';
  connection.dataset['online'] = String(status.online);
  setText('queued', String(status.queueDepth));
  setText('held', String(status.held));
  setText('last-sync', status.lastSyncAt ?? 'never');
  setText('status-json', JSON.stringify(status));
  const list = byId('alerts');
  const items = status.alerts.map((a) => {
    const li = document.createElement('li');
    li.textContent = `${a.kind}: ${a.message}`;
    return li;
  });
  list.replaceChildren(...items);
}
