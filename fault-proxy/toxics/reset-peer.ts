import { z } from 'zod';
import type { ToxicDefinition } from './registry.ts';

const attributes = z.object({ timeout: z.int() });

/**
 * Resets the connection `timeout` ms after the first data in its direction, dropping that data.
 * Connections opened while a reset_peer toxic is on the proxy close with RST (linger 0), so the
 * peer reads ECONNRESET. The wait ignores interrupts, as Toxiproxy's does.
 * @see https://github.com/Shopify/toxiproxy#reset_peer
 */
export const resetPeer: ToxicDefinition<z.infer<typeof attributes>> = {
  type: 'reset_peer',
  goName: 'ResetToxic',
  attributes,
  async pipe(stub, { timeout }) {
    const chunk = await stub.read();
    if (typeof chunk === 'symbol') return;
    await stub.pause(timeout);
    stub.close();
  },
};
