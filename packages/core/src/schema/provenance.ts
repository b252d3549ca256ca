import * as z from 'zod';
import { sourceChannelSchema } from '../enums/schemas.js';
import { field, localizedText } from './field-meta.js';
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
  collectedBy: field(z.string().min(1), { label: localizedText('Collected by', '收集人'), kind: 'reference' }),
  note: field(z.string().trim().min(1).max(2000).optional(), { label: localizedText('Source note', '来源说明'), kind: 'text' }),
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
  source: field(provenanceSchema.optional(), { label: localizedText('Source', '信息来源'), sensitivity: 'internal', level: 1 }),
  facts: field(z.record(z.string().min(1), provenanceSchema).optional(), {
    label: localizedText('Sources of facts', '各项信息来源'),
    sensitivity: 'internal',
    level: 1,
  }),
};
