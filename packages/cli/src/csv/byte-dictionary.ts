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
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot]!;
      if (entry === -1) break;
      if (this.#hashes[entry] === hash && this.#lengths[entry] === length && this.#equal(bytes, start, this.#starts[entry]!, length)) {
        this.#remember(entry);
        return this.#values[entry]!;
      }
    }
    const entry = this.#add(bytes, start, length, hash);
    this.#remember(entry);
    return this.#values[entry]!;
  }

  /** The value of `bytes[start, end)` when those bytes were seen before, else undefined (nothing is added). */
  find(bytes: Buffer, start: number, end: number): V | undefined {
    const length = end - start;
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    const mask = this.#mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot]!;
      if (entry === -1) return undefined;
      if (this.#hashes[entry] === hash && this.#lengths[entry] === length && this.#equal(bytes, start, this.#starts[entry]!, length)) return this.#values[entry];
    }
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

  #add(bytes: Buffer, start: number, length: number, hash: number): number {
    // The value first: `make` may look other bytes up in this dictionary (and grow it).
    const value = this.make(bytes, start, start + length);
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
    // A loop, not `set(subarray())`: keys are short, and a Buffer view per key costs more than the copy.
    const keys = this.#keys;
    for (let k = 0; k < length; k++) keys[this.#used + k] = bytes[start + k]!;
    this.#starts[entry] = this.#used;
    this.#lengths[entry] = length;
    this.#hashes[entry] = hash;
    this.#used += length;
    this.#values.push(value);
    let slot = hash & this.#mask;
    while (this.#slots[slot] !== -1) slot = (slot + 1) & this.#mask;
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

/** Whether a byte is printable ASCII other than space: a text that starts and ends with one is its own trim. */
const solid = (byte: number) => byte > 0x20 && byte < 0x7f;

/**
 * Codes of trimmed texts (ids, order numbers) given as bytes or as text: the same trimmed text
 * always gets the same code, in the order texts first appear; blank texts are -1. A text is
 * made once per distinct byte sequence and no string-keyed map is kept: bytes that are not
 * already their trimmed text are looked up again as the bytes of the trimmed text.
 *
 * With `lazy`, bytes that are already their trimmed text (first and last byte printable ASCII)
 * make no string at all: their bytes are kept and `values` decodes a text when it is read. For
 * columns that are counted, not shown (order numbers when grading: half a million strings less
 * for the garbage collector to trace).
 *
 * @example
 * const codes = new TextCodes();
 * codes.codeOf('K1') === codes.code(Buffer.from(' K1 '), 0, 4) // true (code 0)
 */
export class TextCodes {
  /** Texts by code; '' for a lazy code whose text is not made yet (a blank text has no code). */
  readonly #texts: string[] = [];
  /** Bytes of the lazy codes: code → [start, end) in #pool. */
  #pool = new Uint8Array(0);
  #used = 0;
  #starts = new Int32Array(0);
  #ends = new Int32Array(0);
  readonly #lazy: boolean;
  #values: readonly string[] | undefined;
  readonly #bytes: ByteDictionary<number>;
  /** Set by `merge`: texts were added that the byte table does not know, so it may not be asked again. */
  #merged = false;

  constructor(options: { lazy?: boolean } = {}) {
    const lazy = (this.#lazy = options.lazy ?? false);
    this.#bytes = new ByteDictionary<number>((bytes, start, end): number => {
      if (lazy && solid(bytes[start]!) && solid(bytes[end - 1]!)) return this.#keep(bytes, start, end);
      let ascii = true;
      for (let i = start; i < end && ascii; i++) ascii = bytes[i]! < 0x80;
      // ASCII bytes read as latin1 are the same text, without UTF-8 decoding.
      const raw = bytes.toString(ascii ? 'latin1' : 'utf8', start, end);
      const text = raw.trim();
      if (text === '') return -1;
      if (text.length === raw.length) return this.#texts.push(text) - 1;
      const trimmed = Buffer.from(text, 'utf8');
      return this.#bytes.get(trimmed, 0, trimmed.length);
    });
  }

  /** The texts, by code (with `lazy`, an array that makes each text when it is first read). */
  get values(): readonly string[] {
    if (!this.#lazy) return this.#texts;
    const index = (key: string | symbol): number => {
      if (typeof key !== 'string') return -1;
      const code = Number(key);
      return Number.isInteger(code) && code >= 0 && code < this.#texts.length && String(code) === key ? code : -1;
    };
    this.#values ??= new Proxy(this.#texts, {
      get: (texts, key, receiver) => {
        const code = index(key);
        return code === -1 ? (Reflect.get(texts, key, receiver) as unknown) : this.#text(code);
      },
      getOwnPropertyDescriptor: (texts, key) => {
        const code = index(key);
        if (code !== -1) this.#text(code);
        return Reflect.getOwnPropertyDescriptor(texts, key);
      },
    });
    return this.#values;
  }

  #text(code: number): string {
    let text = this.#texts[code]!;
    if (text === '') {
      const start = this.#starts[code]!;
      text = Buffer.from(this.#pool.buffer, this.#pool.byteOffset + start, this.#ends[code]! - start).toString('utf8');
      this.#texts[code] = text;
    }
    return text;
  }

  /** A new code for bytes that are their own trimmed text, kept as bytes. */
  #keep(bytes: Buffer, start: number, end: number): number {
    const code = this.#texts.push('') - 1;
    if (code >= this.#starts.length) {
      const size = Math.max(1024, this.#starts.length * 2);
      const grow = (old: Int32Array) => {
        const next = new Int32Array(size);
        next.set(old);
        return next;
      };
      this.#starts = grow(this.#starts);
      this.#ends = grow(this.#ends);
    }
    const length = end - start;
    if (this.#used + length > this.#pool.length) {
      const pool = new Uint8Array(Math.max(1 << 16, this.#pool.length * 2, this.#used + length));
      pool.set(this.#pool.subarray(0, this.#used));
      this.#pool = pool;
    }
    const pool = this.#pool;
    for (let k = start, at = this.#used; k < end; k++, at++) pool[at] = bytes[k]!;
    this.#starts[code] = this.#used;
    this.#used += length;
    this.#ends[code] = this.#used;
    return code;
  }

  /** The code of the text of `bytes[start, end)`, trimmed; -1 when blank. */
  code(bytes: Buffer, start: number, end: number): number {
    if (this.#merged) throw new Error('TextCodes: no look-up after merge');
    return this.#bytes.get(bytes, start, end);
  }

  /** The code of a text, trimmed; -1 when blank. */
  codeOf(text: string): number {
    const bytes = Buffer.from(text, 'utf8');
    return this.code(bytes, 0, bytes.length);
  }

  /**
   * The codes of the texts another reader met after this one's (text k is
   * `bytes[ends[k - 1], ends[k])`, distinct raw bytes in their order of first appearance), as
   * `code` gives them one after the other: a known text keeps its code, a new one gets the next.
   * When every text is already its own trimmed text (the common case) the byte table is only
   * searched, not grown: afterwards the table does not know the new texts and `code` may not be
   * called again (the reading is over). Otherwise each text goes through `code`.
   *
   * @example
   * codes.merge({ bytes: Buffer.from('K2K3'), ends: Int32Array.of(2, 4) }) // Int32Array [1, 2] after K1, K2
   */
  merge(texts: { bytes: Uint8Array; ends: Int32Array }): Int32Array {
    const bytes = Buffer.from(texts.bytes.buffer, texts.bytes.byteOffset, texts.bytes.length);
    const { ends } = texts;
    const out = new Int32Array(ends.length);
    let own = true;
    for (let k = 0, start = 0; k < ends.length && own; start = ends[k]!, k++) {
      const end = ends[k]!;
      if (start === end) own = false;
      else if (!solid(bytes[start]!) || !solid(bytes[end - 1]!)) {
        const text = bytes.toString('utf8', start, end);
        own = text.trim() === text && text !== '';
      }
    }
    if (!own) {
      for (let k = 0, start = 0; k < ends.length; start = ends[k]!, k++) out[k] = this.code(bytes, start, ends[k]!);
      return out;
    }
    if (this.#merged) throw new Error('TextCodes: one merge only');
    for (let k = 0, start = 0; k < ends.length; start = ends[k]!, k++) {
      const end = ends[k]!;
      const known = this.#bytes.find(bytes, start, end);
      if (known !== undefined) out[k] = known;
      else if (this.#lazy && solid(bytes[start]!) && solid(bytes[end - 1]!)) out[k] = this.#keep(bytes, start, end);
      else out[k] = this.#texts.push(bytes.toString('utf8', start, end)) - 1;
    }
    this.#merged = true;
    return out;
  }
}
