/** One row of the `/__sim` control API's route table. */
export interface ControlRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path after `/__sim`, e.g. `/reset`. */
  path: string;
  description: string;
  handler: (req: { body: unknown; query: URLSearchParams }) => unknown | Promise<unknown>;
}

/** A control-API error with an HTTP status (400 unless said). */
export class ControlError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}
