import { type HmacSha256, normalizeBaseUrl } from '../../core/oauth-signer.ts';

/**
 * HMAC-SHA256 (base64) for integration credentials, from WebCrypto: the page's counterpart of the
 * Node shell's `nodeHmacSha256`. `crypto.subtle` exists only in a secure context (https, or
 * localhost as `posgate register --ui` serves it).
 */
export const webCryptoHmacSha256: HmacSha256 = async (key, baseString) => {
  const enc = new TextEncoder();
  const k = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', k, enc.encode(baseString)));
  let bin = '';
  for (const b of mac) bin += String.fromCharCode(b);
  return btoa(bin);
};

/**
 * The page reaches Magento same-origin (`<page>/magento/...`, passed through by the page server),
 * but Magento checks an OAuth signature against the URL IT receives (`<magentoUrl>/rest/...`).
 * This HMAC signs the base string with the page's base URL replaced by Magento's, so integration
 * credentials work through the pass-through (docs/decisions/002-browser-register-same-origin.md).
 * @see RFC 5849 §3.4.1 (the base string's second part is the encoded base URL)
 */
export function signingAs(pageBase: string, magentoBase: string, hmac: HmacSha256): HmacSha256 {
  const from = `&${percentEncode(trimSlash(normalizeBaseUrl(pageBase)))}`;
  const to = `&${percentEncode(trimSlash(normalizeBaseUrl(magentoBase)))}`;
  return (key, baseString) => {
    const at = baseString.indexOf(from);
    const rewritten =
      at === -1 ? baseString : baseString.slice(0, at) + to + baseString.slice(at + from.length);
    return hmac(key, rewritten);
  };
}

/** oauth-1.0a's percent-encoding (RFC 3986 unreserved characters kept). */
function percentEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
