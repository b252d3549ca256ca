import type { Provenance } from './provenance.js';

// Reading and marking a record's provenance needs no schema: these helpers live apart from
// provenance.ts (its zod schemas), so the card that verifies a fact does not load zod.

/** A record's provenance: the record's `source` and its per-fact `facts`. */
export interface WithProvenance {
  source?: Provenance | undefined;
  facts?: Record<string, Provenance> | undefined;
}

/** Where one fact of a record came from: its own entry in `facts`, else the record's `source`. */
export interface FactSource {
  /** The fact's path (`credit.rating`); undefined for the record as a whole. */
  readonly path: string | undefined;
  readonly provenance: Provenance;
  /** True when the fact has no entry of its own and the record's source stands for it. */
  readonly inherited: boolean;
}

/**
 * The provenance of a fact: its entry in `facts`, else the record's `source` (inherited), else
 * undefined. Without `path`, the record's own source.
 *
 * @example
 * factSource({ source: importSource }, 'mobile') // { path: 'mobile', provenance: importSource, inherited: true }
 */
export function factSource(record: WithProvenance, path?: string): FactSource | undefined {
  const own = path === undefined ? undefined : record.facts?.[path];
  if (own) return { path, provenance: own, inherited: false };
  return record.source ? { path, provenance: record.source, inherited: path !== undefined } : undefined;
}

/**
 * A copy of a record whose fact at `path` (or, without `path`, whose source) is marked verified
 * (核实真实性). A fact that only inherits the record's source gets its own entry, so verifying one
 * fact does not vouch for the rest. Undefined when there is no provenance to verify.
 *
 * @example
 * markVerified({ source: { channel: 'exhibition', verified: false, collectedAt, collectedBy: 'rep-7' } })?.source?.verified // true
 */
export function markVerified<T extends WithProvenance>(record: T, path?: string): T | undefined {
  const found = factSource(record, path);
  if (!found) return undefined;
  const verified = { ...found.provenance, verified: true };
  if (path === undefined) return { ...record, source: verified };
  return { ...record, facts: { ...record.facts, [path]: verified } };
}

/**
 * The provenance an import stamps on the records it writes: channel `import`, unverified,
 * collected now by the importer, the note naming the file.
 *
 * @example
 * importProvenance({ at: new Date('2026-03-01T02:00:00Z'), by: 'rep-7', file: 'customers.xlsx' })
 * // { channel: 'import', verified: false, collectedAt: 2026-03-01T02:00:00.000Z, collectedBy: 'rep-7', note: 'customers.xlsx' }
 */
export function importProvenance(options: { at: Date; by: string; file?: string | undefined }): Provenance {
  const file = options.file?.trim().slice(0, 2000);
  return { channel: 'import', verified: false, collectedAt: options.at, collectedBy: options.by, ...(file ? { note: file } : {}) };
}
