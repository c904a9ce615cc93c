/**
 * The reference register's public entry (architecture.md §2 rule 6: the harness imports this file
 * only): the register as a driver, in process or as an HTTP service speaking the driver contract.
 * See docs/register.md and docs/driver-contract.md.
 */
export { AlertBoard } from './core/alerts.ts';
export { MagentoRejection, RateLimitedError, TransportError } from './core/errors.ts';
export type { RegisterOptions } from './core/register/open-session.ts';
export { type HeldSale, ReferenceRegister, RegisterNotOpen } from './core/register/reference-register.ts';
export type { DiscrepancyRecord } from './core/session/data-dir.ts';
export { memoryDataDirs } from './core/session/data-dir.ts';
export {
  CHROMIUM_ARGS,
  ChromiumNotFound,
  chromiumMissing,
  chromiumPath,
  launchChromium,
  launchChromiumBrowser,
} from './node/chromium.ts';
export { createReferenceRegister, type ReferenceRegisterOptions } from './node/node-register.ts';
export type { PageSession, PageSessionInput } from './node/page-server/page-session.ts';
export {
  type RegisterPage,
  type RegisterPageOptions,
  startRegisterPage,
} from './node/page-server/start-page.ts';
export {
  type RegisterService,
  type RegisterServiceOptions,
  startRegisterService,
} from './node/service/start.ts';
