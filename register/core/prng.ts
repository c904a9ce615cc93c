/**
 * A small seeded PRNG (mulberry32). The register's own randomness (retry jitter, generated ids)
 * comes from the session seed so a run, and a failing test, can be replayed exactly.
 * Not for secrets: OAuth nonces use the platform's random source instead.
 */
export type Rng = () => number;

/** Returns a generator of floats in [0, 1) fully determined by `seed` (any 32-bit integer). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max] drawn from `rng`. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}
