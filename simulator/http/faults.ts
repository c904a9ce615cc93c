/**
 * Application-level faults injected by the control API (`/__sim/faults`): a rule matched by
 * method and path may answer instead of Magento (a CDN's 429 with Retry-After, a 5xx with
 * Magento's body), delay the answer, or apply the request and never send the response
 * (commit-then-drop: the lost acknowledgement). The HTTP layer asks the hooks before each request.
 */
export type FaultDecision =
  | { kind: 'respond'; status: number; body: string; headers: Record<string, string>; name: string }
  | { kind: 'delay'; ms: number; name: string }
  | { kind: 'drop-after-commit'; name: string };

export interface FaultHooks {
  /** Decisions for this request, in order (e.g. a delay then a drop), or none. */
  decide(method: string, path: string): FaultDecision[];
}

export const NO_FAULTS: FaultHooks = { decide: () => [] };
