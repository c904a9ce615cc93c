import type { Services } from '../../context.ts';
import { InputError } from '../../errors.ts';
import type { CustomOption, OptionValue } from './types.ts';

/**
 * Turns custom-option input into Magento's option DTO: ids kept when they name an existing option
 * (or value) of the product and generated otherwise, type-specific fields only (text types carry
 * price and `max_characters`, `file` its extensions and image sizes, select types their values), and
 * Magento's validation with its messages joined by newlines.
 * @see Magento\Catalog\Model\Product\Option\Validator\DefaultValidator, ...\Validator\Select
 */
export const SELECT_TYPES = ['drop_down', 'radio', 'checkbox', 'multiple'];
const TEXT_TYPES = ['field', 'area'];
const TYPES = [...TEXT_TYPES, 'file', ...SELECT_TYPES, 'date', 'date_time', 'time'];
const PRICE_TYPES = ['fixed', 'percent'];

export type OptionInput = Record<string, unknown>;

export function buildOption(
  s: Services,
  input: OptionInput,
  sku: string,
  existing: readonly CustomOption[],
): CustomOption {
  validateOption(input);
  const type = String(input['type']);
  const prior = existing.find((o) => o.option_id === Number(input['option_id']));
  const option: CustomOption = {
    product_sku: sku,
    option_id: prior?.option_id ?? s.store.nextId('product_options'),
    title: String(input['title']),
    type,
    sort_order: int(input['sort_order']),
    is_require: bool(input['is_require'], true),
  };
  if (!SELECT_TYPES.includes(type)) {
    option.price = Number(input['price'] ?? 0);
    option.price_type = String(input['price_type']);
    if (input['sku'] !== undefined && input['sku'] !== null) option.sku = String(input['sku']);
  }
  if (type === 'file') {
    if (input['file_extension'] !== undefined) option.file_extension = String(input['file_extension']);
    option.image_size_x = int(input['image_size_x']);
    option.image_size_y = int(input['image_size_y']);
  }
  if (TEXT_TYPES.includes(type)) option.max_characters = int(input['max_characters']);
  if (SELECT_TYPES.includes(type)) {
    const values = input['values'] as OptionInput[];
    option.values = values.map((v) => buildValue(s, v, prior?.values ?? []));
  }
  return option;
}

function buildValue(s: Services, v: OptionInput, existing: readonly OptionValue[]): OptionValue {
  const prior = existing.find((e) => e.option_type_id === Number(v['option_type_id']));
  const value: OptionValue = {
    title: String(v['title']),
    sort_order: int(v['sort_order']),
    price: Number(v['price'] ?? 0),
    price_type: String(v['price_type'] ?? 'fixed'),
    option_type_id: prior?.option_type_id ?? s.store.nextId('product_option_values'),
  };
  if (v['sku'] !== undefined && v['sku'] !== null) value.sku = String(v['sku']);
  return value;
}

/** The validator chain of Magento\Catalog\Model\Product\Option (ValidatorException, 400). */
export function validateOption(input: OptionInput): void {
  const messages: string[] = [];
  const type = input['type'];
  if (empty(input['title']) || empty(type)) messages.push('Missed values for option required fields');
  if (!TYPES.includes(String(type))) messages.push('Invalid option type');
  if (!validValue(input)) messages.push('Invalid option value');
  if (messages.length > 0) throw new InputError(messages.join('\n'));
}

function validValue(input: OptionInput): boolean {
  if (!SELECT_TYPES.includes(String(input['type']))) {
    return PRICE_TYPES.includes(String(input['price_type'])) && isNumber(input['price'] ?? 0);
  }
  const values = input['values'];
  if (!Array.isArray(values) || values.length === 0) return false;
  return values.every((v: OptionInput) => {
    if (empty(v['title'])) return false;
    if (empty(v['price_type']) && empty(v['price'])) return true;
    return PRICE_TYPES.includes(String(v['price_type']));
  });
}

const empty = (v: unknown) =>
  v === undefined || v === null || v === '' || v === 0 || v === '0' || v === false;
const isNumber = (v: unknown) => v !== '' && v !== null && Number.isFinite(Number(v));
const int = (v: unknown) => (Number.isFinite(Number(v)) ? Math.trunc(Number(v)) : 0);
const bool = (v: unknown, fallback: boolean) =>
  v === undefined || v === null ? fallback : v === true || v === 1 || v === '1' || v === 'true';
