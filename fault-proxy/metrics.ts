import type { ToxicStream } from '../contracts/toxiproxy.ts';

/**
 * Toxiproxy's proxy metrics in Prometheus text format: bytes received from and sent to each side,
 * labelled by direction, listener, proxy and upstream. Counted as bytes move (Toxiproxy adds them
 * when a link ends).
 * @see https://github.com/Shopify/toxiproxy/blob/main/METRICS.md
 */
export class Metrics {
  private readonly totals = new Map<string, { received: number; sent: number }>();

  /** A counter function for one proxy's connections. */
  counter(proxy: string, listener: string, upstream: string) {
    return (direction: ToxicStream, kind: 'received' | 'sent', bytes: number): void => {
      const key = labels({ direction, listener, proxy, upstream });
      const total = this.totals.get(key) ?? { received: 0, sent: 0 };
      total[kind] += bytes;
      this.totals.set(key, total);
    };
  }

  render(): string {
    const lines: string[] = [];
    for (const [kind, help] of [
      ['received', 'Total bytes received on a given link'],
      ['sent', 'Total bytes sent on a given link'],
    ] as const) {
      const name = `toxiproxy_proxy_${kind}_bytes_total`;
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const [key, total] of [...this.totals].sort()) lines.push(`${name}{${key}} ${total[kind]}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

function labels(values: Record<string, string>): string {
  const quote = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
  return Object.entries(values)
    .map(([k, v]) => `${k}="${quote(v)}"`)
    .join(',');
}
