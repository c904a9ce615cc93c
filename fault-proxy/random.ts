/**
 * Seedable randomness for toxicity rolls, jitter and slicer offsets, so a test run with a seed
 * rolls the same way every time (Toxiproxy uses Go's global math/rand, which cannot be seeded).
 */
export interface Random {
  /** A float in [0, 1). */
  float(): number;
  /** An integer in [0, n); 0 when n <= 0. */
  int(n: number): number;
}

/** sfc32, a small fast generator with a 128-bit state, seeded from one 32-bit number. */
export function seededRandom(seed: number = Date.now()): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return { float: next, int: (n) => (n > 0 ? Math.floor(next() * n) : 0) };
}
