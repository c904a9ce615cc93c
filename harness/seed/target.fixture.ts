import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Scenario, type ScenarioInput } from '../../contracts/scenario.ts';
import {
  createSimulator,
  DEFAULT_ADMIN,
  type Simulator,
  type SimulatorOptions,
} from '../../simulator/index.ts';
import { AdminClient } from '../magento/admin-client.ts';

/**
 * Test targets for the REST seeder: a simulator started as a merchant would have set up a Magento
 * (its websites and store views, its config), then used only through the admin REST API, as the
 * harness uses a real store. The simulator's scenario option stands in for the merchant's admin
 * work that REST cannot do; nothing here calls the control API or the simulator's internals.
 */
export interface Target {
  sim: Simulator;
  client: AdminClient;
  close(): Promise<void>;
}

export async function startTarget(options: SimulatorOptions = {}): Promise<Target> {
  const sim = await createSimulator({ edition: 'commerce', ...options });
  const client = new AdminClient(sim.url, { ...DEFAULT_ADMIN });
  return { sim, client, close: () => sim.close() };
}

const root = join(import.meta.dirname, '..', '..');

/** A bundled scenario file, parsed as the harness reads it. */
export function scenarioFile(name: string): Scenario {
  return Scenario.parse(JSON.parse(readFileSync(join(root, 'scenarios', `${name}.json`), 'utf8')));
}

export function scenario(input: ScenarioInput): Scenario {
  return Scenario.parse(input);
}

/**
 * The websites and store views every bundled scenario needs, set up the way a merchant does in the
 * admin: website `base` (store views `default`, `fr`) and website `shops` (`shop_a_view`,
 * `shop_b_view`), every website selling from the Default Stock.
 */
export const MERCHANT_WEBSITES: ScenarioInput = {
  name: 'merchant websites',
  websites: [
    {
      code: 'base',
      name: 'Main Website',
      groups: [
        {
          code: 'main_website_store',
          name: 'Main Website Store',
          stores: [
            { code: 'default', name: 'Default Store View' },
            { code: 'fr', name: 'Français' },
          ],
        },
      ],
    },
    {
      code: 'shops',
      name: 'Shops',
      groups: [
        {
          code: 'shops_store',
          name: 'Shops',
          stores: [
            { code: 'shop_a_view', name: 'Shop A' },
            { code: 'shop_b_view', name: 'Shop B' },
          ],
        },
      ],
    },
  ],
};

/** The id of the stock a website sells from, as Magento resolves it. */
export async function stockOf(client: AdminClient, website: string): Promise<number> {
  return (await client.get<{ stock_id: number }>(`/V1/inventory/stock-resolver/website/${website}`)).stock_id;
}
