/**
 * Text values looked up by their bytes: a CSV reader asks for the string of a field without
 * making a string per cell. The first time a byte sequence is seen, `make` turns it into its value
 * (for example the field decoded and trimmed) and it is remembered; afterwards the same bytes give
 * the same value from an open-addressing hash table over the bytes (FNV-1a), with no allocation.
 *
 * @example
 * const ids = new ByteDictionary((bytes, start, end) => bytes.toString('utf8', start, end).trim());
 * ids.get(Buffer.from('c1,c2'), 0, 2) // 'c1'
 */
export class ByteDictionary<V> {
  #keys = new Uint8Array(1 << 16);
  #used = 0;
  #starts = new Int32Array(1024);
  #lengths = new Int32Array(1024);
  #hashes = new Int32Array(1024);
  #values: V[] = [];
  #slots = new Int32Array(2048).fill(-1);
  #mask = 2047;
  // The last key looked up: consecutive lines of a book often name the same customer or order.
  #lastStart = -1;
  #lastLength = -1;
  #lastEntry = -1;

  constructor(private readonly make: (bytes: Buffer, start: number, end: number) => V) {}

  /** Number of distinct byte sequences seen. */
  get size(): number {
    return this.#values.length;
  }

  /** The value of `bytes[start, end)`. */
  get(bytes: Buffer, start: number, end: number): V {
    const length = end - start;
    if (length === this.#lastLength && this.#equal(bytes, start, this.#lastStart, length)) return this.#values[this.#lastEntry]!;
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    const mask = this.#mask;
    let slot = hash & mask;
    for (;;) {
      const entry = this.#slots[slot]!;
      if (entry === -1) break;
      if (this.#hashes[entry] === hash && this.#lengths[entry] === length && this.#equal(bytes, start, this.#starts[entry]!, length)) {
        this.#remember(entry);
        return this.#values[entry]!;
      }
      slot = (slot + 1) & mask;
    }
    const entry = this.#add(bytes, start, length, hash, slot);
    this.#remember(entry);
    return this.#values[entry]!;
  }

  #remember(entry: number): void {
    this.#lastEntry = entry;
    this.#lastStart = this.#starts[entry]!;
    this.#lastLength = this.#lengths[entry]!;
  }

  #equal(bytes: Uint8Array, start: number, keyStart: number, length: number): boolean {
    const keys = this.#keys;
    for (let k = 0; k < length; k++) if (bytes[start + k] !== keys[keyStart + k]) return false;
    return true;
  }

  #add(bytes: Buffer, start: number, length: number, hash: number, slot: number): number {
    const entry = this.#values.length;
    if (this.#used + length > this.#keys.length) {
      const keys = new Uint8Array(Math.max(this.#keys.length * 2, this.#used + length));
      keys.set(this.#keys.subarray(0, this.#used));
      this.#keys = keys;
    }
    if (entry === this.#starts.length) {
      const grow = (old: Int32Array) => {
        const next = new Int32Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.#starts = grow(this.#starts);
      this.#lengths = grow(this.#lengths);
      this.#hashes = grow(this.#hashes);
    }
    this.#keys.set(bytes.subarray(start, start + length), this.#used);
    this.#starts[entry] = this.#used;
    this.#lengths[entry] = length;
    this.#hashes[entry] = hash;
    this.#used += length;
    this.#values.push(this.make(bytes, start, start + length));
    this.#slots[slot] = entry;
    // Keep the table at most half full.
    if ((entry + 1) * 2 > this.#mask) this.#rehash();
    return entry;
  }

  #rehash(): void {
    const size = (this.#mask + 1) * 2;
    const slots = new Int32Array(size).fill(-1);
    const mask = size - 1;
    for (let entry = 0; entry < this.#values.length; entry++) {
      let slot = this.#hashes[entry]! & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}
