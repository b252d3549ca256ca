const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Exact sums of integers (fen, counts) in `size` slots, one per customer, product, grade …:
 * a double per slot while every partial sum stays a safe integer (one addition and two
 * comparisons per value), BigInt for a slot once a value or a partial sum leaves that range.
 * Integer addition is associative, so a sum never depends on the order of the values:
 * 1e18, 100, −1e18, 100 (fen) sum to 200 in any order.
 *
 * @example
 * const sums = new ExactSums(1);
 * for (const fen of [1e18, 100, -1e18, 100]) sums.add(0, fen);
 * sums.value(0) // 200
 */
export class ExactSums {
  readonly #fast: Float64Array;
  #big: Map<number, bigint> | undefined;

  constructor(size: number) {
    this.#fast = new Float64Array(size);
  }

  /** Adds the integer `value` to slot `slot`. */
  add(slot: number, value: number): void {
    // The previous sum is a safe integer, so a result within ±MAX is exact (rounding is
    // monotonic: a true sum beyond MAX cannot round back into range).
    const s = this.#fast[slot]! + value;
    if (s <= MAX && s >= -MAX) {
      this.#fast[slot] = s;
      return;
    }
    this.#addBig(slot, value);
  }

  #addBig(slot: number, value: number): void {
    if (!Number.isInteger(value)) throw new RangeError(`not an integer: ${value}`);
    const big = (this.#big ??= new Map());
    const before = big.get(slot) ?? BigInt(this.#fast[slot]!);
    big.set(slot, before + BigInt(value));
    // NaN makes every later fast addition fail its range check, so the slot stays in BigInt.
    this.#fast[slot] = Number.NaN;
  }

  /** The exact sum of a slot. */
  exact(slot: number): bigint {
    return this.#big?.get(slot) ?? BigInt(this.#fast[slot]!);
  }

  /** The sum of a slot as a double: exact while it is a safe integer, else the nearest double. */
  value(slot: number): number {
    const big = this.#big?.get(slot);
    return big === undefined ? this.#fast[slot]! : Number(big);
  }

  /** The sum of a slot in fen as yuan (`fromFen`): the double nearest to the exact decimal. */
  yuan(slot: number): number {
    const big = this.#big?.get(slot);
    return (big === undefined ? this.#fast[slot]! : Number(big)) / 100;
  }

  /** The exact sum of every slot (e.g. the total of a table), as a double: exact while a safe integer. */
  total(): number {
    const total = new ExactSums(1);
    if (this.#big === undefined) for (let i = 0; i < this.#fast.length; i++) total.add(0, this.#fast[i]!);
    else {
      let big = 0n;
      for (let i = 0; i < this.#fast.length; i++) big += this.exact(i);
      return Number(big);
    }
    return total.value(0);
  }

  /** Every slot's sum as yuan (a slot's fen / 100), in a new array. */
  yuanArray(): Float64Array {
    const out = new Float64Array(this.#fast.length);
    for (let i = 0; i < out.length; i++) out[i] = this.yuan(i);
    return out;
  }
}

/**
 * The exact sum of integers, in any order: see `ExactSums`.
 *
 * @example
 * exactSum([1e18, 100, -1e18, 100]) // 200n
 */
export function exactSum(values: Iterable<number>): bigint {
  const sums = new ExactSums(1);
  for (const v of values) sums.add(0, v);
  return sums.exact(0);
}
