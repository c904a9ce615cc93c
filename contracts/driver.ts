import { z } from 'zod';

/**
 * The register driver contract: what the harness asks of any register under test (the reference
 * register, a browser page, a vendor's POS). Every argument and result is a zod schema, so the HTTP
 * driver service validates the same shapes a TypeScript driver is typed with.
 * See docs/driver-contract.md for vendors.
 */

export const Credentials = z.discriminatedUnion('kind', [
  /** Admin user and password: the register asks Magento for an admin token (2FA must be off). */
  z.strictObject({ kind: z.literal('admin'), username: z.string(), password: z.string() }),
  /** A ready bearer token (admin, or an integration's access token where bearer use is enabled). */
  z.strictObject({ kind: z.literal('token'), token: z.string() }),
  /** An integration's four credentials: requests are OAuth 1.0a signed (HMAC-SHA256). */
  z.strictObject({
    kind: z.literal('integration'),
    consumerKey: z.string(),
    consumerSecret: z.string(),
    accessToken: z.string(),
    accessTokenSecret: z.string(),
  }),
]);
export type Credentials = z.infer<typeof Credentials>;

export const Address = z.strictObject({
  firstname: z.string(),
  lastname: z.string(),
  street: z.array(z.string()).min(1),
  city: z.string(),
  postcode: z.string(),
  country_id: z.string().length(2),
  region_id: z.number().int().optional(),
  region: z.string().optional(),
  telephone: z.string(),
  email: z.string().optional(),
});
export type Address = z.infer<typeof Address>;

/** Tax settings Magento's REST cannot read; the register must know them to show Magento's tax. */
export const TaxSettings = z.strictObject({
  algorithm: z
    .enum(['UNIT_BASE_CALCULATION', 'ROW_BASE_CALCULATION', 'TOTAL_BASE_CALCULATION'])
    .default('TOTAL_BASE_CALCULATION'),
  basedOn: z.enum(['shipping', 'billing', 'origin']).default('shipping'),
  priceIncludesTax: z.boolean().default(false),
  applyAfterDiscount: z.boolean().default(true),
  /** The store's origin (shipping/origin/*), used when basedOn is origin. */
  origin: z
    .strictObject({
      country_id: z.string(),
      region_id: z.number().int().optional(),
      postcode: z.string().optional(),
    })
    .optional(),
  customerTaxClassId: z.number().int().default(3),
});
export type TaxSettings = z.infer<typeof TaxSettings>;

export const ConflictPolicy = z.enum(['hold-for-review', 'adjust-to-zero']);
export type ConflictPolicy = z.infer<typeof ConflictPolicy>;

export const RegisterSession = z.strictObject({
  /** Magento base URL as the register reaches it (often through the fault proxy or a CDN). */
  magentoUrl: z.url(),
  storeCode: z.string(),
  websiteCode: z.string(),
  sourceCode: z.string(),
  stockId: z.number().int().positive(),
  registerId: z.string(),
  credentials: Credentials,
  conflictPolicy: ConflictPolicy.default('hold-for-review'),
  /** Magento payment method codes the register uses per tender. */
  paymentCodes: z
    .strictObject({ cash: z.string(), card: z.string(), split: z.string().optional() })
    .default({ cash: 'pos_cash', card: 'pos_card', split: 'pos_split' }),
  /** The shop's address: in-store pickup, so tax follows the shop. */
  shopAddress: Address,
  tax: TaxSettings.default(TaxSettings.parse({})),
  timeouts: z
    .strictObject({
      requestMs: z.number().int().positive().default(2000),
      maxRetryWaitMs: z.number().int().positive().default(10_000),
    })
    .default({ requestMs: 2000, maxRetryWaitMs: 10_000 }),
  stockCacheTtlMs: z.number().int().nonnegative().default(30_000),
  /** Where the register keeps its offline queue and discrepancy reports. */
  dataDir: z.string(),
  /** Magento edition (Commerce surfaces: gift cards, store credit, reward points). */
  edition: z.enum(['open-source', 'commerce']).default('open-source'),
  /** Seed for the register's own randomness (retry jitter, sale ids): runs are replayable. */
  seed: z.number().int().default(1),
});
export type RegisterSession = z.infer<typeof RegisterSession>;
export type RegisterSessionInput = z.input<typeof RegisterSession>;

export const SaleLine = z.strictObject({
  sku: z.string().min(1),
  qty: z.number().positive(),
  /** Configurable options by attribute code and value label, e.g. {"size": "M"}. */
  options: z.record(z.string(), z.string()).optional(),
  /** Custom options by title, e.g. {"Embroidery": "ANNA"}. */
  customOptions: z.record(z.string(), z.string()).optional(),
  /** A manager's price override (unit price) and who approved it. */
  priceOverride: z
    .strictObject({
      price: z.number().nonnegative(),
      approver: z.string().min(1),
      reason: z.string().optional(),
    })
    .optional(),
});
export type SaleLine = z.infer<typeof SaleLine>;

