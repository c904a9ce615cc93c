/**
 * `posgate cleanup`: removes what a `posgate run --magento` seeded, found by the run's namespace
 * alone (printed at the end of the run): every scenario namespace of the run (`pg3f9a1cs1`, ...)
 * goes through `cleanup()` of harness/seed. Orders stay, as a store keeps its history. Running it
 * again changes nothing. What Magento refuses to remove is listed with its reason (a link to the
 * Default Stock, harmless once the source is disabled). Exit 0 when it ran, 2 when it could not.
 * @see docs/external-magento.md "Cleaning up"
 */
import { Command } from 'commander';
import { AdminClient } from '../magento/admin-client.ts';
import { cleanup, Namespace, runNamespaces } from '../seed/index.ts';
import { CliError } from './errors.ts';
import { cliLog } from './logger.ts';

interface RawOptions {
  magento?: string;
  token?: string;
  admin?: string;
  namespace?: string;
}

export function cleanupCommand(): Command {
  return new Command('cleanup')
    .description('remove what a run against --magento seeded, by its namespace')
    .option('--magento <url>', 'the Magento the run seeded')
    .option('--token <token>', 'an admin or integration bearer token')
    .option('--admin <user:password>', 'log in as this admin user instead of --token')
    .option('--namespace <id>', 'the run namespace `posgate run` printed, e.g. pg3f9a1c')
    .action(async (raw: RawOptions) => {
      const { client, id } = parse(raw);
      const found = await runNamespaces(client, id);
      if (found.length === 0) cliLog.info(`nothing of namespace ${id} on ${raw.magento}`);
      for (const ns of found) {
        const r = await cleanup(client, ns);
        cliLog.info(
          `${ns.id}: ${r.deleted.length} deleted, ${r.disabled.length} disabled, ${r.left.length} left`,
        );
        for (const l of r.left) cliLog.info(`  left ${l.what}: ${l.why}`);
      }
    });
}

function parse(raw: RawOptions): { client: AdminClient; id: string } {
  if (!raw.magento) throw new CliError('--magento URL is required');
  if (!raw.namespace) throw new CliError('--namespace is required: the run namespace posgate run printed');
  let id: string;
  try {
    id = Namespace.of(raw.namespace).id;
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  if (raw.token) return { client: new AdminClient(raw.magento, { token: raw.token }), id };
  const [username, ...rest] = (raw.admin ?? '').split(':');
  if (!username || rest.length === 0) throw new CliError('--token T or --admin user:password is required');
  return { client: new AdminClient(raw.magento, { username, password: rest.join(':') }), id };
}
