import type { Services } from '../../context.ts';
import type { QuoteAddress } from '../quote/types.ts';

/**
 * Quote\Address::validate() as the placement rules run it: the customer address validators'
 * messages, in their order (General: firstname, lastname, street, city, then telephone when
 * `customer/address/telephone_show` is `req`; Country: postcode unless the country's zip is
 * optional, then the country itself). Rendered, since the rule joins them into its `%1`.
 * @see Magento\Customer\Model\Address\Validator\General, Magento\Customer\Model\Address\Validator\Country
 */
const required = (field: string) => `"${field}" is required. Enter and try again.`;

export function addressErrors(s: Services, a: QuoteAddress): string[] {
  const errors: string[] = [];
  const need = (field: string, value: unknown) => {
    if (value === null || value === undefined || String(value).trim() === '') errors.push(required(field));
  };
  need('firstname', a.firstname);
  need('lastname', a.lastname);
  need('street', a.street[0]);
  need('city', a.city);
  if (s.config.get('customer/address/telephone_show') === 'req') need('telephone', a.telephone);
  const optionalZip = (s.config.get('general/country/optional_zip_countries') ?? '').split(',');
  if (!optionalZip.includes(String(a.country_id))) need('postcode', a.postcode);
  need('countryId', a.country_id);
  return errors;
}
