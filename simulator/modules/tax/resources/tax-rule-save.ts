import type { Services } from '../../../context.ts';
import { LocalizedError, NoSuchEntityError, render } from '../../../errors.ts';
import { sameText } from './tax-classes.ts';
import { findRule, presentRule, type TaxRuleDto } from './tax-rules.ts';
import { TAX_CLASSES, TAX_RATES, TAX_RULES, type TaxClassRecord, type TaxRuleRecord } from './types.ts';

/**
 * `POST`/`PUT /V1/taxRules`. The rule validator's messages are keyed by field (a later message for
 * the same field replaces the earlier one in place), rendered, joined by newlines and re-thrown by
 * the repository as one CouldNotSaveException, so the body carries no parameters. Facts kept:
 * under PHP 8 a missing position/priority fails the `GreaterThan(-1)` check too (`-1 >= ""`), whose
 * message replaces the "required" one; a class of the wrong type is
 * `No such entity with customer_tax_class_ids = %fieldValue` (Magento passes `value`, so the
 * placeholder stays); an unknown class is `No such entity with class_id = N`. Then the code must be
 * unique (`%1 already exists.` ["Code"]). An unknown rate id breaks a foreign key: a masked 500.
 * @see Magento\Tax\Model\Calculation\Rule\Validator::isValid
 * @see Magento\Tax\Model\TaxRuleRepository::save
 */
export interface TaxRuleInput {
  id?: number | undefined;
  code?: string | undefined;
  priority?: number | undefined;
  position?: number | undefined;
  customer_tax_class_ids?: number[] | undefined;
  product_tax_class_ids?: number[] | undefined;
  tax_rate_ids?: number[] | undefined;
  calculate_subtotal?: boolean | undefined;
}

export function saveRule(s: Services, input: TaxRuleInput): TaxRuleDto {
  if (input.id && !findRule(s, input.id)) throw NoSuchEntityError.singleField('taxRuleId', input.id);
  const messages = validate(s, input);
  if (messages.size > 0) throw new LocalizedError([...messages.values()].join('\n'));
  const code = input.code as string;
  const clash = s.store.all<TaxRuleRecord>(TAX_RULES).find((r) => sameText(r.code, code));
  if (clash && clash.id !== input.id) throw new LocalizedError('%1 already exists.', ['Code']);
  const rateIds = unique(input.tax_rate_ids ?? []);
  const missing = rateIds.find((id) => !s.store.has(TAX_RATES, String(id)));
  if (missing !== undefined) throw new Error(`tax_calculation: foreign key fails for rate ${missing}`);
  const record: TaxRuleRecord = {
    id: input.id || s.store.nextId(TAX_RULES),
    code,
    priority: input.priority ?? 0,
    position: input.position ?? 0,
    customer_tax_class_ids: unique(input.customer_tax_class_ids ?? []),
    product_tax_class_ids: unique(input.product_tax_class_ids ?? []),
    tax_rate_ids: rateIds,
    calculate_subtotal: input.calculate_subtotal === true,
  };
  s.store.put(TAX_RULES, String(record.id), record);
  return presentRule(record);
}

function validate(s: Services, input: TaxRuleInput): Map<string, string> {
  const messages = new Map<string, string>();
  const add = (fieldName: string, phrase: string, params: Record<string, unknown>) =>
    messages.set(fieldName, render(phrase, { fieldName, ...params }));
  const required = (fieldName: string) =>
    add(fieldName, '"%fieldName" is required. Enter and try again.', {});
  for (const field of ['position', 'priority'] as const) {
    const value = input[field];
    if (value === undefined) required(field);
    if (value === undefined || value <= -1) {
      add(field, 'The %fieldName value of "%value" must be greater than or equal to %minValue.', {
        value: value ?? '',
        minValue: 0,
      });
    }
  }
  if ((input.code ?? '').trim() === '') required('code');
  checkClasses(s, input.customer_tax_class_ids, 'customer_tax_class_ids', 'CUSTOMER', messages, required);
  checkClasses(s, input.product_tax_class_ids, 'product_tax_class_ids', 'PRODUCT', messages, required);
  if (!input.tax_rate_ids?.length) required('tax_rate_ids');
  return messages;
}

function checkClasses(
  s: Services,
  ids: number[] | undefined,
  field: string,
  type: TaxClassRecord['class_type'],
  messages: Map<string, string>,
  required: (field: string) => void,
): void {
  if (!ids?.length) {
    required(field);
    return;
  }
  for (const id of ids) {
    const taxClass = s.store.get<TaxClassRecord>(TAX_CLASSES, String(id));
    if (!taxClass) messages.set('class_id', `No such entity with class_id = ${id}`);
    else if (taxClass.class_type !== type) messages.set(field, `No such entity with ${field} = %fieldValue`);
  }
}

const unique = (ids: number[]): number[] => [...new Set(ids)];
