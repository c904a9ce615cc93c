import axios from 'axios';
import type { Scenario } from '../../contracts/scenario.ts';
import type { AdminClient } from '../magento/admin-client.ts';
import { Namespace } from './namespace.ts';
import { need, PreconditionList, type PreconditionResult } from './precondition.ts';
import { probeCommerce } from './probe-commerce.ts';
import { type AssumeConfig, probeConfig } from './probe-config.ts';
import { probePayment } from './probe-payment.ts';
import { isNoRoute, messageOf } from './rest-errors.ts';
import { readTargetStores, resolveStores } from './target-stores.ts';

/**
 * What a run needs of a Magento that REST cannot set, read or probed at start, so scenarios that
 * need what is missing are reported "not run: <why>" instead of failing for a reason that is not
 * the register's: the scenario's websites and store views, its payment methods at `storeCode`, its
 * config, the Commerce surfaces and balances, the POS extension and the simulator's control API
 * (scenarios tagged `@simulator`). Run it after `seedThroughRest` with the same namespace: the
 * payment probe puts one of the run's products in its cart.
 */
export interface ProbeOptions {
  /** The run's namespace (identity by default). */
  ns?: Namespace;
  /** Config paths the user confirms are set as the scenario says (`true`: all of them). */
  assumeConfig?: AssumeConfig;
  /** The control API's token, when the target is a simulator started with one. */
  controlToken?: string;
  /**
   * A harmless `GET` route of the POS extension (docs/pos-extension.md); without one the extension
   * cannot be probed and is reported missing.
   */
  posExtensionRoute?: string;
  /** SKUs (namespaced) for the payment probe's cart. */
  paymentProbeSkus?: string[];
}

export async function probePreconditions(
  client: AdminClient,
  scenario: Scenario,
  storeCode: string,
  options: ProbeOptions = {},
): Promise<PreconditionResult> {
  const ns = options.ns ?? Namespace.identity();
  const list = new PreconditionList();
  const target = await readTargetStores(client);
  list.addAll(resolveStores(scenario, target).preconditions.result());
  // An unknown store code stays in the URL and no route matches: probe routes without it.
  const store = target.storeViews.some((v) => v.code === storeCode) ? storeCode : undefined;
  if (store) {
    const skus = options.paymentProbeSkus ? { skus: options.paymentProbeSkus } : {};
    await probePayment(client, scenario, store, { ns, ...skus }, list);
  } else {
    for (const m of scenario.payment_methods.filter((x) => x.active)) {
      list.missing(
        need.payment(m.code),
        `cannot probe payment methods: store view "${storeCode}" does not exist on the target`,
      );
    }
  }
  await probeConfig(client, scenario, storeCode, options.assumeConfig ?? false, list);
  await probeCommerce(client, scenario, store, ns, list);
  await probePosExtension(client, store, options.posExtensionRoute, list);
  await probeControlApi(client.baseUrl, options.controlToken, list);
  return list.result();
}

async function probePosExtension(
  client: AdminClient,
  storeCode: string | undefined,
  route: string | undefined,
  list: PreconditionList,
): Promise<void> {
  if (!route) {
    list.missing(
      need.posExtension,
      'no POS-extension route to probe is known (docs/pos-extension.md): pass posExtensionRoute',
    );
    return;
  }
  try {
    await client.get(route, storeCode);
    list.met(need.posExtension);
  } catch (err) {
    if (isNoRoute(err))
      list.missing(
        need.posExtension,
        `the POS extension is not installed (GET ${route} answers "Request does not match any route.")`,
      );
    else list.missing(need.posExtension, `the POS extension did not answer GET ${route}: ${messageOf(err)}`);
  }
}

/** `GET <url>/__sim/info` with the control token: only a simulator started with `--control` answers. */
export async function probeControlApi(
  baseUrl: string,
  token: string | undefined,
  list: PreconditionList,
): Promise<void> {
  const url = `${baseUrl.replace(/\/$/, '')}/__sim/info`;
  try {
    const res = await axios.get(url, {
      timeout: 5_000,
      validateStatus: () => true,
      headers: token ? { 'X-Posgate-Control-Token': token } : {},
    });
    const body = res.data as { version?: unknown } | undefined;
    if (res.status === 200 && typeof body?.version === 'string') list.met(need.controlApi);
    else if (res.status === 401)
      list.missing(
        need.controlApi,
        "the control API refused the token: pass the simulator's --control-token",
      );
    else
      list.missing(
        need.controlApi,
        `the target has no control API (GET /__sim/info answered ${res.status}): a real Magento, or a simulator started without --control`,
      );
  } catch (err) {
    list.missing(need.controlApi, `the control API could not be reached: ${(err as Error).message}`);
  }
}
