import type { FaultRuleSpec } from './fault-rule.ts';
import type { FaultRules } from './fault-rules.ts';
import { ControlError, type ControlRoute } from './route.ts';

/**
 * `/__sim/faults`: application-level faults in front of Magento's handlers (a CDN's 429, a 5xx
 * with Magento's body, a delay, an applied request whose response is never sent).
 */
export function faultRoutes(faults: FaultRules): ControlRoute[] {
  return [
    {
      method: 'POST',
      path: '/faults',
      description:
        'Adds a rule `{method?, path, action: "429"|"5xx"|"delay"|"commit-then-drop", status?, retryAfter?, body?, delayMs?, times?, name?}`; answers it with its id.',
      handler: ({ body }) => faults.add(body as FaultRuleSpec),
    },
    {
      method: 'GET',
      path: '/faults',
      description: 'The rules, in the order they are tried, with their hit counts.',
      handler: () => faults.list(),
    },
    {
      method: 'DELETE',
      path: '/faults/:id',
      description: 'Removes one rule.',
      handler: ({ params }) => {
        if (!faults.remove(Number(params['id'])))
          throw new ControlError(`No fault rule with id ${params['id']}.`, 404);
      },
    },
    {
      method: 'DELETE',
      path: '/faults',
      description: 'Removes every rule.',
      handler: () => faults.clear(),
    },
  ];
}
