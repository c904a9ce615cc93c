import type { RegisterOptions } from '../core/register/open-session.ts';
import { ReferenceRegister } from '../core/register/reference-register.ts';
import { openFileDataDir } from './file-data-dir.ts';
import { nodeHmacSha256 } from './hmac.ts';

/**
 * The reference register in Node: its data directory on disk (fsynced queue, atomic documents)
 * and Node's HMAC for integration credentials. Options override either (tests keep data in memory).
 */
export type ReferenceRegisterOptions = Partial<RegisterOptions>;

export function createReferenceRegister(options: ReferenceRegisterOptions = {}): ReferenceRegister {
  return new ReferenceRegister({ openDataDir: openFileDataDir, hmacSha256: nodeHmacSha256, ...options });
}
