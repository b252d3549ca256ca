import * as z from 'zod/mini';
import { opportunityStatusSchema } from '../enums/schemas.js';
import { field, localizedText } from './field-meta.js';
import { fieldGroup, optionalDate, optionalMoney, optionalText, textList, trimmedText } from './field-builders.js';
import { provenanceFields } from './provenance.js';
import { customerIdField, idSchema, salespersonIdField, storedRecordFields } from './stored-record.js';
import { atLeast, atMost } from './formats.js';

/**
 * A project / opportunity (项目资料): the purchase plan, the problem to solve, budget, timeline,
 * decision and procurement process, the decision-makers and influencers, the competitors.
 *
 * @example
 * opportunitySchema.parse({ id: 'O-1', schemaVersion: 1, createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z',
 *   customerId: 'C-1', title: '二期扩容', status: 'open', budget: 500000, timeline: { expectedCloseOn: '2025-09-30' },
 *   decisionMakerIds: ['P-1'], influencerIds: [], competitors: ['竞品甲'] })
 */
export const opportunitySchema = z.object({
  ...storedRecordFields('opportunity'),
  customerId: customerIdField,
  title: field(trimmedText(300), { label: localizedText('Project', '项目名称'), kind: 'text', sensitivity: 'internal', level: 1 }),
  status: field(opportunityStatusSchema, { label: localizedText('Status', '状态'), kind: 'enum', vocabulary: 'opportunityStatuses', sensitivity: 'internal', level: 1 }),
  purchasePlan: optionalText('Purchase plan', '近期采购计划', { sensitivity: 'internal', level: 2 }),
  problem: optionalText('Problem to solve', '要解决的问题', { sensitivity: 'internal', level: 2 }),
  budget: optionalMoney('Budget', '预算', { sensitivity: 'confidential', level: 2 }),
  probability: field(z.optional(z.number().check(atLeast(0), atMost(1))), { label: localizedText('Purchase likelihood', '购买可能性'), kind: 'number', sensitivity: 'internal', level: 2 }),
  timeline: field(
    z.object({
      expectedDecisionOn: optionalDate('Expected decision', '预计决策日期'),
      expectedCloseOn: optionalDate('Expected close', '预计成交日期'),
      schedule: optionalText('Project schedule', '项目进度安排'),
    }),
    fieldGroup('Timeline', '时间表', 'internal', 2),
  ),
  decisionProcess: optionalText('Decision process', '决策流程', { sensitivity: 'confidential', level: 2 }),
  procurementProcess: optionalText('Procurement process', '采购流程', { sensitivity: 'internal', level: 2 }),
  decisionMakerIds: field(z.array(idSchema), { label: localizedText('Decision-makers', '决策者'), kind: 'reference', sensitivity: 'confidential', level: 2 }),
  influencerIds: field(z.array(idSchema), { label: localizedText('Influencers', '影响者'), kind: 'reference', sensitivity: 'confidential', level: 2 }),
  otherVendors: textList('Other vendors', '其他供应商', { sensitivity: 'confidential', level: 2 }),
  competitors: textList('Main competitors', '主要竞争对手', { sensitivity: 'confidential', level: 2 }),
  closedOn: optionalDate('Closed on', '结束日期', { sensitivity: 'internal', level: 1 }),
  salespersonId: salespersonIdField,
  ...provenanceFields,
});

/** A project / opportunity at a customer. */
export type Opportunity = z.infer<typeof opportunitySchema>;
