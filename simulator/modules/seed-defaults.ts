import type { Services } from '../context.ts';
import { seedCatalogAttributes } from './catalog/attributes.ts';
import { seedCustomerGroups } from './customer/groups.ts';
import { upsertAdminUser } from './integration/admin-users.ts';
import { seedInventoryDefaults } from './inventory/seed.ts';
import { seedPosExtension } from './pos-extension/seed.ts';
import { seedDefaultStores } from './store/stores.ts';
import { seedTaxDefaults } from './tax/resources/seed.ts';

/**
 * What a fresh Magento install has before any merchant data: the admin and default scopes, the
 * admin user, and each module's shipped rows (default source and stock, customer groups, tax
 * classes, ...). Each module contributes its own seed function here.
 */
export interface SeedOptions {
  adminUser: string;
  adminPassword: string;
}

export function seedDefaults(s: Services, options: SeedOptions): void {
  seedDefaultStores(s);
  upsertAdminUser(s, options.adminUser, options.adminPassword);
  seedInventoryDefaults(s);
  seedCatalogAttributes(s);
  seedCustomerGroups(s);
  seedTaxDefaults(s);
  seedPosExtension(s);
}
