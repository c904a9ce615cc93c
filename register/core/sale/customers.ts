import { z } from 'zod';
import type { MagentoClient } from '../magento-client.ts';
import { SaleDeclined } from '../sale-declined.ts';

/**
 * Finds the customer account of an email (admin `GET /V1/customers/search`), preferring the
 * account on the shop's website (accounts may be per website). A register that captured an email
 * must link the order to that account: a guest order hides the purchase from the customer's
 * history and breaks loyalty (field-guide.md §4). Found accounts are remembered for offline sales.
 * @see magento-rest.md §12
 */
export const Customer = z.looseObject({
  id: z.number().int(),
  email: z.string(),
  firstname: z.string(),
  lastname: z.string(),
  group_id: z.number().int(),
  website_id: z.number().int().nullish(),
});
export type Customer = z.infer<typeof Customer>;

export class CustomerDirectory {
  private readonly known = new Map<string, Customer>();

  constructor(
    private readonly client: MagentoClient,
    private readonly websiteId: number,
  ) {}

  /** From Magento; declines when there is no such account. */
  async find(email: string): Promise<Customer> {
    const items = z.array(Customer).parse(
      await this.client.searchAll('/V1/customers/search', {
        filterGroups: [[{ field: 'email', value: email }]],
      }),
    );
    const same = items.filter((c) => c.email.toLowerCase() === email.toLowerCase());
    const found = same.find((c) => c.website_id === this.websiteId) ?? same[0];
    if (!found) throw new SaleDeclined(`No customer account has the email ${email}.`);
    this.known.set(email.toLowerCase(), found);
    return found;
  }

  /** The account last seen for this email (offline sales). */
  cached(email: string): Customer | undefined {
    return this.known.get(email.toLowerCase());
  }
}
