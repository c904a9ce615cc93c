/**
 * The API's error catalogue: Toxiproxy's `ApiError` values with their exact messages and statuses,
 * and the one mapping from anything thrown to an ApiError (Go's `apiError`: an error without a
 * status is a 500 carrying its text, e.g. `listen tcp 127.0.0.1:3310: bind: address already in use`).
 * @see https://github.com/Shopify/toxiproxy/blob/main/api.go
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const ProxyNotFound = new ApiError(404, 'proxy not found');
export const ProxyAlreadyExists = new ApiError(409, 'proxy already exists');
export const InvalidStream = new ApiError(400, 'stream was invalid, can be either upstream or downstream');
export const InvalidToxicType = new ApiError(400, 'invalid toxic type');
export const ToxicAlreadyExists = new ApiError(409, 'toxic already exists');
export const ToxicNotFound = new ApiError(404, 'toxic not found');

/** `bad request body: <detail>` (400): JSON syntax or type errors, invalid attributes. */
export const badRequestBody = (detail: string): ApiError => new ApiError(400, `bad request body: ${detail}`);

/** `missing required field: <field>` (400), e.g. `name` or `upstream at proxy 2`. */
export const missingField = (field: string): ApiError =>
  new ApiError(400, `missing required field: ${field}`);

/** Any thrown value as an ApiError; non-API errors become 500 with their message. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(500, err instanceof Error ? err.message : String(err));
}
