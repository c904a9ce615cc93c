import type { Scenario } from '../../contracts/scenario.ts';
import type { Services } from '../context.ts';
import type { SimulatorRuntime } from '../runtime.ts';
import { applyScenario } from '../scenario/apply.ts';
import { listScenarios, loadScenario, parseScenario, ScenarioError } from '../scenario/load.ts';
import type { FaultRules } from './fault-rules.ts';
import { ControlError, type ControlRoute } from './route.ts';

/**
 * `/__sim/seed` and `/__sim/scenarios`: merchant setups as data, applied on top of the current
 * state in one transaction (all or nothing). `reset` returns to the start-up baseline, so a test
 * usually resets, then seeds (`?reset=1` does both).
 */
export function scenarioRoutes(rt: SimulatorRuntime, faults: FaultRules): ControlRoute[] {
  const { services } = rt;
  return [
    {
      method: 'POST',
      path: '/seed',
      description:
        'Applies a scenario: the scenario itself, or `{"name": "<bundled name>"}`; `?reset=1` resets first.',
      handler: async ({ body, query }) => {
        const sc = scenarioFromBody(body);
        if (query.get('reset') === '1') {
          rt.reset();
          faults.clear();
        }
        seed(services, sc);
        await services.store.flush();
        return seeded(sc);
      },
    },
    {
      method: 'GET',
      path: '/scenarios',
      description: 'The bundled scenarios (name and description), seedable by name.',
      handler: () => listScenarios().map(({ name, description }) => ({ name, description })),
    },
  ];
}

/** `{"name": "x"}` alone names a bundled scenario; anything else is a scenario. */
function scenarioFromBody(body: unknown): Scenario {
  const keys = body && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : [];
  const name = (body as { name?: unknown } | null)?.name;
  try {
    if (keys.length === 1 && typeof name === 'string') {
      if (/[/\\]/.test(name)) throw new ScenarioError('seed a file by sending its content, not its path');
      return loadScenario(name);
    }
    return parseScenario(body, 'the request body');
  } catch (err) {
    if (err instanceof ScenarioError) throw new ControlError(err.message, err.kind === 'unknown' ? 404 : 400);
    throw err;
  }
}

function seed(s: Services, sc: Scenario): void {
  try {
    s.store.transaction(() => applyScenario(s, sc));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new ControlError(
      err instanceof ScenarioError ? message : `scenario "${sc.name}" cannot be applied: ${message}`,
    );
  }
}

function seeded(sc: Scenario): Record<string, unknown> {
  return {
    seeded: sc.name,
    websites: sc.websites.length,
    sources: sc.sources.length,
    stocks: sc.stocks.length,
    products: sc.products.length + (sc.bulk?.products ?? 0),
    customers: sc.customers.length + (sc.bulk?.customers ?? 0),
    payment_methods: sc.payment_methods.length,
  };
}
