import { z } from 'zod';
import type { ToxicDefinition } from './registry.ts';
import { TIMED_OUT } from './toxic-stub.ts';

const attributes = z.object({ timeout: z.int() });

/**
 * Stops all data in its direction (it is dropped). With `timeout` > 0 the connection is closed once
 * nothing has arrived for that many ms (each chunk restarts the wait); with 0 it hangs until the
 * toxic is removed, and removal closes the connection since bytes were lost.
 * @see https://github.com/Shopify/toxiproxy#timeout
 */
export const timeout: ToxicDefinition<z.infer<typeof attributes>> = {
  type: 'timeout',
  goName: 'TimeoutToxic',
  attributes,
  async pipe(stub, { timeout }) {
    for (;;) {
      const chunk = await stub.read(timeout > 0 ? timeout : undefined);
      if (chunk === null || chunk === TIMED_OUT) return stub.close();
      if (typeof chunk === 'symbol') return;
    }
  },
  cleanup: (stub) => stub.close(),
};
