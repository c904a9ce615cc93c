/**
 * Tax resources: the tax classes, rates and rules Magento stores and serves under `/V1/tax*`,
 * seeded with a fresh install's rows, and the checkout's entry points into the tax engine.
 */
export { type TaxRatesQuery, type TaxScope, taxAddressConfig, taxConfig, taxRatesFor } from './rates-for.ts';
export { applyTaxScenario } from './scenario.ts';
export { seedTaxDefaults } from './seed.ts';
export { deleteTaxClass } from './tax-class-delete.ts';
export {
  findTaxClass,
  getTaxClass,
  saveTaxClass,
  searchTaxClasses,
  type TaxClassInput,
} from './tax-classes.ts';
export { saveRate, type TaxRateInput } from './tax-rate-save.ts';
export { deleteRate, findRate, getRate, presentRate, searchRates, type TaxRateDto } from './tax-rates.ts';
export { saveRule, type TaxRuleInput } from './tax-rule-save.ts';
export { deleteRule, findRule, getRule, presentRule, searchRules, type TaxRuleDto } from './tax-rules.ts';
export * from './types.ts';
