import * as z from 'zod/mini';
import { sourceChannelSchema } from '../enums/schemas.js';
import { field, localizedText } from './field-meta.js';
import { trimmedText } from './field-builders.js';
import { instantSchema } from './temporal.js';

/**
 * Where a fact came from (信息来源): the source channel, whether it was verified (核实真实性),
 * when and by whom it was collected. Sources differ in accuracy, so the archive keeps this with
 * the fact instead of overwriting it.
 *
 * @example
 * provenanceSchema.parse({ channel: 'exhibition', verified: false, collectedAt: '2025-03-01T02:00:00.000Z', collectedBy: 'rep-7' })
 */
export const provenanceSchema = z.object({
  channel: field(sourceChannelSchema, { label: localizedText('Source channel', '信息来源'), kind: 'enum', vocabulary: 'sourceChannels' }),
  verified: field(z.boolean(), { label: localizedText('Verified', '已核实'), kind: 'boolean' }),
  collectedAt: field(instantSchema, { label: localizedText('Collected at', '收集时间'), kind: 'instant' }),
  collectedBy: field(z.string().check(z.minLength(1)), { label: localizedText('Collected by', '收集人'), kind: 'reference' }),
  note: field(z.optional(trimmedText(2000)), { label: localizedText('Source note', '来源说明'), kind: 'text' }),
});

/** Provenance of a fact. */
export type Provenance = z.infer<typeof provenanceSchema>;

/**
 * The provenance fields every record carries: `source` for the record as a whole and `facts`
 * for single facts, keyed by field path (`credit.rating`, `addresses[0].street` …).
 *
 * @example
 * z.object({ ...provenanceFields }).parse({ facts: {} })
 */
export const provenanceFields = {
  source: field(z.optional(provenanceSchema), { label: localizedText('Source', '信息来源'), sensitivity: 'internal', level: 1 }),
  facts: field(z.optional(z.record(z.string().check(z.minLength(1)), provenanceSchema)), {
    label: localizedText('Sources of facts', '各项信息来源'),
    sensitivity: 'internal',
    level: 1,
  }),
};

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
