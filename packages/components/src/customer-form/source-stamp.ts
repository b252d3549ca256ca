// The provenance stamp of records made in the form, apart from the sources' templates
// (provenance.ts) so that the draft controller needs no template module.
import type { JsonObject } from './json.js';

/** The channel a record made in the form is stamped with until the person chooses another. */
export const defaultChannel = 'sales-rep';

/**
 * The provenance stamp of a record made in the form: the channel chosen (default: our
 * salesperson), unverified, collected now by the person making it. None without a signed-in
 * person (a source needs its collector).
 *
 * @example
 * newSource('rep-7', '2026-03-01T02:00:00.000Z') // { channel: 'sales-rep', verified: false, collectedAt: '2026-03-01T02:00:00.000Z', collectedBy: 'rep-7' }
 */
export function newSource(collectedBy: string | undefined, now: string, channel: string = defaultChannel): JsonObject | undefined {
  return collectedBy ? { channel, verified: false, collectedAt: now, collectedBy } : undefined;
}

/**
 * A new record with its provenance stamp ({@link newSource}), or as it is without a signed-in person.
 *
 * @example
 * stamped({ id: 'P-9' }, 'rep-7', now).source?.collectedBy // 'rep-7'
 */
export function stamped(record: JsonObject, collectedBy: string | undefined, now: string): JsonObject {
  const source = newSource(collectedBy, now);
  return source ? { ...record, source } : record;
}