export const Tender = z.strictObject({
  method: z.enum(['cash', 'card', 'gift_card', 'store_credit', 'points']),
  /** Amount for this tender; omitted on the last tender = whatever remains. */
  amount: z.number().nonnegative().optional(),
  giftCardCode: z.string().optional(),
});
export type Tender = z.infer<typeof Tender>;

export const Sale = z.strictObject({
  /** The register's own sale id; assigned by the register when absent. */
  saleId: z.string().optional(),
  lines: z.array(SaleLine).min(1),
  /** Link to this customer account; absent = guest. */
  customerEmail: z.email().optional(),
  coupon: z.string().optional(),
  tenders: z.array(Tender).min(1),
});
export type Sale = z.infer<typeof Sale>;

export const Totals = z.strictObject({
  subtotal: z.number(),
  discount: z.number(),
  tax: z.number(),
  grandTotal: z.number(),
  lines: z.array(z.strictObject({ sku: z.string(), qty: z.number(), rowTotal: z.number(), tax: z.number() })),
});
export type Totals = z.infer<typeof Totals>;

export const SaleResult = z.strictObject({
  status: z.enum(['completed', 'queued-offline', 'declined']),
  saleId: z.string(),
  reason: z.string().optional(),
  /** The totals and tax the register showed the cashier. */
  totals: Totals.optional(),
  /** Magento's order number (increment_id) and entity id, once known. */
  orderNumber: z.string().optional(),
  orderId: z.number().int().optional(),
});
export type SaleResult = z.infer<typeof SaleResult>;

export const ReturnRequest = z.strictObject({
  /** Magento order number (increment_id) of an in-store or online purchase. */
  orderNumber: z.string(),
  lines: z.array(z.strictObject({ sku: z.string(), qty: z.number().positive() })).min(1),
  refundTender: z.enum(['cash', 'card', 'store_credit']).default('cash'),
  /** Put the goods back on this shop's shelf (its source). */
  restock: z.boolean().default(true),
});
export type ReturnRequest = z.infer<typeof ReturnRequest>;

export const ReturnResult = z.strictObject({
  status: z.enum(['completed', 'declined']),
  reason: z.string().optional(),
  creditMemoId: z.number().int().optional(),
  refunded: z.number().optional(),
  restockedTo: z.string().optional(),
});
export type ReturnResult = z.infer<typeof ReturnResult>;

export const StockReading = z.strictObject({
  sku: z.string(),
  /** Salable quantity of the shop's stock, as shown. */
  qty: z.number(),
  /** The shop's own source quantity. */
  sourceQty: z.number().optional(),
  live: z.boolean(),
  ageMs: z.number().nonnegative(),
  stale: z.boolean(),
});
export type StockReading = z.infer<typeof StockReading>;

export const SyncReport = z.strictObject({
  synced: z.array(z.strictObject({ saleId: z.string(), orderNumber: z.string() })),
  conflicts: z.array(
    z.strictObject({
      saleId: z.string(),
      sku: z.string(),
      wanted: z.number(),
      available: z.number(),
      resolution: z.enum(['held', 'adjusted']),
    }),
  ),
  failed: z.array(z.strictObject({ saleId: z.string(), reason: z.string() })),
  /** Sales still queued after this sync (e.g. Magento unreachable again). */
  remaining: z.number().int().nonnegative(),
});
export type SyncReport = z.infer<typeof SyncReport>;

export const Alert = z.strictObject({
  kind: z.enum(['stale-stock', 'stock-refresh-failed', 'sync-conflict', 'order-error', 'offline']),
  message: z.string(),
  at: z.string(),
});
export type Alert = z.infer<typeof Alert>;

export const RegisterStatus = z.strictObject({
  online: z.boolean(),
  queueDepth: z.number().int().nonnegative(),
  held: z.number().int().nonnegative(),
  lastSyncAt: z.string().nullable(),
  alerts: z.array(Alert),
});
export type RegisterStatus = z.infer<typeof RegisterStatus>;

/** What a register under test implements (architecture.md §4). */
export interface RegisterDriver {
  open(session: RegisterSession): Promise<void>;
  sell(sale: Sale): Promise<SaleResult>;
  returnItems(request: ReturnRequest): Promise<ReturnResult>;
  stockLevel(sku: string): Promise<StockReading>;
  sync(): Promise<SyncReport>;
  status(): Promise<RegisterStatus>;
  close(): Promise<void>;
}
