import * as z from 'zod/mini';
import { contractKindSchema, contractRenewalSchema } from '../enums/schemas.js';
import { field, localizedText } from './field-meta.js';
import { optionalCount, optionalDate, optionalEnum, optionalMoney, optionalText, trimmedText } from './field-builders.js';
import { provenanceFields } from './provenance.js';
import { customerIdField, salespersonIdField, storedRecordFields } from './stored-record.js';
import { calendarDateSchema } from './temporal.js';

/**
 * A contract (合同): a subscription, a service term, a framework agreement or a sales contract,
 * with its start, end, value and renewal terms. "Ends in N days" derives from `endOn`.
 *
 * @example
 * contractSchema.parse({ id: 'H-1', schemaVersion: 1, createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z',
 *   customerId: 'C-1', kind: 'subscription', title: '年度维保', startOn: '2025-01-01', endOn: '2025-12-31', value: 120000, renewal: 'manual' })
 */
export const contractSchema = z.object({
  ...storedRecordFields('contract'),
  customerId: customerIdField,
  number: optionalText('Contract number', '合同编号', { sensitivity: 'internal', level: 1 }),
  kind: field(contractKindSchema, { label: localizedText('Kind', '合同类型'), kind: 'enum', vocabulary: 'contractKinds', sensitivity: 'internal', level: 1 }),
  title: field(trimmedText(300), { label: localizedText('Contract', '合同名称'), kind: 'text', sensitivity: 'internal', level: 1 }),
  startOn: field(calendarDateSchema, { label: localizedText('Starts on', '生效日期'), kind: 'date', sensitivity: 'internal', level: 1 }),
  endOn: optionalDate('Ends on', '到期日期', { sensitivity: 'internal', level: 1 }),
  value: optionalMoney('Contract value', '合同金额', { sensitivity: 'confidential', level: 1 }),
  renewal: optionalEnum(contractRenewalSchema, 'Renewal', '续约方式', 'contractRenewals', { sensitivity: 'internal', level: 1 }),
  renewalTerms: optionalText('Renewal terms', '续约条款', { sensitivity: 'confidential', level: 2 }),
  noticeDays: optionalCount('Notice period (days)', '提前通知期（天）', { sensitivity: 'internal', level: 1 }),
  terminatedOn: optionalDate('Terminated on', '终止日期', { sensitivity: 'internal', level: 1 }),
  salespersonId: salespersonIdField,
  ...provenanceFields,
});

/** A contract with a customer. */
export type Contract = z.infer<typeof contractSchema>;
