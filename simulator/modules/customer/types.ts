/**
 * The customer module's records: customers as Magento's CustomerInterface DTO (collection
 * `customers`, keyed by id, addresses inside), and customer groups (collection `customer_groups`).
 * Passwords live apart, in the integration module's `customer_passwords`.
 * @see Magento\Customer\Api\Data\CustomerInterface, Magento\Customer\Api\Data\AddressInterface
 */
export const CUSTOMERS = 'customers';
export const GROUPS = 'customer_groups';
/** Address id → customer id. */
export const ADDRESS_INDEX = 'customer_address_ids';

export interface Region {
  region_code: string | null;
  region: string | null;
  region_id: number;
}

export interface Address {
  id: number;
  customer_id: number;
  region: Region;
  region_id: number;
  country_id: string;
  street: string[];
  company?: string;
  telephone: string;
  fax?: string;
  postcode: string;
  city: string;
  firstname: string;
  lastname: string;
  middlename?: string;
  prefix?: string;
  suffix?: string;
  vat_id?: string;
  default_shipping?: boolean;
  default_billing?: boolean;
}

export interface Customer {
  id: number;
  group_id: number;
  default_billing?: string;
  default_shipping?: string;
  created_at: string;
  updated_at: string;
  created_in: string;
  dob?: string;
  email: string;
  firstname: string;
  lastname: string;
  middlename?: string;
  prefix?: string;
  suffix?: string;
  gender?: number;
  store_id: number;
  taxvat?: string;
  website_id: number;
  addresses: Address[];
  disable_auto_group_change: number;
  extension_attributes: Record<string, unknown>;
  custom_attributes?: Array<{ attribute_code: string; value: unknown }>;
}

export interface CustomerGroup {
  id: number;
  code: string;
  tax_class_id: number;
}

/** The group DTO as REST returns it, with the tax class name resolved. */
export interface CustomerGroupDto extends CustomerGroup {
  tax_class_name: string;
}
