import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RegisterDriver } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';
import { HttpDriverClient } from './http-driver-client.ts';

/**
 * The register under test, chosen by `--driver`: `reference` (posgate's own register, in
 * process), an `http://` URL (a register service speaking the driver contract as JSON, any
 * language), or a path to a TypeScript/JavaScript module whose default export (or `createDriver`)
 * returns a RegisterDriver. See docs/driver-contract.md. `browser` is posgate's browser register,
 * operated in Chromium through its page object (loaded only when asked for).
 */
export async function createDriver(spec: string): Promise<RegisterDriver> {
  if (spec === 'reference') return createReferenceRegister();
  if (spec === 'browser') return new (await import('./browser/browser-driver.ts')).BrowserDriver();
  if (/^https?:\/\//.test(spec)) return new HttpDriverClient(spec);
  const file = isAbsolute(spec) ? spec : resolve(process.cwd(), spec);
  const mod = (await import(pathToFileURL(file).href)) as {
    default?: () => RegisterDriver | Promise<RegisterDriver>;
    createDriver?: () => RegisterDriver | Promise<RegisterDriver>;
  };
  const factory = mod.createDriver ?? mod.default;
  if (typeof factory !== 'function') {
    throw new Error(
      `${spec} must export a driver factory (default export or createDriver) returning a RegisterDriver`,
    );
  }
  return factory();
}
