import type { AdminLogin, Authenticator } from './auth.ts';

/**
 * Admin user + password: log in lazily for a token (4 h lifetime by default) and log in again
 * when Magento answers 401 to a call made with it. Concurrent callers share one login, and a
 * 401 on a token that was already replaced triggers no second login, so a burst of expired
 * calls costs exactly one `POST /V1/integration/admin/token` (six failed logins lock the account).
 * @see magento-rest.md §1 "Token lifetimes", "Failed admin login"
 */
export class AdminTokenAuth implements Authenticator {
  private token: Promise<string> | undefined;

  constructor(
    private readonly username: string,
    private readonly password: string,
    private readonly login: AdminLogin,
  ) {}

  async authorize(): Promise<{ headers: Record<string, string>; ticket: string }> {
    const token = await this.current();
    return { headers: { Authorization: `Bearer ${token}` }, ticket: token };
  }

  async renew(ticket: string | undefined): Promise<void> {
    const pending = this.token;
    const current = pending ? await pending.catch(() => undefined) : undefined;
    if (this.token === pending && current === ticket) this.token = undefined;
    await this.current();
  }

  private current(): Promise<string> {
    if (!this.token) {
      const attempt = this.login(this.username, this.password);
      this.token = attempt;
      // A failed login must not be cached: the next call tries again.
      attempt.catch(() => {
        if (this.token === attempt) this.token = undefined;
      });
    }
    return this.token;
  }
}
