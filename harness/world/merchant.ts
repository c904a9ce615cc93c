import type { RunConfig } from '../run/run-config.ts';
import { Loyalty } from './loyalty.ts';
import { MerchantChecks } from './merchant-checks.ts';
import { MerchantConfig } from './merchant-config.ts';
import type { PosWorld } from './pos-world.ts';
import { SourceMoves } from './source-moves.ts';
import { Tills } from './tills.ts';

/**
 * The World's verbs for the failure modes of the merchant's own setup (field guide §4, §2, §7):
 * what the merchant changed in Magento, several tills at once, and the checks of payment refusals,
 * customer links, tax, the sources a till moves and Commerce loyalty. One object on the World
 * (`world.merchant`), so pos-world.ts stays small.
 */
export class Merchant {
  readonly config: MerchantConfig;
  readonly tills: Tills;
  readonly checks: MerchantChecks;
  readonly moves: SourceMoves;
  readonly loyalty: Loyalty;

  constructor(world: PosWorld, runConfig: () => RunConfig) {
    this.config = new MerchantConfig(world);
    this.tills = new Tills(world, runConfig);
    this.checks = new MerchantChecks(world);
    this.moves = new SourceMoves(world);
    this.loyalty = new Loyalty(world);
  }

  close(): Promise<void> {
    return this.tills.close();
  }
}
