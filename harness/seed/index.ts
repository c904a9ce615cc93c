/**
 * Seeding a scenario into a Magento the harness does not own (a simulator elsewhere, or a real
 * store) through its admin REST API, under a per-run namespace; probing what REST cannot set;
 * before/after views for checks; cleanup. See docs/external-magento.md.
 */
export { bulkCustomers, bulkProducts, expandBulk } from './bulk.ts';
export { type CleanupReport, cleanup } from './cleanup.ts';
export {
  type ExternalBaseline,
  ordersSince,
  type QuantityDelta,
  quantityDelta,
  quantityDeltas,
  takeBaseline,
} from './external-state.ts';
export { DEFAULT_SOURCE, Namespace } from './namespace.ts';
export { need, type Precondition, PreconditionList, type PreconditionResult } from './precondition.ts';
export { type ProbeOptions, probeControlApi, probePreconditions } from './preconditions.ts';
export type { AssumeConfig } from './probe-config.ts';
export { isNoRoute, isNotFound, messageOf, NO_ROUTE, SeedError } from './rest-errors.ts';
export { type SeedOptions, seedThroughRest } from './rest-seeder.ts';
export { runNamespaces, scenarioNamespace } from './run-namespaces.ts';
export type { SeededThing, SeedKind, SeedReport } from './seed-report.ts';
export { type VerifyOptions, verifySeed } from './verify-seed.ts';
