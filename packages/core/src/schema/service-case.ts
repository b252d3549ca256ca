import * as z from 'zod/mini';
import { serviceCaseKindSchema, serviceCaseStatusSchema, serviceChannelSchema, serviceSeveritySchema } from '../enums/schemas.js';
import { field, localizedText } from './field-meta.js';
import { optionalDate, optionalText, trimmedText } from './field-builders.js';
import { provenanceFields } from './provenance.js';
import { customerIdField, idSchema, storedRecordFields } from './stored-record.js';
import { calendarDateSchema } from './temporal.js';

/**
 * A service case (问题 / 投诉 / 维修): an issue the customer raised, when and by which channel,
 * about which product, how severe, its status and resolution. One open beyond the policy's
 * limit makes the customer a problem customer (问题客户) on the agenda.
 *
 * @example
 * serviceCaseSchema.parse({ id: 'S-1', schemaVersion: 1, createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z',
 *   customerId: 'C-1', kind: 'repair', title: '设备异响', openedOn: '2025-03-01', channel: 'phone', severity: 'high', status: 'open' })
 */
export const serviceCaseSchema = z.object({
  ...storedRecordFields('service-case'),
  customerId: customerIdField,
  contactId: field(z.optional(idSchema), { label: localizedText('Raised by', '反映人'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  kind: field(serviceCaseKindSchema, { label: localizedText('Kind', '类型'), kind: 'enum', vocabulary: 'serviceCaseKinds', sensitivity: 'internal', level: 1 }),
  title: field(trimmedText(300), { label: localizedText('Issue', '问题摘要'), kind: 'text', sensitivity: 'internal', level: 1 }),
  openedOn: field(calendarDateSchema, { label: localizedText('Opened on', '受理日期'), kind: 'date', sensitivity: 'internal', level: 1 }),
  channel: field(serviceChannelSchema, { label: localizedText('Channel', '受理渠道'), kind: 'enum', vocabulary: 'serviceChannels', sensitivity: 'internal', level: 1 }),
  productId: field(z.optional(idSchema), { label: localizedText('Product', '产品'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  productName: optionalText('Product name', '产品名称', { sensitivity: 'internal', level: 1 }),
  severity: field(serviceSeveritySchema, { label: localizedText('Severity', '严重程度'), kind: 'enum', vocabulary: 'serviceSeverities', sensitivity: 'internal', level: 1 }),
  status: field(serviceCaseStatusSchema, { label: localizedText('Status', '状态'), kind: 'enum', vocabulary: 'serviceCaseStatuses', sensitivity: 'internal', level: 1 }),
  ownerId: field(z.optional(idSchema), { label: localizedText('Handled by', '处理人'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  description: optionalText('Description', '问题描述', { sensitivity: 'confidential', level: 2 }),
  resolution: optionalText('Resolution', '处理结果', { sensitivity: 'internal', level: 1 }),
  closedOn: optionalDate('Closed on', '结案日期', { sensitivity: 'internal', level: 1 }),
  ...provenanceFields,
});

/** An issue a customer raised. */
export type ServiceCase = z.infer<typeof serviceCaseSchema>;
