import { z } from 'zod';
import type { ToxicDefinition } from './registry.ts';

const attributes = z.object({ bytes: z.int() });

/**
 * Lets at most `bytes` bytes through per connection and direction (the chunk crossing the limit is
 * cut), then closes the connection. The count survives updates of the toxic.
 * @see https://github.com/Shopify/toxiproxy#limit_data
 */
export const limitData: ToxicDefinition<z.infer<typeof attributes>, { transmitted: number }> = {
  type: 'limit_data',
  goName: 'LimitDataToxic',
  attributes,
  newState: () => ({ transmitted: 0 }),
  async pipe(stub, { bytes }) {
    const state = stub.state;
    let remaining = bytes - state.transmitted;
    for (;;) {
      const chunk = await stub.read();
      if (chunk === null) return stub.close();
      if (typeof chunk === 'symbol') return;
      remaining = Math.max(0, remaining);
      const data = remaining < chunk.data.length ? chunk.data.subarray(0, remaining) : chunk.data;
      if (data.length > 0) {
        stub.write({ data, ts: chunk.ts });
        state.transmitted += data.length;
      }
      remaining = bytes - state.transmitted;
      if (remaining <= 0) return stub.close();
    }
  },
};
