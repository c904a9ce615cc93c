import { AggregateInputError, type ErrorItem } from '../../errors.ts';

/**
 * Both token routes first require a non-empty string username and password, reporting the two
 * together (one missing: its own message; both: `One or more input exceptions have occurred.`).
 * @see Magento\Integration\Model\CredentialsValidator::validate
 */
export function validateCredentials(username: unknown, password: unknown): void {
  const errors: ErrorItem[] = [];
  const required = (fieldName: string) => ({
    message: '"%fieldName" is required. Enter and try again.',
    parameters: { fieldName },
  });
  if (typeof username !== 'string' || username.length === 0) errors.push(required('username'));
  if (typeof password !== 'string' || password.length === 0) errors.push(required('password'));
  if (errors.length > 0) throw AggregateInputError.of(errors);
}
