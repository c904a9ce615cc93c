import { createHmac } from 'node:crypto';
import type { HmacSha256 } from '../core/oauth-signer.ts';

/**
 * HMAC-SHA256, base64, for the OAuth signer of the isomorphic core. The core cannot reach
 * `node:crypto` (it must also run in the browser page), so the Node shell injects this.
 */
export const nodeHmacSha256: HmacSha256 = (key, baseString) =>
  createHmac('sha256', key).update(baseString).digest('base64');
