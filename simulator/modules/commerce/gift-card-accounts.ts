import { magentoDate } from '../../clock.ts';
import type { Services } from '../../context.ts';
import { phpRound } from '../tax/index.ts';
import { GIFTCARD_ACCOUNTS, type GiftCardAccount } from './types.ts';

/**
 * Gift card accounts: created by scenarios (there is no PaaS REST to create them), found by code
 * (case-insensitively, as the `code` column's collation compares), checked like
 * `Giftcardaccount::isValid` (website, enabled, not expired, balance above zero — each check
 * optional) and charged at placement. A card is expired the day after its expiry date.
 * @see Magento\GiftCardAccount\Model\Giftcardaccount::isValid, ::isExpired, ::charge
 */
export interface GiftCardInput {
  code: string;
  balance: number;
  website_id: number;
  status?: 0 | 1;
  expires_at?: string | null;
}

export function saveGiftCardAccount(s: Services, input: GiftCardInput): GiftCardAccount {
  const existing = findGiftCardByCode(s, input.code);
  const balance = phpRound(input.balance);
  const card: GiftCardAccount = {
    id: existing?.id ?? s.store.nextId(GIFTCARD_ACCOUNTS),
    code: input.code,
    balance,
    website_id: input.website_id,
    status: input.status ?? existing?.status ?? 1,
    state: balance > 0 ? 0 : 1,
    expires_at: input.expires_at ?? existing?.expires_at ?? null,
    created_at: existing?.created_at ?? magentoDate(s.clock.now()),
  };
  s.store.put(GIFTCARD_ACCOUNTS, String(card.id), card);
  return card;
}

export function findGiftCardByCode(s: Services, code: string): GiftCardAccount | undefined {
  const wanted = code.toLowerCase();
  return s.store.all<GiftCardAccount>(GIFTCARD_ACCOUNTS).find((c) => c.code.toLowerCase() === wanted);
}

export function findGiftCard(s: Services, id: number): GiftCardAccount | undefined {
  return s.store.get<GiftCardAccount>(GIFTCARD_ACCOUNTS, String(id));
}

/** `isExpired`: the expiry date is before today (UTC). */
export function isExpired(s: Services, card: GiftCardAccount): boolean {
  if (!card.expires_at) return false;
  return card.expires_at < magentoDate(s.clock.now()).slice(0, 10);
}

export interface CardChecks {
  websiteId?: number;
  enabled?: boolean;
  notExpired?: boolean;
  positiveBalance?: boolean;
}

/** `isValid($expirationCheck, $statusCheck, $websiteCheck, $balanceCheck)` as a yes/no. */
export function passesChecks(s: Services, card: GiftCardAccount, checks: CardChecks): boolean {
  if (checks.websiteId !== undefined && card.website_id !== checks.websiteId) return false;
  if (checks.enabled && card.status !== 1) return false;
  if (checks.notExpired && isExpired(s, card)) return false;
  return !(checks.positiveBalance && card.balance <= 0);
}

/** `charge($amount)`: lowers the balance; a spent card becomes "used". */
export function chargeGiftCard(s: Services, id: number, amount: number): GiftCardAccount | undefined {
  const card = findGiftCard(s, id);
  if (!card) return undefined;
  const balance = Math.max(phpRound(card.balance - amount), 0);
  const next: GiftCardAccount = { ...card, balance, state: balance > 0 ? 0 : 1 };
  s.store.put(GIFTCARD_ACCOUNTS, String(card.id), next);
  return next;
}
