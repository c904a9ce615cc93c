import type { Services, UserContext } from '../../context.ts';
import { InputError, NoSuchEntityError } from '../../errors.ts';
import { unmask } from './masked-ids.ts';
import { findActiveCustomerQuote } from './quote-repository.ts';

/**
 * Which cart a route addresses, resolved the way Magento's webapi layer does before the service
 * runs: admin routes take the number in the URL (an int parameter), `mine` routes get the
 * customer's active cart through the `%cart_id%` overrider (none: 404 `Current customer does not
 * have an active cart.`), guest routes unmask the URL's masked id and hand the repository the
 * number as the string the mask table holds (so a converted guest cart answers `cartId = "42"`).
 * @see Magento\Quote\Model\Webapi\ParamOverriderCartId, Magento\Quote\Model\GuestCart\GuestCartManagement
 */
export type CartFamily = 'admin' | 'mine' | 'guest';
export type CartId = number | string;

export interface CartRequest {
  user: UserContext;
  params: Record<string, string>;
}

export function resolveCartId(s: Services, family: CartFamily, req: CartRequest): CartId {
  if (family === 'mine') return mineCartId(s, req.user);
  const raw = req.params['cartId'] ?? req.params['quoteId'] ?? '';
  if (family === 'guest') return String(unmask(s, raw));
  return intParam(raw);
}

export function mineCartId(s: Services, user: UserContext): number {
  const quote = user.id === null ? undefined : findActiveCustomerQuote(s, user.id);
  if (!quote) throw new NoSuchEntityError('Current customer does not have an active cart.');
  return quote.id;
}

/** A path value for an `int` service parameter (Magento's type error otherwise). */
export function intParam(raw: string): number {
  if (/^-?\d+$/.test(raw.trim())) return Number(raw);
  throw new InputError(
    'The "%value" value\'s type is invalid. The "%type" type was expected. Verify and try again.',
    { value: raw, type: 'int' },
  );
}
