import { duplicateCandidateOf, findDuplicates } from '@dossier/core';
import type { DuplicateCandidate, DuplicatePair } from '@dossier/core';
import { maxPageSize } from './query.js';
import type { ListPage, ReadOptions } from './query.js';

/** What {@link scanDuplicates} needs of a store: its `list` of customers. */
export interface DuplicateScanSource {
  list(kind: 'customer', query?: { limit?: number; sort?: 'id'; cursor?: string; viewer?: ReadOptions['viewer'] }): Promise<ListPage<unknown, 'customer'>>;
}

/** Options of {@link scanDuplicates}. */
export interface ScanDuplicatesOptions extends ReadOptions {
  /** Customers per `list` page (1 … `maxPageSize`, default `maxPageSize`). */
  pageSize?: number | undefined;
  /** Least score of a pair reported (core's `findDuplicates`, default 0.5). */
  minScore?: number | undefined;
  /** A key shared by more records than this is no evidence (default 50). */
  maxGroupSize?: number | undefined;
  /** Called after each page with the number of customers read so far. */
  onProgress?: ((scanned: number) => void) | undefined;
}

/** What {@link scanDuplicates} found. */
export interface DuplicateScan {
  /** Customers read. */
  readonly scanned: number;
  /** Likely duplicate pairs, best first, each with its reasons. */
  readonly pairs: DuplicatePair[];
  /** The name of every customer in a pair (Chinese, else English), to show beside its id. */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * Scans every live customer of a store for likely duplicates: the customers are read page by
 * page (by id), each reduced to what detection reads (core's `duplicateCandidateOf`: names,
 * credit code, mobile and phone, email), and core's `findDuplicates` groups them by blocking
 * keys (normalised name, pinyin, credit code, phone, email), so the cost grows with the matches,
 * not with every pair. Behind a privacy store, pass the `viewer`: it scans what that person sees.
 *
 * @example
 * const { scanned, pairs } = await scanDuplicates(store);
 * for (const pair of pairs) console.log(pair.a, pair.b, pair.reasons.join(', '));
 */
export async function scanDuplicates(store: DuplicateScanSource, options: ScanDuplicatesOptions = {}): Promise<DuplicateScan> {
  const limit = options.pageSize ?? maxPageSize;
  const candidates: DuplicateCandidate[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list('customer', { limit, sort: 'id', ...(cursor === undefined ? {} : { cursor }), ...(options.viewer ? { viewer: options.viewer } : {}) });
    for (const item of page.items) candidates.push(duplicateCandidateOf(item.value as { id: string } & Record<string, unknown>));
    options.onProgress?.(candidates.length);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return duplicateScanOf(candidates, options);
}

/**
 * {@link scanDuplicates}' answer for candidates already in hand (an archive file's customers):
 * core's `findDuplicates` plus the names of the customers in pairs.
 *
 * @example
 * duplicateScanOf(customers.map(duplicateCandidateOf), { minScore: 0.8 }).pairs
 */
export function duplicateScanOf(candidates: readonly DuplicateCandidate[], options: Pick<ScanDuplicatesOptions, 'minScore' | 'maxGroupSize'> = {}): DuplicateScan {
  const pairs = findDuplicates(candidates, {
    ...(options.minScore === undefined ? {} : { minScore: options.minScore }),
    ...(options.maxGroupSize === undefined ? {} : { maxGroupSize: options.maxGroupSize }),
  });
  const inPairs = new Set(pairs.flatMap((pair) => [pair.a, pair.b]));
  const names = new Map(candidates.filter((c) => inPairs.has(c.id)).map((c) => [c.id, c.name]));
  return { scanned: candidates.length, pairs, names };
}
