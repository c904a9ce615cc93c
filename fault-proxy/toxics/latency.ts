import { z } from 'zod';
import type { ToxicDefinition } from './registry.ts';

const attributes = z.object({ latency: z.int(), jitter: z.int() });

/**
 * Delays each chunk by `latency` ± `jitter` ms counted from when the proxy received it, so a busy
 * link keeps its throughput and stacked latency toxics add up (the chunk's stamp moves on by the
 * time slept). An interrupted chunk is forwarded at once.
 * @see https://github.com/Shopify/toxiproxy#latency
 */
export const latency: ToxicDefinition<z.infer<typeof attributes>> = {
  type: 'latency',
  goName: 'LatencyToxic',
  attributes,
  bufferSize: 1024,
  async pipe(stub, { latency, jitter }) {
    for (;;) {
      const chunk = await stub.read();
      if (chunk === null) return stub.close();
      if (typeof chunk === 'symbol') return;
      const delay = latency + (jitter > 0 ? stub.random.int(2 * jitter) - jitter : 0);
      const sleep = delay - (stub.now() - chunk.ts);
      const slept = await stub.sleep(sleep);
      if (slept) chunk.ts += sleep;
      stub.write(chunk);
      if (!slept) return;
    }
  },
};
