/**
 * Anonymised analytics export (domain.md §6: anonymous identities, aggregate rather than
 * individual data): pseudonymous ids by keyed hash, generalised quasi-identifiers, and
 * suppression of groups smaller than k.
 */

const encoder = new TextEncoder();

/**
 * Creates the HMAC key for pseudonyms from the embedder's secret bytes. The same key gives
 * the same pseudonym for the same id, so exports can be joined; without the key a pseudonym
 * cannot be traced back.
 *
 * @example
 * const key = await importPseudonymKey(crypto.getRandomValues(new Uint8Array(32)));
 */
export function importPseudonymKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/**
 * The pseudonym of an id: HMAC-SHA-256, hex, cut to `length` characters (default 16 = 64 bits).
 *
 * @example
 * await pseudonym('c-000123', key) // 'a3f09c…'
 */
export async function pseudonym(id: string, key: CryptoKey, length = 16): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(id)));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex.slice(0, length);
}

/**
 * An age generalised to a band of `width` years: `30–39`.
 *
 * @example
 * ageBand(34) // '30–39'
 */
export function ageBand(age: number, width = 10): string {
  const start = Math.floor(age / width) * width;
  return `${start}–${start + width - 1}`;
}

/**
 * A money amount generalised to an order-of-magnitude band: `10k–100k`.
 *
 * @example
 * amountBand(52_000) // '10k–100k'
 */
export function amountBand(amount: number): string {
  if (amount <= 0) return '≤0';
  const bands: [number, string][] = [
    [1e3, '<1k'],
    [1e4, '1k–10k'],
    [1e5, '10k–100k'],
    [1e6, '100k–1M'],
    [1e7, '1M–10M'],
  ];
  for (const [limit, label] of bands) if (amount < limit) return label;
  return '≥10M';
}

/**
 * Keeps the rows whose combination of quasi-identifiers is shared by at least `k` rows
 * (k-anonymity); the others are suppressed and counted.
 *
 * @example
 * suppressSmallGroups(rows, ['province', 'ageBand'], { k: 5 }) // { rows, suppressed: 3 }
 */
export function suppressSmallGroups<T extends Record<string, unknown>>(
  rows: readonly T[],
  quasiIdentifiers: readonly (keyof T)[],
  options: { k?: number } = {},
): { rows: T[]; suppressed: number } {
  const k = options.k ?? 5;
  const keyOf = (row: T) => JSON.stringify(quasiIdentifiers.map((name) => row[name] ?? null));
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1);
  const kept = rows.filter((row) => (counts.get(keyOf(row)) ?? 0) >= k);
  return { rows: kept, suppressed: rows.length - kept.length };
}
