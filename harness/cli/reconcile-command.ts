/**
 * `posgate reconcile`: inventory reconciliation of a Magento against the ERP's stock file, on its
 * own or from CI. Prints the verdict and the top flagged rows, writes reports/reconciliation.csv
 * and .html. Exit code 0 when nothing is flagged, 1 when differences are flagged, 2 when it could
 * not give a verdict (bad file, refused token, unreachable Magento, bad option) — so a CI step can
 * tell "the shop drifted" from "the check is broken".
 */
import { Command, CommanderError } from 'commander';
import {
  DEFAULT_DAYS,
  DEFAULT_OUT_DIR,
  DEFAULT_TOP,
  ReconcileError,
  type ReconcileOptions,
  reconcile,
  reportFiles,
  summaryLines,
} from '../reconcile/index.ts';
import { CliError } from './errors.ts';
import { cliLog } from './logger.ts';

interface RawOptions {
  magento?: string;
  token?: string;
  admin?: string;
  erp?: string;
  thresholds?: string;
  days: string;
  top: string;
  out: string;
  onlyErpSources?: boolean;
}

export function reconcileCommand(): Command {
  return new Command('reconcile')
    .description(
      "Compare Magento's source stock with the ERP's authoritative file, flagging drift by velocity",
    )
    .option('--magento <url>', "the shop's base URL, e.g. https://shop.example.com (REST lives under /rest)")
    .option('--token <token>', 'an admin or integration bearer token')
    .option('--admin <user:password>', 'log in as this admin user instead of --token')
    .option('--erp <file>', 'the authoritative stock CSV, header sku,source_code,quantity')
    .option('--thresholds <file>', 'velocity bands and their thresholds (JSON or YAML); default built in')
    .option(
      '--days <n>',
      'velocity window: orders created in the last n days (0 skips orders)',
      String(DEFAULT_DAYS),
    )
    .option('--top <n>', 'how many flagged rows to print and highlight', String(DEFAULT_TOP))
    .option('--out <dir>', 'where reconciliation.csv and .html are written', DEFAULT_OUT_DIR)
    .option('--only-erp-sources', 'compare only the sources named in the ERP file')
    .exitOverride((err) => {
      // Commander's usage errors exit 1, which here means "drift flagged": make them 2.
      if (err.exitCode === 0) throw err;
      throw new CommanderError(2, err.code, err.message);
    })
    .action(async (raw: RawOptions) => {
      const options = toReconcileOptions(raw);
      const report = await run(options);
      const files = reportFiles(options.outDir ?? DEFAULT_OUT_DIR);
      for (const line of summaryLines(report, options.top ?? DEFAULT_TOP, files)) cliLog.info(line);
      process.exitCode = report.counts.flagged > 0 ? 1 : 0;
    });
}

/** Checks the command line and turns it into reconcile() options; anything wrong is a CliError. */
export function toReconcileOptions(raw: RawOptions): ReconcileOptions {
  if (!raw.magento)
    throw new CliError("--magento is required: the shop's base URL, e.g. --magento https://shop.example.com");
  if (!raw.erp) throw new CliError('--erp is required: the ERP stock CSV (header sku,source_code,quantity)');
  if (raw.token && raw.admin) throw new CliError('give either --token or --admin user:password, not both');
  let auth: ReconcileOptions['auth'];
  if (raw.token) auth = { token: raw.token };
  else if (raw.admin) {
    const colon = raw.admin.indexOf(':');
    if (colon <= 0 || colon === raw.admin.length - 1)
      throw new CliError('--admin takes user:password, e.g. --admin admin:secret');
    auth = { username: raw.admin.slice(0, colon), password: raw.admin.slice(colon + 1) };
  } else
    throw new CliError(
      'credentials are required: --token T (admin or integration token) or --admin user:password',
    );
  return {
    magentoUrl: raw.magento,
    auth,
    erpFile: raw.erp,
    ...(raw.thresholds ? { thresholds: raw.thresholds } : {}),
    days: count('--days', raw.days),
    top: count('--top', raw.top),
    outDir: raw.out,
    onlyErpSources: raw.onlyErpSources === true,
  };
}

function count(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new CliError(`${flag} must be a whole number, 0 or more (got "${value}")`);
  return Number(value);
}

/** Runs the reconciliation; its failures become one-line CliErrors with exit code 2, never 1. */
async function run(options: ReconcileOptions) {
  try {
    return await reconcile(options);
  } catch (err) {
    if (err instanceof ReconcileError) throw new CliError(err.message, 2);
    if (process.env['POSGATE_DEBUG']) cliLog.error(String(err instanceof Error ? err.stack : err));
    const message = err instanceof Error ? err.message : String(err);
    throw new CliError(`unexpected error: ${message} (run with POSGATE_DEBUG=1 for details)`, 2);
  }
}
