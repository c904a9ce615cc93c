import type { Services } from '../../../context.ts';
import { LocalizedError } from '../../../errors.ts';
import { PRODUCTS, type Product } from '../../catalog/types.ts';
import { type CustomerGroup, GROUPS } from '../../customer/types.ts';
import { getTaxClass } from './tax-classes.ts';
import { TAX_CLASSES, TAX_RULES, type TaxClassRecord, type TaxRuleRecord } from './types.ts';

/**
 * `DELETE /V1/taxClasses/:taxClassId`: refused (CouldNotDeleteException, 400) while a tax rule
 * uses the class, then while a customer group (CUSTOMER class) or a product (PRODUCT class) does.
 * @see Magento\Tax\Model\ClassModel::checkClassCanBeDeleted
 * @see Magento\Tax\Model\TaxClass\Type\Customer::getObjectTypeName, Type\Product
 */
export function deleteTaxClass(s: Services, id: number): boolean {
  const taxClass = getTaxClass(s, id);
  if (usedInRules(s, taxClass)) {
    throw new LocalizedError(
      'You cannot delete this tax class because it is used in Tax Rules. You have to delete the rules it is used in first.',
    );
  }
  const objectType = taxClass.class_type === 'CUSTOMER' ? 'customer group' : 'product';
  if (usedByObjects(s, taxClass)) {
    throw new LocalizedError('You cannot delete this tax class because it is used in existing %1(s).', [
      objectType,
    ]);
  }
  s.store.delete(TAX_CLASSES, String(id));
  return true;
}

function usedInRules(s: Services, c: TaxClassRecord): boolean {
  return s.store
    .all<TaxRuleRecord>(TAX_RULES)
    .some((r) =>
      (c.class_type === 'CUSTOMER' ? r.customer_tax_class_ids : r.product_tax_class_ids).includes(c.class_id),
    );
}

function usedByObjects(s: Services, c: TaxClassRecord): boolean {
  if (c.class_type === 'CUSTOMER') {
    return s.store.all<CustomerGroup>(GROUPS).some((g) => g.tax_class_id === c.class_id);
  }
  return s.store
    .all<Product>(PRODUCTS)
    .some((p) =>
      (p.custom_attributes ?? []).some(
        (a) => a.attribute_code === 'tax_class_id' && Number(a.value) === c.class_id,
      ),
    );
}
