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
