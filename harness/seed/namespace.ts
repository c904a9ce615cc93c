import { randomBytes } from 'node:crypto';

/**
 * A per-run namespace for what a run seeds into a Magento it cannot reset: SKUs, customer emails,
 * source codes, codes and names (tax rates, tax rules, tax classes, stocks, cart rules) and coupon
 * codes. Two runs against the same store never share a record, and everything a run created can be
 * found again by its namespace (re-seeding, cleanup). Steps keep the scenario's own names
 * ("TSHIRT", "shop_a"): they go through `ns.sku()` / `ns.source()`; Magento's answers go back
 * through `ns.fromSku()` etc. for reports.
 *
 * Forward mappings are idempotent (a name that is already this run's is returned as it is), so a
 * step cannot namespace twice. The Default Source (`default`) is Magento's own and never mapped.
 * The identity namespace (`Namespace.identity()`) maps every name to itself: the embedded
 * simulator is reset between scenarios instead.
 */
const ID = /^[a-z][a-z0-9]{2,15}$/;

export class Namespace {
  private constructor(
    /** e.g. `pg3f9a1c`; empty for the identity namespace. */
    readonly id: string,
  ) {}

  /** A fresh namespace, `pg` and six hex digits (what `posgate run` generates). */
  static random(): Namespace {
    return new Namespace(`pg${randomBytes(3).toString('hex')}`);
  }

  static of(id: string): Namespace {
    if (!ID.test(id)) {
      throw new Error(
        `namespace "${id}" is not usable: lower-case letters and digits, 3 to 16, a letter first`,
      );
    }
    return new Namespace(id);
  }

  static identity(): Namespace {
    return new Namespace('');
  }

  get isIdentity(): boolean {
    return this.id === '';
  }

  /** `TSHIRT` → `PG3F9A1C-TSHIRT` (SKUs compare case-insensitively in Magento). */
  sku(sku: string): string {
    return this.prefixed(sku, `${this.id.toUpperCase()}-`);
  }

  fromSku(sku: string): string | undefined {
    return this.stripped(sku, `${this.id.toUpperCase()}-`);
  }

  /** `anna@example.com` → `anna+pg3f9a1c@example.com`: still the same mailbox for a plus-aware server. */
  email(email: string): string {
    if (this.isIdentity || this.fromEmail(email) !== undefined) return email;
    const at = email.lastIndexOf('@');
    if (at < 1) throw new Error(`"${email}" is not an email address`);
    return `${email.slice(0, at)}+${this.id}${email.slice(at)}`;
  }

  fromEmail(email: string): string | undefined {
    if (this.isIdentity) return email;
    const tag = `+${this.id}@`;
    const i = email.toLowerCase().lastIndexOf(tag);
    return i < 1 ? undefined : email.slice(0, i) + email.slice(i + tag.length - 1);
  }

  /** `shop_a` → `pg3f9a1c_shop_a`; `default` (the Default Source) stays `default`. */
  source(code: string): string {
    return code === DEFAULT_SOURCE ? code : this.prefixed(code, `${this.id}_`);
  }

  fromSource(code: string): string | undefined {
    return code === DEFAULT_SOURCE ? code : this.stripped(code, `${this.id}_`);
  }

  /**
   * Codes and names that identify a record: tax rate and rule codes, tax class names, stock names,
   * cart rule names. `Texas Retail` → `pg3f9a1c Texas Retail`.
   */
  code(name: string): string {
    return this.prefixed(name, `${this.id} `);
  }

  fromCode(name: string): string | undefined {
    return this.stripped(name, `${this.id} `);
  }

  /** `SAVE10` → `PG3F9A1C-SAVE10`. */
  coupon(code: string): string {
    return this.sku(code);
  }

  fromCoupon(code: string): string | undefined {
    return this.fromSku(code);
  }

  /** A product URL key unique per run and SKU (Magento refuses two products with one URL key). */
  urlKey(sku: string): string {
    return this.sku(sku)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  }

  /** LIKE patterns that find this run's records (cleanup, re-seeding). */
  get patterns(): { sku: string; email: string; source: string; code: string } {
    return {
      sku: `${this.id.toUpperCase()}-%`,
      email: `%+${this.id}@%`,
      source: `${this.id}_%`,
      code: `${this.id} %`,
    };
  }

  toString(): string {
    return this.isIdentity ? '(identity)' : this.id;
  }

  private prefixed(name: string, prefix: string): string {
    if (this.isIdentity || name.toLowerCase().startsWith(prefix.toLowerCase())) return name;
    return prefix + name;
  }

  private stripped(name: string, prefix: string): string | undefined {
    if (this.isIdentity) return name;
    return name.toLowerCase().startsWith(prefix.toLowerCase()) ? name.slice(prefix.length) : undefined;
  }
}

export const DEFAULT_SOURCE = 'default';
