import { z } from 'zod';
import type { ToxicDefinition } from './registry.ts';

const attributes = z.object({ rate: z.int() });

/**
 * Limits a direction to `rate` KB/s (1 KB = 1000 bytes): a chunk leaves len/rate ms after the one
 * before it (or after it arrived, when the link was idle); chunks larger than rate*100 bytes go out
 * in rate*100-byte pieces every 100 ms. The schedule is kept against the clock, so late timers and
 * scheduling delays do not add up (Toxiproxy carries over only the timer error). Rate 0 holds the
 * data until the toxic is changed or removed, as in Toxiproxy.
 * @see https://github.com/Shopify/toxiproxy#bandwidth
 */
export const bandwidth: ToxicDefinition<z.infer<typeof attributes>> = {
  type: 'bandwidth',
  goName: 'BandwidthToxic',
  attributes,
  validate: ({ rate }) => (rate < 0 ? 'rate must not be negative' : undefined),
  async pipe(stub, { rate }) {
    let due = stub.now();
    for (;;) {
      const chunk = await stub.read();
      if (chunk === null) return stub.close();
      if (typeof chunk === 'symbol') return;
      if (rate <= 0) {
        while (await stub.sleep(100));
        return stub.write(chunk);
      }
      due = Math.max(due, chunk.ts);
      const piece = rate * 100;
      while (chunk.data.length > piece) {
        due += 100;
        if (!(await stub.sleep(due - stub.now()))) return stub.write(chunk);
        stub.write({ data: chunk.data.subarray(0, piece), ts: chunk.ts });
        chunk.data = chunk.data.subarray(piece);
      }
      due += chunk.data.length / rate;
      const slept = await stub.sleep(due - stub.now());
      stub.write(chunk);
      if (!slept) return;
    }
  },
};
