import { timingSafeEqual } from 'node:crypto';
import type { Services } from '../../context.ts';
import { AggregateInputError, AuthenticationError, type ErrorItem, InputError } from '../../errors.ts';
import type { OAuthRequestParams } from './oauth-request.ts';
import { oauthSignature } from './oauth-signature.ts';
import type { Integration } from './types.ts';

/**
 * Verifies an OAuth 1.0a-signed integration request in Magento's order of checks. Input problems
 * are 400 (OauthInputException), everything else 401 (Oauth\Exception):
 *
 *   version 1.0? → required params → token length 32 → HMAC-SHA256 only → consumer key (length,
 *   known) → timestamp not > now + 600 s → nonce unused (recorded even if a later check fails)
 *   → token known, of this consumer, not revoked → signature
 *
 * Old timestamps are accepted (only the nonce guards against replay), as in Magento.
 * @see Magento\Framework\Oauth\Oauth::validateAccessTokenRequest
 * @see Magento\Integration\Model\Oauth\Nonce\Generator::validateNonce
 * @see Magento\Integration\Model\Oauth\Token\Provider
 */
export interface SignedRequest {
  method: string;
  /** Absolute URL as the client addressed it, including the query string. */
  url: string;
  params: OAuthRequestParams;
}

const REQUIRED = [
  'oauth_consumer_key',
  'oauth_signature',
  'oauth_signature_method',
  'oauth_nonce',
  'oauth_timestamp',
  'oauth_token',
];
const TIME_DEVIATION_S = 600;
const KEY_LENGTH = 32;

export function verifyOAuthRequest(s: Services, req: SignedRequest): Integration {
  const p = req.params.protocol;
  const version = p['oauth_version'];
  if (version !== undefined && version !== '1.0') {
    throw new InputError('The "%1" Oauth version isn\'t supported.', [version]);
  }
  const missing: ErrorItem[] = REQUIRED.filter((name) => p[name] === undefined).map((fieldName) => ({
    message: '"%fieldName" is required. Enter and try again.',
    parameters: { fieldName },
  }));
  if (missing.length > 0) throw AggregateInputError.of(missing);
  const at = (name: string) => p[name] as string;
  if (at('oauth_token').length !== KEY_LENGTH) {
    throw new InputError('The token length is invalid. Check the length and try again.');
  }
  if (at('oauth_signature_method') !== 'HMAC-SHA256') {
    throw new InputError('Signature method %1 is not supported', [at('oauth_signature_method')]);
  }
  const integration = consumerByKey(s, at('oauth_consumer_key'));
  useNonce(s, integration, at('oauth_nonce'), at('oauth_timestamp'));
  checkAccessToken(s, integration, at('oauth_token'));
  const expected = oauthSignature({
    method: req.method,
    url: req.url,
    params: [...Object.entries(p), ...req.params.query],
    consumerSecret: integration.consumer_secret,
    tokenSecret: integration.access_token_secret,
    algorithm: 'sha256',
  });
  if (!sameString(expected, at('oauth_signature'))) {
    throw new AuthenticationError('The signature is invalid. Verify and try again.');
  }
  return integration;
}

function consumerByKey(s: Services, key: string): Integration {
  if (key.length !== KEY_LENGTH) throw new AuthenticationError('Consumer key is not the correct length');
  const found = s.store.all<Integration>('integrations').find((i) => i.consumer_key === key);
  if (!found) throw new AuthenticationError('A consumer having the specified key does not exist');
  return found;
}

/** The nonce is saved at once, in its own write: a request failing later still used it up. */
function useNonce(s: Services, integration: Integration, nonce: string, timestamp: string): void {
  const ts = Number.parseInt(timestamp.trim(), 10) || 0;
  if (ts <= 0 || ts > Math.floor(s.clock.now() / 1000) + TIME_DEVIATION_S) {
    throw new InputError('Incorrect timestamp value in the oauth_timestamp parameter');
  }
  const key = `${integration.id}:${nonce}`;
  if (s.store.has('oauth_nonces', key)) {
    throw new AuthenticationError('The nonce is already being used by the consumer with ID %1', [
      String(integration.id),
    ]);
  }
  s.store.transaction(() => s.store.put('oauth_nonces', key, { timestamp: ts }));
}

function checkAccessToken(s: Services, integration: Integration, token: string): void {
  const owner = s.store.all<Integration>('integrations').find((i) => i.access_token === token);
  if (!owner) throw new AuthenticationError('Specified token does not exist');
  if (owner.id !== integration.id) {
    throw new AuthenticationError('Token is not associated with the specified consumer');
  }
  if (owner.revoked) throw new AuthenticationError('Access token has been revoked');
}

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
