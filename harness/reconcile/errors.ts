/**
 * Why a reconciliation could not give a verdict, as one line that says what is wrong and how to fix
 * it. Thrown by `reconcile()` so scenario 8 can tell a refused token from a drifted shop; the CLI
 * prints the message alone and exits 2.
 */
export type ReconcileErrorKind =
  | 'input' // a bad ERP file, thresholds file or option
  | 'auth' // Magento refused the credentials
  | 'unreachable' // no answer from the URL
  | 'not-magento' // something answered, but not Magento's REST API
  | 'magento' // Magento answered with a failure of its own (5xx, a refused query)
  | 'no-route' // Magento has no route for what we read (its module is off)
  | 'output'; // the report could not be written

export class ReconcileError extends Error {
  override name = 'ReconcileError';
  constructor(
    readonly kind: ReconcileErrorKind,
    message: string,
  ) {
    super(message);
  }
}
