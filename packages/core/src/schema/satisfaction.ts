import * as z from 'zod/mini';
import { field, localizedText } from './field-meta.js';
import { optionalText } from './field-builders.js';
import { provenanceFields } from './provenance.js';
import { customerIdField, idSchema, storedRecordFields } from './stored-record.js';
import { calendarDateSchema } from './temporal.js';
import { atLeast, atMost, wholeNumber } from './formats.js';

/**
 * A customer-satisfaction survey answer (客户满意度): the customer's score from 1 (very
 * dissatisfied) to 5 (very satisfied) on a date, who took it, and the customer's comment. The
 * annual plan analysis (年度计划分析) averages the scores of its period.
 *
 * @example
 * satisfactionSchema.parse({ id: 'M-1', schemaVersion: 1, createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z',
 *   customerId: 'C-1', score: 4, surveyedOn: '2025-03-01', by: 'rep-7', comment: '交货及时' })
 */
export const satisfactionSchema = z.object({
  ...storedRecordFields('satisfaction'),
  customerId: customerIdField,
  score: field(wholeNumber.check(atLeast(1), atMost(5)), {
    label: localizedText('Satisfaction score (1–5)', '满意度评分（1–5）'),
    kind: 'number',
    sensitivity: 'internal',
    level: 1,
  }),
  surveyedOn: field(calendarDateSchema, { label: localizedText('Surveyed on', '调查日期'), kind: 'date', sensitivity: 'internal', level: 1 }),
  by: field(idSchema, { label: localizedText('Surveyed by', '调查人'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  comment: optionalText("Customer's comment", '客户意见', { sensitivity: 'confidential', level: 2 }),
  ...provenanceFields,
});

/** A customer-satisfaction survey answer. */
export type Satisfaction = z.infer<typeof satisfactionSchema>;
