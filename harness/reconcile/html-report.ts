import type { ReconciliationReport, ReconciliationRow } from '../../contracts/reconciliation.ts';

/**
 * `reconciliation.html`: one self-contained page (inline CSS, no script, no network) a stock
 * controller can open from a CI artifact or a mail: what was compared, the counts, and the table in
 * report order, flagged rows tinted and the top N marked. Every value from Magento or the ERP file
 * is escaped: a SKU is data, never markup.
 */
export function reportHtml(report: ReconciliationReport, top: number): string {
  const c = report.counts;
  const meta: Array<[string, string]> = [
    ['Magento', report.magento_url],
    ['ERP file', report.erp_file],
    ['Generated at', report.generated_at],
    [
      'Velocity',
      report.days === 0
        ? 'not read (--days 0)'
        : `units per day over the last ${report.days} days (${c.orders_read} orders)`,
    ],
    ['Rows compared', `${c.rows} (Magento ${c.magento_rows}, ERP ${c.erp_rows})`],
    [
      'Flagged',
      `${c.flagged}: ${c.drift} above threshold, ${c.missing_in_magento} missing in Magento, ${c.missing_in_erp} missing in ERP`,
    ],
  ];
  const bands = [...report.thresholds.bands]
    .sort((a, b) => b.min_velocity - a.min_velocity)
    .map(
      (b) =>
        `<tr><td>${esc(b.name)}</td><td>≥ ${b.min_velocity}/day</td><td>${b.absolute}</td><td>${Math.round(b.relative * 10_000) / 100} %</td></tr>`,
    )
    .join('');
  const warnings = report.warnings.map((w) => `<p class="warn">${esc(w)}</p>`).join('');
  const body = report.rows.map((r, i) => row(r, i, i < top && r.flagged)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inventory reconciliation: ${c.flagged} flagged</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${CSS}</style></head>
<body>
<h1>Inventory reconciliation</h1>
<p class="verdict ${c.flagged > 0 ? 'bad' : 'good'}">${c.flagged > 0 ? `${c.flagged} difference${c.flagged === 1 ? '' : 's'} flagged` : 'Nothing flagged: Magento agrees with the ERP file within the thresholds'}</p>
<dl>${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
${warnings}
<details><summary>Thresholds</summary>
<table class="bands"><tr><th>band</th><th>velocity</th><th>absolute</th><th>relative</th></tr>${bands}</table>
<p>A difference above max(absolute, relative × ERP quantity) is flagged; severity is |difference| / max(threshold, 1). A row missing on one side is flagged ${report.thresholds.flag_missing_when_zero ? 'always' : 'when the other side has units'}.</p>
</details>
<table class="rows">
<thead><tr><th>#</th><th>SKU</th><th>source</th><th>Magento</th><th>ERP</th><th>difference</th><th>velocity/day</th><th>band</th><th>threshold</th><th>severity</th><th>status</th></tr></thead>
<tbody>
${body}
</tbody></table>
</body></html>
`;
}

function row(r: ReconciliationRow, i: number, isTop: boolean): string {
  const cls = [r.flagged ? 'flagged' : '', isTop ? 'top' : ''].filter(Boolean).join(' ');
  const qty = (q: number | null) => (q === null ? '<span class="none">—</span>' : String(q));
  const diff = r.difference > 0 ? `+${r.difference}` : String(r.difference);
  return `<tr${cls ? ` class="${cls}"` : ''}><td>${i + 1}${isTop ? ' <b>TOP</b>' : ''}</td><td>${esc(r.sku)}</td><td>${esc(r.source_code)}</td><td>${qty(r.magento_qty)}</td><td>${qty(r.erp_qty)}</td><td>${diff}</td><td>${r.velocity}</td><td>${esc(r.band)}</td><td>${r.threshold}</td><td>${r.severity}</td><td>${esc(r.status)}</td></tr>`;
}

export function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}

const CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#222}
h1{font-size:1.4rem;margin:0 0 .5rem}
.verdict{font-weight:600;padding:.4rem .6rem;border-radius:4px;display:inline-block}
.verdict.bad{background:#fde2e1;color:#8a1c13}.verdict.good{background:#e1f5e4;color:#1b5e20}
dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
.warn{background:#fff4d6;padding:.4rem .6rem;border-left:4px solid #e0a800}
table{border-collapse:collapse;margin:.6rem 0}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}
th{background:#f3f3f3;position:sticky;top:0}
table.rows td:nth-child(n+4):nth-child(-n+10){text-align:right;font-variant-numeric:tabular-nums}
tr.flagged{background:#fff0ef}tr.top{font-weight:600}tr.top td:first-child b{color:#8a1c13;font-size:.75em}
.none{color:#999}`;
