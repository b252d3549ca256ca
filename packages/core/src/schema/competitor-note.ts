import * as z from 'zod/mini';
import { field, localizedText } from './field-meta.js';
import { fieldGroup, optionalText, textList, trimmedText } from './field-builders.js';
import { provenanceFields } from './provenance.js';
import { customerIdField, storedRecordFields } from './stored-record.js';
import { atLeast, atMost, wholeNumber } from './formats.js';

/**
 * What we know about a competitor at a customer (竞争对手资料): their products in use and the
 * customer's satisfaction, their sales rep and that rep's relationship with the customer, the
 * projects planned or under way, brands used and the customer's experience with them.
 *
 * @example
 * competitorNoteSchema.parse({ id: 'N-1', schemaVersion: 1, createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z',
 *   customerId: 'C-1', competitor: '竞品甲', productsInUse: ['X200'], satisfaction: 3, rep: { name: '李明' }, brandsUsed: [] })
 */
export const competitorNoteSchema = z.object({
  ...storedRecordFields('competitor-note'),
  customerId: customerIdField,
  competitor: field(trimmedText(200), { label: localizedText('Competitor', '竞争对手'), kind: 'name', sensitivity: 'internal', level: 2 }),
  productsInUse: textList('Their products in use', '客户在用的竞品', { sensitivity: 'internal', level: 2 }),
  satisfaction: field(z.optional(wholeNumber.check(atLeast(1), atMost(5))), {
    label: localizedText('Customer satisfaction (1–5)', '客户满意度（1–5）'),
    kind: 'number',
    sensitivity: 'confidential',
    level: 2,
  }),
  rep: field(
    z.object({
      name: optionalText("Competitor's sales rep", '竞争对手业务代表', { kind: 'name' }),
      style: optionalText("Rep's style", '业务代表风格'),
      relationship: optionalText("Rep's relationship with the customer", '业务代表与客户的关系', { sensitivity: 'secret' }),
    }),
    fieldGroup('Their sales rep', '竞争对手业务代表', 'confidential', 3),
  ),
  projectsPlanned: optionalText('Projects planned', '计划中的项目', { sensitivity: 'confidential', level: 2 }),
  projectsUnderWay: optionalText('Projects under way', '进行中的项目', { sensitivity: 'confidential', level: 2 }),
  brandsUsed: textList('Brands used', '使用的品牌', { sensitivity: 'internal', level: 2 }),
  experience: optionalText('Experience with them', '使用经验', { sensitivity: 'confidential', level: 2 }),
  ...provenanceFields,
});

/** A note on a competitor at a customer. */
export type CompetitorNote = z.infer<typeof competitorNoteSchema>;
