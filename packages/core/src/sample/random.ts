/**
 * A small, fast, seeded pseudo-random generator for the sample data: sfc32 (Chris Doty-Humphrey's
 * "small fast counter", 128-bit state), seeded through splitmix32. It is used instead of
 * `Math.random` so that the same seed always gives the same archive, and instead of faker in
 * the hot loop of the columnar generator because it costs a few nanoseconds per number.
 */

/** A seed: a number (its 32-bit integer part is used) or a text (hashed). */
export type Seed = number | string;

/** One step of splitmix32: a well-mixed 32-bit integer from a 32-bit state. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A 32-bit integer for a seed and any number of stream keys, so that independent parts of the
 * archive (customer 17's lines, customer 18's lines, the product catalogue…) get independent
 * streams and one part can be regenerated without the others.
 *
 * @example
 * mixSeed(42, 17) === mixSeed(42, 17) // true
 * mixSeed(42, 17) !== mixSeed(42, 18) // true
 */
export function mixSeed(seed: Seed, ...keys: readonly number[]): number {
  let h: number;
  if (typeof seed === 'string') {
    // FNV-1a over UTF-16 code units, then mixed.
    h = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  } else {
    h = Math.trunc(seed) | 0;
    // Keep the high part of seeds beyond 32 bits.
    h ^= Math.trunc(seed / 4294967296) | 0;
  }
  h = splitmix32(h);
  for (const key of keys) h = splitmix32(h ^ Math.imul(key | 0, 0x27d4eb2d));
  return h;
}

/**
 * A seeded random stream.
 *
 * @example
 * const random = new Random(mixSeed(42));
 * random.next() // a float in [0, 1), the same for every run with seed 42
 * random.int(6) // an integer in 0..5
 */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;
  /** A spare normal deviate from the last Box–Muller pair. */
  #spare = Number.NaN;

  constructor(seed: number) {
    this.#a = splitmix32(seed);
    this.#b = splitmix32(this.#a ^ 0x6a09e667);
    this.#c = splitmix32(this.#b ^ 0xbb67ae85);
    this.#d = 1;
    // splitmix32 already spreads close seeds apart; a few rounds mix the counter in.
    for (let i = 0; i < 4; i++) this.uint32();
  }

  /** The next unsigned 32-bit integer. */
  uint32(): number {
    const a = this.#a;
    const b = this.#b;
    const c = this.#c;
    const d = (this.#d + 1) | 0;
    const t = (((a + b) | 0) + d) | 0;
    this.#d = d;
    this.#a = b ^ (b >>> 9);
    this.#b = (c + (c << 3)) | 0;
    this.#c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in `0 .. n - 1`. */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in `min .. max` (both included). */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(values: readonly T[]): T {
    return values[this.int(values.length)] as T;
  }

  /** One element chosen with the given weights (same length as `values`). */
  weighted<T>(values: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.next() * total;
    for (let i = 0; i < values.length; i++) {
      u -= weights[i] ?? 0;
      if (u < 0) return values[i] as T;
    }
    return values[values.length - 1] as T;
  }

  /**
   * An index chosen with the weights whose running sums are `cumulative` (entry `k` is the sum
   * of weights `0..k`); faster than `weighted` when the same weights are used many times.
   */
  weightedIndex(cumulative: Float64Array): number {
    const u = this.next() * (cumulative[cumulative.length - 1] ?? 0);
    let k = 0;
    while (k < cumulative.length - 1 && (cumulative[k] ?? 0) <= u) k++;
    return k;
  }

  /** `count` distinct elements, in random order (all of them when `count` exceeds the length). */
  sample<T>(values: readonly T[], count: number): T[] {
    const pool = values.slice();
    const n = Math.min(count, pool.length);
    for (let i = 0; i < n; i++) {
      const j = i + this.int(pool.length - i);
      const swap = pool[i] as T;
      pool[i] = pool[j] as T;
      pool[j] = swap;
    }
    return pool.slice(0, n);
  }

  /** A standard normal deviate (Box–Muller, polar form). */
  normal(): number {
    if (!Number.isNaN(this.#spare)) {
      const spare = this.#spare;
      this.#spare = Number.NaN;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = this.next() * 2 - 1;
      v = this.next() * 2 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    this.#spare = v * factor;
    return u * factor;
  }

  /** A log-normal deviate with median `median` and log-scale spread `sigma`. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /**
   * A Pareto deviate with scale `minimum` and shape `alpha`: P(X > x) = (minimum / x)^alpha.
   * alpha = log 5 / log 4 ≈ 1.16 is the shape of the 80/20 rule.
   */
  pareto(alpha: number, minimum = 1): number {
    return minimum / Math.pow(1 - this.next(), 1 / alpha);
  }

  /** Number of failures before the first success, success probability `p`. */
  geometric(p: number): number {
    if (p >= 1) return 0;
    return Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
  }
}
