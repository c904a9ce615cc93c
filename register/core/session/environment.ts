import { z } from 'zod';
import type { RegisterSession } from '../../../contracts/driver.ts';
import type { CatalogSnapshot } from '../catalog/catalog.ts';
import { pullCatalog } from '../catalog/catalog-pull.ts';
import { Coupon, type RuleBook, SalesRule } from '../discount/sales-rules.ts';
import { MagentoRejection } from '../errors.ts';
import type { MagentoClient } from '../magento-client.ts';
import { TaxClass, TaxRate, TaxRule, type TaxTable } from '../tax/tax-table.ts';

/**
 * Everything the register reads from Magento when it opens, and sells from while Magento is
 * unreachable: the store view and website ids, the shop's source (its address is the pickup
 * address, so tax follows the shop), tax rates, rules and classes, customer groups (their tax
 * classes), cart price rules and coupons, and the catalog. Saved in the data directory after
 * every pull, so a register opened offline sells from the last one.
 */
export const SourceAddress = z.looseObject({
  source_code: z.string(),
  name: z.string().nullish(),
  country_id: z.string(),
  region_id: z.number().int().nullish(),
  region: z.string().nullish(),
  city: z.string().nullish(),
  street: z.string().nullish(),
  postcode: z.string().nullish(),
});
export type SourceAddress = z.infer<typeof SourceAddress>;

const CustomerGroup = z.looseObject({ id: z.number().int(), tax_class_id: z.number().int() });
const StoreView = z.looseObject({ id: z.number().int(), code: z.string(), website_id: z.number().int() });
const Website = z.looseObject({ id: z.number().int(), code: z.string() });

export interface Environment {
  storeId: number;
  websiteId: number;
  source: SourceAddress;
  tax: TaxTable;
  groups: Array<{ id: number; tax_class_id: number }>;
  rules: RuleBook;
  catalog: CatalogSnapshot;
}

/** The session names something Magento does not have (store code, website, source). */
export class SessionSetupError extends Error {
  override name = 'SessionSetupError';
}

export async function pullEnvironment(
  client: MagentoClient,
  s: RegisterSession,
  now: () => number,
): Promise<Environment> {
  const views = z.array(StoreView).parse(await client.get('/V1/store/storeViews'));
  const view = views.find((v) => v.code === s.storeCode);
  if (!view) throw new SessionSetupError(`Magento has no store view "${s.storeCode}" (storeCode)`);
  const websites = z.array(Website).parse(await client.get('/V1/store/websites'));
  const website = websites.find((w) => w.code === s.websiteCode);
  if (!website) throw new SessionSetupError(`Magento has no website "${s.websiteCode}" (websiteCode)`);
  if (website.id !== view.website_id) {
    throw new SessionSetupError(`store view "${s.storeCode}" is not on website "${s.websiteCode}"`);
  }
  const source = SourceAddress.parse(
    await client.get(`/V1/inventory/sources/${encodeURIComponent(s.sourceCode)}`),
  );
  const tax: TaxTable = {
    rates: z.array(TaxRate).parse(await client.searchAll('/V1/taxRates/search')),
    rules: z.array(TaxRule).parse(await client.searchAll('/V1/taxRules/search')),
    classes: z.array(TaxClass).parse(await client.searchAll('/V1/taxClasses/search')),
  };
  const groups = z.array(CustomerGroup).parse(await client.searchAll('/V1/customerGroups/search'));
  const rules = await pullRules(client);
  const catalog = await pullCatalog(client, now);
  return { storeId: view.id, websiteId: website.id, source, tax, groups, rules, catalog };
}

/** Cart price rules; a Magento without the routes (or without the ACL) has none to evaluate. */
async function pullRules(client: MagentoClient): Promise<RuleBook> {
  try {
    return {
      rules: z.array(SalesRule).parse(await client.searchAll('/V1/salesRules/search')),
      coupons: z.array(Coupon).parse(await client.searchAll('/V1/coupons/search')),
    };
  } catch (e) {
    if (e instanceof MagentoRejection && (e.status === 404 || e.status === 403))
      return { rules: [], coupons: [] };
    throw e;
  }
}
