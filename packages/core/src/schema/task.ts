import * as z from 'zod/mini';
import { taskKindSchema, taskOriginSchema, taskStatusSchema } from '../enums/schemas.js';
import { field, localizedText } from './field-meta.js';
import { optionalDate, optionalEnum, optionalText, trimmedText } from './field-builders.js';
import { provenanceFields } from './provenance.js';
import { customerIdField, idSchema, storedRecordFields } from './stored-record.js';
import { calendarDateSchema } from './temporal.js';

/**
 * A task (跟单 / 待办) on a customer or one of its contacts: a follow-up visit or call, a quote to
 * send, a credit review … with its due date, owner, status and outcome. It is entered by hand,
 * created as the next step of a logged interaction (`fromInteractionId`), or by a cadence rule.
 *
 * @example
 * taskSchema.parse({ id: 'K-1', schemaVersion: 1, createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z',
 *   customerId: 'C-1', kind: 'visit', title: '回访，带样品', dueOn: '2025-03-15', ownerId: 'rep-7', status: 'open', origin: 'interaction' })
 */
export const taskSchema = z.object({
  ...storedRecordFields('task'),
  customerId: customerIdField,
  contactId: field(z.optional(idSchema), { label: localizedText('Contact', '联系人'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  kind: field(taskKindSchema, { label: localizedText('Kind', '类型'), kind: 'enum', vocabulary: 'taskKinds', sensitivity: 'internal', level: 1 }),
  title: field(trimmedText(300), { label: localizedText('Task', '事项'), kind: 'text', sensitivity: 'internal', level: 1 }),
  dueOn: field(calendarDateSchema, { label: localizedText('Due on', '截止日期'), kind: 'date', sensitivity: 'internal', level: 1 }),
  ownerId: field(idSchema, { label: localizedText('Owner', '负责人'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  status: field(taskStatusSchema, { label: localizedText('Status', '状态'), kind: 'enum', vocabulary: 'taskStatuses', sensitivity: 'internal', level: 1 }),
  origin: optionalEnum(taskOriginSchema, 'Origin', '来源', 'taskOrigins', { sensitivity: 'internal', level: 1 }),
  fromInteractionId: field(z.optional(idSchema), { label: localizedText('From contact record', '来自联络记录'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  doneOn: optionalDate('Done on', '完成日期', { sensitivity: 'internal', level: 1 }),
  outcome: optionalText('Outcome', '结果', { sensitivity: 'confidential', level: 2 }),
  ...provenanceFields,
});

/** A task on a customer. */
export type Task = z.infer<typeof taskSchema>;
