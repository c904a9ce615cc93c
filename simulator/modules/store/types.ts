import { z } from 'zod';

/** Store DTOs as Magento returns them (Store/Api/Data/*Interface). */
export const Website = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  default_group_id: z.number(),
});
export type Website = z.infer<typeof Website>;

export const StoreGroup = z.object({
  id: z.number(),
  website_id: z.number(),
  root_category_id: z.number(),
  default_store_id: z.number(),
  name: z.string(),
  code: z.string(),
});
export type StoreGroup = z.infer<typeof StoreGroup>;

export const StoreView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  website_id: z.number(),
  store_group_id: z.number(),
  is_active: z.number(),
});
export type StoreView = z.infer<typeof StoreView>;

/** `GET /V1/store/storeConfigs` items (Store/Api/Data/StoreConfigInterface), in Magento's key order. */
export interface StoreConfig {
  id: number;
  code: string;
  website_id: number;
  locale: string | null;
  base_currency_code: string | null;
  default_display_currency_code: string | null;
  timezone: string | null;
  weight_unit: string | null;
  base_url: string;
  base_link_url: string;
  base_static_url: string;
  base_media_url: string;
  secure_base_url: string;
  secure_base_link_url: string;
  secure_base_static_url: string;
  secure_base_media_url: string;
}
