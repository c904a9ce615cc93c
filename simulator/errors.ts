/**
 * The simulator's closed catalogue of errors, one class per Magento exception family. Services
 * throw them; `http/error-response.ts` maps them to Magento's HTTP status and body in one place.
 *
 * Messages are Magento's raw phrases (with `%name` or `%1` placeholders) and the parameters go
 * beside them, exactly as Magento's REST error renderer sends them.
 * @see Magento\Framework\Webapi\ErrorProcessor::maskException
 */
export type Parameters = Record<string, unknown> | unknown[];

export interface ErrorItem {
  message: string;
  parameters?: Parameters;
}

/** Base: a LocalizedException, rendered as 400 unless a subclass says otherwise. */
export class MagentoError extends Error {
  readonly status: number = 400;
  /** Keep the state written before the throw (a logged failure, a compensation). */
  keepWrites = false;
  /** Marks the error so the request's writes so far are committed, not rolled back. */
  keepingWrites(): this {
    this.keepWrites = true;
    return this;
  }
  constructor(
    readonly phrase: string,
    readonly parameters?: Parameters,
    readonly errors?: ErrorItem[],
  ) {
    super(render(phrase, parameters));
    this.name = new.target.name;
  }
}

/** LocalizedException, InputException, StateException, CouldNotSaveException, ...: 400. */
export class LocalizedError extends MagentoError {}

/** InputException (400); `InputError.required('sku')` is Magento's `requiredField`. */
export class InputError extends MagentoError {
  static required(fieldName: string): InputError {
    return new InputError('"%fieldName" is required. Enter and try again.', { fieldName });
  }
  static invalidValue(fieldName: string, value: unknown): InputError {
    return new InputError('Invalid value of "%value" provided for the %fieldName field.', {
      fieldName,
      value: String(value),
    });
  }
}

/** NoSuchEntityException: 404. */
export class NoSuchEntityError extends MagentoError {
  override readonly status = 404;
  static singleField(fieldName: string, fieldValue: string | number): NoSuchEntityError {
    return new NoSuchEntityError('No such entity with %fieldName = %fieldValue', { fieldName, fieldValue });
  }
}

/** AuthorizationException: 401 naming the ACL resources the caller lacks. */
export class AuthorizationError extends MagentoError {
  override readonly status = 401;
  static forResources(resources: string[]): AuthorizationError {
    return new AuthorizationError("The consumer isn't authorized to access %resources.", {
      resources: resources.join(', '),
    });
  }
}

/** AuthenticationException (and OAuth failures): 401. */
export class AuthenticationError extends MagentoError {
  override readonly status = 401;
}

/**
 * Magento\Framework\Webapi\Exception: carries its own HTTP status. Unlike the other families its
 * message is sent rendered (pass the final text), and `parameters` are its `details`; in
 * developer mode its trace is `null`.
 */
export class WebapiError extends MagentoError {
  override readonly status: number;
  constructor(phrase: string, status: number, parameters?: Parameters) {
    super(phrase, parameters);
    this.status = status;
  }
}

/**
 * An aggregate of input errors (AbstractAggregateException): the first error is the message; from
 * the second on the message becomes `One or more input exceptions have occurred.` and every error
 * is listed in `errors[]`.
 */
export class AggregateInputError extends MagentoError {
  static of(items: ErrorItem[]): AggregateInputError {
    const [first] = items;
    if (!first) throw new Error('AggregateInputError needs at least one error');
    if (items.length === 1) return new AggregateInputError(first.message, first.parameters);
    return new AggregateInputError('One or more input exceptions have occurred.', undefined, items);
  }
}

/**
 * MSI's ValidationException: the thrower's phrase (usually `Validation Failed`) with every
 * validation error in `errors[]`, even a single one.
 * @see Magento\Framework\Validation\ValidationException::getErrors
 */
export class ValidationError extends MagentoError {
  static of(items: ErrorItem[], phrase = 'Validation Failed'): ValidationError {
    return new ValidationError(phrase, undefined, items);
  }
}

/** Substitutes `%name` and `%1` placeholders, as Magento's Phrase renderer does. */
export function render(phrase: string, parameters?: Parameters): string {
  if (!parameters) return phrase;
  if (Array.isArray(parameters)) {
    return phrase.replace(/%(\d+)/g, (m, n: string) => {
      const v = parameters[Number(n) - 1];
      return v === undefined ? m : String(v);
    });
  }
  return phrase.replace(/%([a-zA-Z_][a-zA-Z0-9_]*)/g, (m, k: string) => {
    const v = parameters[k];
    return v === undefined ? m : String(v);
  });
}
