import * as z from 'zod/mini';
import { interactionKindSchema } from '../enums/schemas.js';
import { field, localizedText } from './field-meta.js';
import { optionalMoney, optionalText } from './field-builders.js';
import { provenanceFields } from './provenance.js';
import { customerIdField, idSchema, storedRecordFields } from './stored-record.js';
import { instantSchema } from './temporal.js';

/**
 * Our investment in a customer (企业投入记录): a visit, call, gift, discount, support … with its
 * time, place, cost, who of ours did it and which of their contacts took part.
 *
 * @example
 * interactionSchema.parse({ id: 'I-1', schemaVersion: 1, createdAt: '2025-03-01T02:00:00.000Z', updatedAt: '2025-03-01T02:00:00.000Z',
 *   customerId: 'C-1', kind: 'visit', at: '2025-03-01T02:00:00.000Z', place: '客户总部', cost: 300, by: 'rep-7', contactIds: ['P-1'] })
 */
export const interactionSchema = z.object({
  ...storedRecordFields('interaction'),
  customerId: customerIdField,
  kind: field(interactionKindSchema, { label: localizedText('Way', '方式'), kind: 'enum', vocabulary: 'interactionKinds', sensitivity: 'internal', level: 1 }),
  at: field(instantSchema, { label: localizedText('Time', '时间'), kind: 'instant', sensitivity: 'internal', level: 1 }),
  place: optionalText('Place', '地点', { sensitivity: 'internal', level: 1 }),
  cost: optionalMoney('Cost', '费用', { sensitivity: 'internal', level: 1 }),
  by: field(idSchema, { label: localizedText('By (our staff)', '我方人员'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  contactIds: field(z.array(idSchema), { label: localizedText('Their contacts', '客户方人员'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  subject: optionalText('Subject', '主题', { sensitivity: 'internal', level: 1 }),
  notes: optionalText('Notes', '记录', { sensitivity: 'confidential', level: 2 }),
  ...provenanceFields,
});

/** Our investment in a customer: one contact, gift, discount or piece of work. */
export type Interaction = z.infer<typeof interactionSchema>;
