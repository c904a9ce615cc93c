import type { ApiError } from './errors.ts';

/** What a handler answers; the server writes it as is. */
export interface Reply {
  status: number;
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * JSON as Go's json.Marshal writes it: compact, and `<`, `>`, `&`, U+2028, U+2029 escaped (they can
 * only occur inside strings, so replacing them everywhere is safe).
 */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A JSON answer (`Content-Type: application/json`, no trailing newline, as Toxiproxy writes). */
export const json = (status: number, value: unknown): Reply => ({
  status,
  body: goJson(value),
  contentType: 'application/json',
});

export const noContent = (): Reply => ({ status: 204 });

/** Go's http.Error: text/plain, nosniff, the text and a newline. */
export const plainError = (status: number, text: string): Reply => ({
  status,
  body: `${text}\n`,
  contentType: 'text/plain; charset=utf-8',
  headers: { 'X-Content-Type-Options': 'nosniff' },
});

/** An ApiError as Toxiproxy sends it: `{"error":"…","status":N}` through http.Error. */
export const errorReply = (err: ApiError): Reply =>
  plainError(err.status, goJson({ error: err.message, status: err.status }));
