import type { Services } from '../../context.ts';
import { AggregateInputError, type ErrorItem, InputError, NoSuchEntityError } from '../../errors.ts';
import { getAttribute } from './attributes.ts';
import { buildOption } from './configurable-save.ts';
import { getProductBySku, putProduct } from './product-repository.ts';
import type { ConfigurableOption, Product } from './types.ts';

/**
 * A configurable's super attributes: `GET /V1/configurable-products/:sku/options/all` and `/:id`,
 * `POST .../options` (returns the option id; a second option on the same attribute updates it, and a
 * simple product becomes configurable), `PUT .../options/:id`, `DELETE .../options/:id` (which, as in
 * Magento, also unlinks every child).
 * @see Magento\ConfigurableProduct\Model\OptionRepository
 */
type Raw = Record<string, unknown>;

function configurable(s: Services, sku: string): Product {
  const p = getProductBySku(s, sku);
  if (p.type_id !== 'configurable') {
    throw new InputError('This is implemented for the "%1" configurable product only.', [sku]);
  }
  return p;
}

const optionsOf = (p: Product): ConfigurableOption[] =>
  p.extension_attributes.configurable_product_options ?? [];

export function listConfigurableOptions(s: Services, sku: string): ConfigurableOption[] {
  return optionsOf(configurable(s, sku));
}

export function getConfigurableOption(s: Services, sku: string, id: number): ConfigurableOption {
  const found = optionsOf(configurable(s, sku)).find((o) => o.id === id);
  if (!found) {
    throw new NoSuchEntityError(
      'The "%1" entity that was requested doesn\'t exist. Verify the entity and try again.',
      [id],
    );
  }
  return found;
}

export function saveConfigurableOption(s: Services, sku: string, input: Raw): number {
  const id = input['id'];
  if (id !== undefined && id !== null && id !== '') return updateOption(s, sku, Number(id), input);
  validateNewOption(input);
  const product = getProductBySku(s, sku);
  if (!['simple', 'virtual', 'configurable'].includes(product.type_id))
    throw new Error('Incompatible product type');
  const attr = getAttribute(s, String(input['attribute_id']));
  const prior = optionsOf(product);
  const option = buildOption(s, input, product.id, prior);
  const options = prior.some((o) => o.attribute_id === String(attr.attribute_id))
    ? prior.map((o) => (o.id === option.id ? option : o))
    : [...prior, option];
  const type = product.type_id === 'simple' ? 'configurable' : product.type_id;
  const links = product.extension_attributes.configurable_product_links ?? [];
  const ext = {
    ...product.extension_attributes,
    configurable_product_options: options,
    configurable_product_links: links,
  };
  putProduct(s, { ...product, type_id: type, extension_attributes: ext });
  return option.id;
}

function updateOption(s: Services, sku: string, id: number, input: Raw): number {
  const product = configurable(s, sku);
  const prior = optionsOf(product).find((o) => o.id === id);
  if (!prior) throw new NoSuchEntityError('Option with id "%1" not found', [id]);
  const next: ConfigurableOption = {
    ...prior,
    ...(input['label'] === undefined ? {} : { label: String(input['label']) }),
    ...(input['position'] === undefined ? {} : { position: Number(input['position']) }),
    ...(input['is_use_default'] === undefined ? {} : { is_use_default: Boolean(input['is_use_default']) }),
    ...(Array.isArray(input['values'])
      ? { values: (input['values'] as Raw[]).map((v) => ({ value_index: Number(v['value_index']) })) }
      : {}),
  };
  const options = optionsOf(product).map((o) => (o.id === id ? next : o));
  putProduct(s, {
    ...product,
    extension_attributes: { ...product.extension_attributes, configurable_product_options: options },
  });
  return id;
}

export function deleteConfigurableOption(s: Services, sku: string, id: number): boolean {
  const product = configurable(s, sku);
  if (!optionsOf(product).some((o) => o.id === id)) {
    throw new NoSuchEntityError(
      "The option that was requested doesn't exist. Verify the entity and try again.",
    );
  }
  const ext = {
    ...product.extension_attributes,
    configurable_product_options: optionsOf(product).filter((o) => o.id !== id),
    configurable_product_links: [],
  };
  putProduct(s, { ...product, extension_attributes: ext });
  return true;
}

/** @see Magento\ConfigurableProduct\Model\OptionRepository::validateNewOptionData */
function validateNewOption(input: Raw): void {
  const errors: ErrorItem[] = [];
  if (!input['attribute_id']) errors.push({ message: 'Option attribute ID is not specified.' });
  if (!input['label']) errors.push({ message: 'Option label is not specified.' });
  const values = input['values'];
  if (!Array.isArray(values) || values.length === 0)
    errors.push({ message: 'Option values are not specified.' });
  else {
    for (const v of values as Raw[]) {
      if (v['value_index'] === undefined || v['value_index'] === null) {
        errors.push({ message: 'Value index is not specified for an option.' });
      }
    }
  }
  if (errors.length > 0) throw AggregateInputError.of(errors);
}
