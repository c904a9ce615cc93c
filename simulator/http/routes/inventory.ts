import type { Route } from '../route.ts';
import { inventoryLegacyRoutes } from './inventory-legacy.ts';
import { inventoryMsiRoutes } from './inventory-msi.ts';
import { inventorySalesRoutes } from './inventory-sales.ts';

/** Inventory's rows of the route table: legacy CatalogInventory, MSI (InventoryApi) and InventorySalesApi. */
export const inventoryRoutes: Route[] = [
  ...inventoryLegacyRoutes,
  ...inventoryMsiRoutes,
  ...inventorySalesRoutes,
];
