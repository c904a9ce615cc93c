import { z } from 'zod';

/**
 * A merchant setup as data: websites and store views, MSI sources and stocks, tax, products and
 * their stock, customers, payment methods, cart rules and Commerce balances. The same file seeds
 * the simulator (through `/__sim/seed` or `--scenario`) or a real Magento (through its admin REST
 * API). Names are readable as English ("two shops sharing one stock").
 */
const Address = z.strictObject({
  firstname: z.string(),
  lastname: z.string(),
  street: z.array(z.string()).min(1),
  city: z.string(),
  postcode: z.string(),
  country_id: z.string().length(2),
  region_id: z.number().int().optional(),
  region: z.string().optional(),
  telephone: z.string(),
  company: z.string().optional(),
  default_billing: z.boolean().optional(),
  default_shipping: z.boolean().optional(),
});

const StoreViewDef = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: z.string(),
  is_active: z.boolean().default(true),
});
const StoreGroupDef = z.strictObject({
  code: z.string(),
  name: z.string(),
  root_category_id: z.number().int().default(2),
  stores: z.array(StoreViewDef).min(1),
});
const WebsiteDef = z.strictObject({
  code: z.string(),
  name: z.string(),
  groups: z.array(StoreGroupDef).min(1),
});

const SourceDef = z.strictObject({
  source_code: z.string(),
  name: z.string(),
  enabled: z.boolean().default(true),
  description: z.string().optional(),
  country_id: z.string().length(2),
  region_id: z.number().int().optional(),
  city: z.string().optional(),
  street: z.string().optional(),
  postcode: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  contact_name: z.string().optional(),
  /** Makes the source an in-store pickup location (MSI `is_pickup_location_active`). */
  pickup_location: z.boolean().default(false),
});

const StockDef = z.strictObject({
  name: z.string(),
  /** Website codes this stock serves. */
  sales_channels: z.array(z.string()),
  sources: z.array(z.strictObject({ source_code: z.string(), priority: z.number().int().positive() })).min(1),
});

const CustomOptionDef = z.strictObject({
  title: z.string(),
  type: z.enum(['field', 'area', 'drop_down', 'radio', 'checkbox', 'multiple', 'date', 'date_time', 'time']),
  is_require: z.boolean().default(false),
  price: z.number().optional(),
  price_type: z.enum(['fixed', 'percent']).optional(),
  sku: z.string().optional(),
  values: z
    .array(
      z.strictObject({
        title: z.string(),
        price: z.number().default(0),
        price_type: z.enum(['fixed', 'percent']).default('fixed'),
        sku: z.string().optional(),
      }),
    )
    .optional(),
});

const ProductDef = z.strictObject({
  sku: z.string().min(1),
  name: z.string(),
  price: z.number().nonnegative(),
  type_id: z.enum(['simple', 'virtual', 'configurable']).default('simple'),
  /** Product tax class by name ("Taxable Goods") or id; 0 = none. */
  tax_class: z.union([z.string(), z.number().int()]).default('Taxable Goods'),
  status: z.union([z.literal(1), z.literal(2)]).default(1),
  visibility: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).default(4),
  weight: z.number().optional(),
  /** Website codes; default: every website. */
  websites: z.array(z.string()).optional(),
  special_price: z.number().optional(),
  custom_options: z.array(CustomOptionDef).optional(),
  /** A configurable's super attribute and its children (simple products created with it). */
  configurable: z
    .strictObject({
      attribute_code: z.string(),
      label: z.string(),
      children: z
        .array(
          z.strictObject({
            sku: z.string(),
            name: z.string().optional(),
            value: z.string(),
            price: z.number().optional(),
            stock: z.record(z.string(), z.number()).optional(),
          }),
        )
        .min(1),
    })
    .optional(),
  /** Quantity per source code, e.g. {"shop_a": 5, "warehouse": 100}. */
  stock: z.record(z.string(), z.number()).optional(),
});

const CustomerDef = z.strictObject({
  email: z.email(),
  firstname: z.string(),
  lastname: z.string(),
  password: z.string().optional(),
  /** Customer group code, default "General". */
  group: z.string().default('General'),
  /** Website code, default the first website. */
  website: z.string().optional(),
  addresses: z.array(Address).default([]),
  /** Commerce: store credit balance and reward points. */
  store_credit: z.number().nonnegative().optional(),
  reward_points: z.number().int().nonnegative().optional(),
});

const TaxDef = z.strictObject({
  classes: z
    .array(z.strictObject({ class_name: z.string(), class_type: z.enum(['CUSTOMER', 'PRODUCT']) }))
    .default([]),
  rates: z
    .array(
      z.strictObject({
        code: z.string(),
        tax_country_id: z.string().length(2),
        tax_region_id: z.number().int().default(0),
        tax_postcode: z.string().default('*'),
        rate: z.number().nonnegative(),
      }),
    )
    .default([]),
  rules: z
    .array(
      z.strictObject({
        code: z.string(),
        priority: z.number().int().default(0),
        position: z.number().int().default(0),
        calculate_subtotal: z.boolean().default(false),
        customer_tax_classes: z.array(z.string()).default(['Retail Customer']),
        product_tax_classes: z.array(z.string()).default(['Taxable Goods']),
        rates: z.array(z.string()).min(1),
      }),
    )
    .default([]),
});

const PaymentMethodDef = z.strictObject({
  code: z.string().regex(/^[a-z0-9_]+$/),
  title: z.string(),
  active: z.boolean().default(true),
});

const CartRuleDef = z.strictObject({
  name: z.string(),
  coupon_code: z.string().optional(),
  simple_action: z.enum(['by_percent', 'by_fixed', 'cart_fixed']),
  discount_amount: z.number().nonnegative(),
  apply_to_shipping: z.boolean().default(false),
  /** Website codes; default every website. */
  websites: z.array(z.string()).optional(),
  customer_groups: z.array(z.string()).default(['NOT LOGGED IN', 'General', 'Wholesale', 'Retailer']),
  is_active: z.boolean().default(true),
});

const GiftCardDef = z.strictObject({
  code: z.string(),
  balance: z.number().nonnegative(),
  website: z.string().optional(),
});

const BulkDef = z.strictObject({
  /** Faker seed: the same seed gives the same data. */
  seed: z.number().int().default(1),
  products: z.number().int().nonnegative().default(0),
  customers: z.number().int().nonnegative().default(0),
  /** Source code that receives the bulk products' stock. */
  source_code: z.string().default('default'),
});

export const Scenario = z.strictObject({
  name: z.string(),
  description: z.string().default(''),
  /** Magento config paths (as bin/magento config:set takes them). */
  config: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  websites: z.array(WebsiteDef).default([]),
  sources: z.array(SourceDef).default([]),
  stocks: z.array(StockDef).default([]),
  tax: TaxDef.default({ classes: [], rates: [], rules: [] }),
  payment_methods: z.array(PaymentMethodDef).default([]),
  products: z.array(ProductDef).default([]),
  customers: z.array(CustomerDef).default([]),
  cart_rules: z.array(CartRuleDef).default([]),
  gift_cards: z.array(GiftCardDef).default([]),
  bulk: BulkDef.optional(),
});
export type Scenario = z.output<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type ProductDef = z.output<typeof ProductDef>;
export type CustomerDef = z.output<typeof CustomerDef>;
export type SourceDef = z.output<typeof SourceDef>;
export type StockDef = z.output<typeof StockDef>;
export type WebsiteDef = z.output<typeof WebsiteDef>;
export type AddressDef = z.output<typeof Address>;
