/**
 * The closed vocabularies of the customer archive, defined once. Components, stories, tests
 * and the CLI loop over these arrays; the zod enums in ./schemas.ts are built from them.
 * Chinese terms are those of the users (see shared/spec/domain.md).
 */

/** Organisation (公司型) or person (家庭型 / 个人) archive. */
export const customerKinds = ['organisation', 'person'] as const;

/** By nature (按顾客性质): 个人消费者 / 中间商 / 制造商 / 政府和社会团体. */
export const customerNatures = ['individual-consumer', 'intermediary', 'manufacturer', 'government-social'] as const;

/** By trade relationship (按贸易关系): 潜在 / 新 / 长期 / 问题 / 过去的客户. */
export const relationshipStages = ['prospect', 'new', 'long-term', 'problem', 'former'] as const;

/** By volume and position: 主力 / 一般 / 零散. */
export const volumeClasses = ['main', 'general', 'scattered'] as const;

/** Lead funnel: 无差别客户 → 合格客户 → 大客户. */
export const funnelStages = ['undifferentiated', 'qualified', 'key-account'] as const;

/** Intent class of a lead (A/B/C/D 意向). */
export const leadIntents = ['A', 'B', 'C', 'D'] as const;

/** ABC grade (客户ABC分类). */
export const abcGrades = ['A', 'B', 'C'] as const;

/** Grading methods of grading.md. */
export const gradingMethods = ['abc-share', 'abc-amount', 'abc-count', 'rfm', 'scorecard'] as const;

/** RFM segments (grading.md's table, plus `inactive` for customers without a counted purchase). */
export const rfmSegments = [
  'champions',
  'loyal',
  'potential',
  'new',
  'promising',
  'need-attention',
  'about-to-sleep',
  'at-risk',
  'cant-lose',
  'hibernating',
  'lost',
  'inactive',
] as const;

/** Purchase frequency class: high / low / zero (零频). */
export const frequencyClasses = ['high', 'low', 'zero'] as const;

/** Value class: 核心 / 潜力 / 一般. */
export const valueClasses = ['core', 'potential', 'general'] as const;

/** Loyalty, entered by hand: loyal to our brand / switches with the wind / no brand loyalty. */
export const loyaltyClasses = ['loyal', 'switcher', 'no-loyalty'] as const;

/** Members' points tiers, lowest last as in the default table `D < 1000 <= C < 3000 <= B < 5000 <= A`. */
export const pointsTiers = ['A', 'B', 'C', 'D'] as const;

/** Buying role of a contact (决策者 / 使用者 / 影响者 / 采购者 / 守门人). */
export const buyingRoles = ['decision-maker', 'user', 'influencer', 'purchaser', 'gatekeeper'] as const;

/** Layer of a contact (决策层 / 技术层 / 操作层). */
export const contactLayers = ['decision', 'technical', 'operational'] as const;

/** Personality traits (冷漠/热情, 固执/虚心, 高傲/和善, 强势). */
export const personalityTraits = ['cold', 'warm', 'stubborn', 'open', 'proud', 'kind', 'dominant'] as const;

/** Communication style of a contact (沉默型 … 经济困难型), each with handling guidance. */
export const communicationStyles = [
  'silent',
  'talkative',
  'amiable',
  'proud',
  'tricky',
  'nitpicking',
  'irritable',
  'flat-refusal',
  'haggler',
  'financially-strapped',
] as const;

/** Sensitivity of a field, used for masking, clearance and export. */
export const sensitivityLevels = ['public', 'internal', 'confidential', 'secret'] as const;

/** The three levels of customer information (三级客户信息). */
export const informationLevels = [1, 2, 3] as const;

/**
 * Source channel of a fact (信息来源): the domain's channels, our own salesperson, and `import`
 * for records that arrived in a spreadsheet import (whose note names the file).
 */
export const sourceChannels = [
  'web-search',
  'authoritative-database',
  'trade-website',
  'exhibition',
  'existing-customer',
  'competitor',
  'customer-form',
  'market-survey',
  'conference',
  'professional-agency',
  'purchased-directory',
  'recruitment-site',
  'map',
  'sales-rep',
  'import',
] as const;

/** Kinds of our investment in a customer (企业投入记录). */
export const interactionKinds = [
  'visit',
  'call',
  'email',
  'meeting',
  'gift',
  'discount',
  'voucher',
  'support',
  'joint-work',
  'other',
] as const;

/** Status of a project / opportunity (项目). */
export const opportunityStatuses = ['open', 'won', 'lost', 'abandoned'] as const;

