import type { Services } from '../../context.ts';
import { NoSuchEntityError } from '../../errors.ts';
import { ATTRIBUTES, type Attribute } from './types.ts';

/**
 * Product EAV attributes that configurables are built on (`color`, `size` and any a scenario adds),
 * with their option ids (`value_index` in a configurable option, `option_value` in a cart item).
 * Ids follow Magento's sample data: color 93 (Black 49 ... Yellow 60), size 144 (XS 166 ... XL 170).
 * @see Magento\Catalog\Model\Product\Attribute\Repository, Magento\Eav\Model\AttributeRepository::get
 */
const COLORS = [
  'Black',
  'Blue',
  'Brown',
  'Gray',
  'Green',
  'Lavender',
  'Multi',
  'Orange',
  'Purple',
  'Red',
  'White',
  'Yellow',
];
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];

export function seedCatalogAttributes(s: Services): void {
  putAttribute(s, selectAttribute(93, 'color', 'Color', COLORS, 49));
  putAttribute(s, selectAttribute(144, 'size', 'Size', SIZES, 166));
  s.store.setSequence('eav_attributes', 144);
  s.store.setSequence('eav_attribute_options', 170);
}

function selectAttribute(id: number, code: string, label: string, names: string[], first: number): Attribute {
  return {
    attribute_id: id,
    attribute_code: code,
    frontend_input: 'select',
    default_frontend_label: label,
    is_user_defined: true,
    is_required: false,
    backend_type: 'int',
    scope: 'global',
    options: names.map((n, i) => ({ label: n, value: String(first + i) })),
  };
}

function putAttribute(s: Services, a: Attribute): void {
  s.store.put(ATTRIBUTES, a.attribute_code, a);
}

/** By code or numeric id, as Magento's attribute repository accepts both. */
export function findAttribute(s: Services, codeOrId: string | number): Attribute | undefined {
  const key = String(codeOrId);
  return (
    s.store.get<Attribute>(ATTRIBUTES, key) ??
    s.store.all<Attribute>(ATTRIBUTES).find((a) => String(a.attribute_id) === key)
  );
}

export function getAttribute(s: Services, codeOrId: string | number): Attribute {
  const found = findAttribute(s, codeOrId);
  if (!found) {
    throw new NoSuchEntityError(
      'The attribute with a "%1" attributeCode doesn\'t exist. Verify the attribute and try again.',
      [String(codeOrId)],
    );
  }
  return found;
}

/** Creates a select attribute when missing (scenario seeding). */
export function ensureSelectAttribute(s: Services, code: string, label: string): Attribute {
  const found = findAttribute(s, code);
  if (found) return found;
  const created = selectAttribute(s.store.nextId('eav_attributes'), code, label, [], 0);
  putAttribute(s, created);
  return created;
}

/** The option id of `label` on a select attribute, adding the option when missing. */
export function ensureAttributeOption(s: Services, attr: Attribute, label: string): number {
  const current = findAttribute(s, attr.attribute_code) ?? attr;
  const found = current.options.find((o) => o.label.toLowerCase() === label.toLowerCase());
  if (found) return Number(found.value);
  const id = s.store.nextId('eav_attribute_options');
  putAttribute(s, { ...current, options: [...current.options, { label, value: String(id) }] });
  return id;
}

/** `GET /V1/products/attributes/:attributeCode/options`: Magento lists the empty choice first. */
export function attributeOptions(s: Services, code: string): Array<{ label: string; value: string }> {
  const a = getAttribute(s, code);
  return a.frontend_input === 'select' || a.frontend_input === 'multiselect'
    ? [{ label: ' ', value: '' }, ...a.options]
    : [];
}

/** `GET /V1/products/attributes/:attributeCode`: the ProductAttributeInterface fields a client reads. */
export function presentAttribute(s: Services, code: string): Record<string, unknown> {
  const a = getAttribute(s, code);
  return {
    is_wysiwyg_enabled: false,
    is_html_allowed_on_front: true,
    used_for_sort_by: false,
    is_filterable: a.frontend_input === 'select',
    is_filterable_in_search: false,
    is_used_in_grid: true,
    is_visible_in_grid: false,
    is_filterable_in_grid: true,
    position: 0,
    apply_to: [],
    is_searchable: '1',
    is_visible_in_advanced_search: '1',
    is_comparable: '1',
    is_used_for_promo_rules: '0',
    is_visible_on_front: '0',
    used_in_product_listing: '0',
    is_visible: true,
    scope: a.scope,
    attribute_id: a.attribute_id,
    attribute_code: a.attribute_code,
    frontend_input: a.frontend_input,
    entity_type_id: '4',
    is_required: a.is_required,
    options: attributeOptions(s, code),
    is_user_defined: a.is_user_defined,
    default_frontend_label: a.default_frontend_label,
    frontend_labels: [],
    backend_type: a.backend_type,
    is_unique: '0',
    validation_rules: [],
  };
}
