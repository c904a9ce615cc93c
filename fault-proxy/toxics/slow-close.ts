import { z } from 'zod';
import type { ToxicDefinition } from './registry.ts';

const attributes = z.object({ delay: z.int() });

/**
 * Passes data unchanged but holds the end of the stream for `delay` ms before closing. If the toxic
 * is changed or removed meanwhile, the end of the stream is put back (Toxiproxy drops it there and
 * the connection never closes; keeping it is the one deliberate difference).
 * @see https://github.com/Shopify/toxiproxy#slow_close
 */
export const slowClose: ToxicDefinition<z.infer<typeof attributes>> = {
  type: 'slow_close',
  goName: 'SlowCloseToxic',
  attributes,
  async pipe(stub, { delay }) {
    for (;;) {
      const chunk = await stub.read();
      if (typeof chunk === 'symbol') return;
      if (chunk !== null) {
        stub.write(chunk);
        continue;
      }
      if (await stub.sleep(delay)) return stub.close();
      return stub.unread(null);
    }
  },
};