/** Kinds of task (跟单 / 待办): a follow-up visit or call, a quote to send, a credit review … */
export const taskKinds = ['visit', 'call', 'send-quote', 'credit-review', 'grade-review', 'renewal', 'collect-payment', 'greeting', 'other'] as const;

/** Status of a task. */
export const taskStatuses = ['open', 'done', 'cancelled'] as const;

/** Where a task came from: entered by hand, the next step of a logged interaction, or a cadence rule. */
export const taskOrigins = ['manual', 'interaction', 'cadence'] as const;

/** Kinds of service case (问题 / 投诉 / 维修 / 咨询). */
export const serviceCaseKinds = ['question', 'complaint', 'repair', 'request'] as const;

/** Channel a service case came in by. */
export const serviceChannels = ['phone', 'email', 'visit', 'web', 'wechat', 'other'] as const;

/** Severity of a service case. */
export const serviceSeverities = ['low', 'medium', 'high', 'critical'] as const;

/** Status of a service case. */
export const serviceCaseStatuses = ['open', 'in-progress', 'resolved', 'closed'] as const;

/** Kinds of contract: a subscription, a service term, a framework agreement, a one-off sales contract. */
export const contractKinds = ['subscription', 'service', 'framework', 'sales'] as const;

/** How a contract renews at its end. */
export const contractRenewals = ['auto', 'manual', 'none'] as const;

/** Operating status of an organisation; `closing-down` is used by ABC adjustment rules. */
export const operatingStatuses = ['operating', 'expanding', 'shrinking', 'closing-down', 'closed'] as const;

/** Credit rating reviewed by finance (信用等级). */
export const creditRatings = ['AAA', 'AA', 'A', 'B', 'C', 'D'] as const;

/** Potential of a customer, used by ABC adjustments and the value class. */
export const potentialLevels = ['high', 'medium', 'low'] as const;

/**
 * Built-in figures a scorecard criterion can score; any other key is read from the customer's attributes.
 *
 * @example
 * { key: 'collection-rate', weight: 0.2, score: { kind: 'linear', min: 0.5, max: 1 } }
 */
export const scorecardFigures = [
  'revenue',
  'gross-margin-rate',
  'collection-rate',
  'average-unit-price',
  'orders',
  'years-of-trade',
  'credit-rating',
] as const;

export type CustomerKind = (typeof customerKinds)[number];
export type CustomerNature = (typeof customerNatures)[number];
export type RelationshipStage = (typeof relationshipStages)[number];
export type VolumeClass = (typeof volumeClasses)[number];
export type FunnelStage = (typeof funnelStages)[number];
export type LeadIntent = (typeof leadIntents)[number];
export type AbcGrade = (typeof abcGrades)[number];
export type GradingMethod = (typeof gradingMethods)[number];
export type RfmSegment = (typeof rfmSegments)[number];
export type FrequencyClass = (typeof frequencyClasses)[number];
export type ValueClass = (typeof valueClasses)[number];
export type LoyaltyClass = (typeof loyaltyClasses)[number];
export type PointsTier = (typeof pointsTiers)[number];
export type BuyingRole = (typeof buyingRoles)[number];
export type ContactLayer = (typeof contactLayers)[number];
export type PersonalityTrait = (typeof personalityTraits)[number];
export type CommunicationStyle = (typeof communicationStyles)[number];
export type SensitivityLevel = (typeof sensitivityLevels)[number];
export type InformationLevel = (typeof informationLevels)[number];
export type SourceChannel = (typeof sourceChannels)[number];
export type InteractionKind = (typeof interactionKinds)[number];
export type OpportunityStatus = (typeof opportunityStatuses)[number];
export type TaskKind = (typeof taskKinds)[number];
export type TaskStatus = (typeof taskStatuses)[number];
export type TaskOrigin = (typeof taskOrigins)[number];
export type ServiceCaseKind = (typeof serviceCaseKinds)[number];
export type ServiceChannel = (typeof serviceChannels)[number];
export type ServiceSeverity = (typeof serviceSeverities)[number];
export type ServiceCaseStatus = (typeof serviceCaseStatuses)[number];
export type ContractKind = (typeof contractKinds)[number];
export type ContractRenewal = (typeof contractRenewals)[number];
export type OperatingStatus = (typeof operatingStatuses)[number];
export type CreditRating = (typeof creditRatings)[number];
export type PotentialLevel = (typeof potentialLevels)[number];
export type ScorecardFigure = (typeof scorecardFigures)[number];
