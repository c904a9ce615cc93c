import type { SimulatorRuntime } from '../runtime.ts';
import { faultRoutes } from './fault-routes.ts';
import type { FaultRules } from './fault-rules.ts';
import { ControlError, type ControlRoute } from './route.ts';
import { scenarioRoutes } from './scenario-routes.ts';
import { summarize } from './summary.ts';

/**
 * The `/__sim` control API's route table: reset, config, the request journal, the state dump,
 * the clock, scenarios and faults. Test-only; see docs/simulator.md for bodies and examples.
 */
export function controlRoutes(rt: SimulatorRuntime, faults: FaultRules): ControlRoute[] {
  const { services, journal, clock } = rt;
  return [
    {
      method: 'POST',
      path: '/reset',
      description:
        'Back to the baseline (fresh install + start-up scenario and config); clears the journal and the faults.',
      handler: async () => {
        rt.reset();
        faults.clear();
        await services.store.flush();
      },
    },
    {
      method: 'GET',
      path: '/config',
      description: 'Every config value set explicitly, keyed `default/<path>`, `stores/<code>/<path>`, ...',
      handler: () => services.config.overrides(),
    },
    {
      method: 'PUT',
      path: '/config',
      description:
        'Sets config values: `{"<path>": "<value>", ...}` (Magento paths, as bin/magento config:set).',
      handler: async ({ body }) => {
        if (!body || typeof body !== 'object' || Array.isArray(body))
          throw new ControlError('Send {"path": "value", ...}.');
        services.store.transaction(() => {
          for (const [k, v] of Object.entries(body)) services.config.set(k, String(v));
        });
        await services.store.flush();
        return services.config.overrides();
      },
    },
    {
      method: 'GET',
      path: '/journal',
      description: 'Requests seen, oldest first; `?unhandled=1` only those no route matched; `?since=<seq>`.',
      handler: ({ query }) =>
        journal.list({
          ...(query.get('unhandled') ? { unhandled: query.get('unhandled') === '1' } : {}),
          ...(query.get('since') ? { since: Number(query.get('since')) } : {}),
        }),
    },
    {
      method: 'DELETE',
      path: '/journal',
      description: 'Clears the journal.',
      handler: () => journal.clear(),
    },
    {
      method: 'GET',
      path: '/state',
      description: 'The whole state as JSON.',
      handler: () => services.store.dump(),
    },
    {
      method: 'GET',
      path: '/clock',
      description: 'The simulated time.',
      handler: () => ({ now: clock.now(), iso: new Date(clock.now()).toISOString() }),
    },
    {
      method: 'PUT',
      path: '/clock',
      description:
        '`{"advanceMs": N}` moves time forward; `{"freezeAt": ms}` pins it; `{"reset": true}` back to real time.',
      handler: ({ body }) => {
        const b = (body ?? {}) as { advanceMs?: unknown; freezeAt?: unknown; reset?: unknown };
        if (b.reset === true) clock.reset();
        else if (typeof b.advanceMs === 'number') clock.advance(b.advanceMs);
        else if (typeof b.freezeAt === 'number') clock.freeze(b.freezeAt);
        else throw new ControlError('Send {"advanceMs": N}, {"freezeAt": ms} or {"reset": true}.');
        return { now: clock.now(), iso: new Date(clock.now()).toISOString() };
      },
    },
    {
      method: 'GET',
      path: '/info',
      description: 'The simulated release and edition, and the store views (code, name, website).',
      handler: () => summarize(services),
    },
    ...scenarioRoutes(rt, faults),
    ...faultRoutes(faults),
  ];
}
