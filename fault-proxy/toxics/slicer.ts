import { z } from 'zod';
import type { Random } from '../random.ts';
import type { ToxicDefinition } from './registry.ts';

const attributes = z.object({ average_size: z.int(), size_variation: z.int(), delay: z.int() });
type SlicerAttributes = z.infer<typeof attributes>;

/**
 * Cut points for `length` bytes: halves recursively around the midpoint ± a random offset in
 * [-size_variation, size_variation) until a piece is within average_size + size_variation.
 * Returns [start0, end0, start1, end1, ...]. Out-of-range attributes that make Toxiproxy panic or
 * recurse forever (average_size < 1, a variation larger than half a piece) are clamped.
 */
export function sliceOffsets(length: number, a: SlicerAttributes, random: Random): number[] {
  const average = Math.max(1, a.average_size);
  const variation = Math.max(0, a.size_variation);
  const out: number[] = [];
  const cut = (start: number, end: number): void => {
    if (end - start - average <= variation || end - start < 2) {
      out.push(start, end);
      return;
    }
    const offset = variation > 0 ? random.int(variation * 2) - variation : 0;
    const mid = Math.min(end - 1, Math.max(start + 1, start + Math.floor((end - start) / 2) + offset));
    cut(start, mid);
    cut(mid, end);
  };
  cut(0, length);
  return out;
}

/**
 * Splits each chunk into smaller pieces (see sliceOffsets) sent `delay` microseconds apart; bytes
 * and order are kept.
 * @see https://github.com/Shopify/toxiproxy#slicer
 */
export const slicer: ToxicDefinition<SlicerAttributes> = {
  type: 'slicer',
  goName: 'SlicerToxic',
  attributes,
  async pipe(stub, attrs) {
    for (;;) {
      const chunk = await stub.read();
      if (chunk === null) return stub.close();
      if (typeof chunk === 'symbol') return;
      const cuts = sliceOffsets(chunk.data.length, attrs, stub.random);
      for (let i = 1; i < cuts.length; i += 2) {
        const end = cuts[i] as number;
        stub.write({ data: chunk.data.subarray(cuts[i - 1], end), ts: chunk.ts });
        if (!(await stub.sleep(attrs.delay / 1000))) {
          if (end < chunk.data.length) stub.write({ data: chunk.data.subarray(end), ts: chunk.ts });
          return;
        }
      }
    }
  },
};
