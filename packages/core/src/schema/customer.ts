import * as z from 'zod/mini';
import {
  abcGradeSchema,
  creditRatingSchema,
  customerNatureSchema,
  funnelStageSchema,
  gradingMethodSchema,
  leadIntentSchema,
  loyaltyClassSchema,
  operatingStatusSchema,
  potentialLevelSchema,
  relationshipStageSchema,
  volumeClassSchema,
} from '../enums/schemas.js';
import type { DossierIssueParams } from '../ids/schemas.js';
import { mobileSchema, residentIdNumberSchema, usccSchema } from '../ids/schemas.js';
import { addressSchema } from './address.js';
import { field, genderChoices, localizedText } from './field-meta.js';
import {
  fieldGroup,
  optionalCount,
  optionalDate,
  optionalEnum,
  optionalMoney,
  optionalPhone,
  optionalText,
  textList,
  trimmedText,
} from './field-builders.js';
import { bilingualNameSchema } from './names.js';
import { provenanceFields } from './provenance.js';
import { storedRecordFields } from './stored-record.js';
import { emailText, rule, trim, urlText } from './formats.js';

/**
 * The relationship stage (按贸易关系). A stage set by hand wins over the stage that grading
 * derives from transactions; a former customer keeps the date and the reason it stopped.
 *
 * @example
 * relationshipSchema.parse({ stage: 'former', setByHand: true, stoppedOn: '2025-06-30', stopReason: '价格不满意' })
 */
export const relationshipSchema = field(
  z
    .object({
      stage: field(relationshipStageSchema, { label: localizedText('Relationship stage', '客户关系阶段'), kind: 'enum', vocabulary: 'relationshipStages' }),
      setByHand: field(z.boolean(), { label: localizedText('Stage set by hand', '人工设定阶段'), kind: 'boolean' }),
      since: optionalDate('Stage since', '进入该阶段日期'),
      stoppedOn: optionalDate('Stopped buying on', '停止交易日期'),
      stopReason: optionalText('Reason stopped', '停止交易原因', { sensitivity: 'confidential' }),
      followUp: optionalText('Follow-up', '后续跟进'),
    })
    .check(
      rule((r: { stage: string; stoppedOn?: string; stopReason?: string }) => r.stage !== 'former' || (r.stoppedOn !== undefined && r.stopReason !== undefined), {
        error: 'A former customer needs the date it stopped and the reason',
        path: ['stopReason'],
        params: { messageKey: 'formerNeedsStop' } satisfies DossierIssueParams,
      }),
    ),
  fieldGroup('Relationship', '客户关系', 'internal', 1),
);

/**
 * Grade fields (客户分级): the current grade, whether it is provisional, when it is due for review.
 *
 * @example
 * gradeSchema.parse({ current: 'B', provisional: true, reviewDue: '2026-03-31' })
 */
export const gradeSchema = field(
  z.object({
    current: optionalEnum(abcGradeSchema, 'Grade', '客户等级', 'abcGrades'),
    provisional: field(z.boolean(), { label: localizedText('Provisional grade', '临时等级'), kind: 'boolean' }),
    gradedOn: optionalDate('Graded on', '评级日期'),
    method: optionalEnum(gradingMethodSchema, 'Grading method', '评级方法', 'gradingMethods'),
    reviewDue: optionalDate('Grade review due', '下次评级日期'),
  }),
  fieldGroup('Grade', '客户等级', 'internal', 1),
);

/**
 * Credit rating and trade terms (信用状况、交易条件), reviewed by finance.
 *
 * @example
 * creditSchema.parse({ rating: 'AA', limit: 500000, paymentTermDays: 60 })
 */
export const creditSchema = field(
  z.object({
    rating: optionalEnum(creditRatingSchema, 'Credit rating', '信用等级', 'creditRatings'),
    limit: optionalMoney('Credit limit', '信用额度'),
    paymentTermDays: optionalCount('Payment term (days)', '账期（天）'),
    terms: optionalText('Trade terms', '交易条件'),
    reviewedOn: optionalDate('Credit reviewed on', '信用审核日期'),
    pastProblems: optionalText('Past credit problems', '以往信用问题'),
  }),
  fieldGroup('Credit', '信用', 'confidential', 1),
);

/**
 * Characteristics (客户特征).
 *
 * @example
 * characteristicsSchema.parse({ serviceArea: '华南', scale: '中型' })
 */
export const characteristicsSchema = field(
  z.object({
    serviceArea: optionalText('Service area', '服务区域'),
    salesCapability: optionalText('Sales capability', '销售能力'),
    developmentPotential: optionalText('Development potential', '发展潜力'),
    culture: optionalText('Culture', '经营观念/文化'),
    businessPolicy: optionalText('Business policy', '经营方针'),
    managementStyle: optionalText('Management style', '经营作风'),
    scale: optionalText('Scale', '经营规模'),
  }),
  fieldGroup('Characteristics', '客户特征', 'internal', 1),
);

/**
 * Business status (业务状况).
 *
 * @example
 * businessStatusSchema.parse({ cooperationAttitude: '积极' })
 */
export const businessStatusSchema = field(
  z.object({
    salesRecord: optionalText('Sales record', '销售业绩'),
    staffQuality: optionalText('Quality of managers and sales staff', '经营管理者和业务人员素质'),
    competitorRelations: optionalText('Relations with our competitors', '与其他竞争公司的关系', { level: 2 }),
    relationshipWithUs: optionalText('Relationship with us', '与本公司的业务关系'),
    cooperationAttitude: optionalText('Attitude to cooperation', '合作态度'),
  }),
  fieldGroup('Business status', '业务状况', 'internal', 1),
);

/**
 * Trade status (交易活动现状).
 *
 * @example
 * tradeStatusSchema.parse({ creditStatus: '良好' })
 */
export const tradeStatusSchema = field(
  z.object({
    currentActivity: optionalText('Current sales activity', '销售活动现状'),
    problems: optionalText('Problems', '存在的问题'),
    strengths: optionalText('Strengths', '优势'),
    futureStrategy: optionalText('Future strategy', '未来对策'),
    reputation: optionalText('Image and reputation', '企业形象与声誉'),
    creditStatus: optionalText('Credit status', '信用状况', { sensitivity: 'confidential' }),
    tradeTerms: optionalText('Trade terms', '交易条件', { sensitivity: 'confidential' }),
  }),
  fieldGroup('Trade status', '交易活动现状', 'internal', 1),
);

/**
 * Prospect survey data (潜在顾客调查): needs and the likely time, place and way of buying.
 *
 * @example
 * prospectingSchema.parse({ needs: '机房扩容', likelyTime: '第三季度' })
 */
export const prospectingSchema = field(
  z.object({
    needs: optionalText('Needs', '需求特征'),
    likelyTime: optionalText('Likely time of purchase', '可能的购买时间'),
    likelyPlace: optionalText('Likely place of purchase', '可能的购买地点'),
    likelyWay: optionalText('Likely way of buying', '可能的购买方式'),
    purchaseLikelihood: optionalEnum(potentialLevelSchema, 'Purchase likelihood', '购买可能性', 'potentialLevels'),
    budget: optionalMoney('Budget', '预算'),
  }),
  fieldGroup('Prospecting', '潜在需求', 'internal', 2),
);

/**
 * Level 3 intelligence (三级客户信息): relationships around the decision.
 *
 * @example
 * intelligenceSchema.parse({ relatedParties: ['某投资公司'] })
 */
export const intelligenceSchema = field(
  z.object({
    decisionMakerRelations: optionalText('Relationships between decision-makers', '决策者之间的关系'),
    competitorRelations: optionalText("Competitors' relationships with the customer", '竞争对手与客户的关系'),
    relatedParties: textList('Related parties', '关联方'),
  }),
  fieldGroup('Intelligence', '深层信息', 'secret', 3),
);

/**
 * Statistical analysis data (统计分析资料): evaluations, often bought from agencies (second-hand
 * data: record where it came from in `facts`), and the buying behaviour seen in trade.
 *
 * @example
 * analysisSchema.parse({ attitudeToUs: '满意', financialStatus: '稳健', bargainingPower: '强' })
 */
export const analysisSchema = field(
  z.object({
    attitudeToUs: optionalText('Attitude to and evaluation of us', '对本企业的态度和评价'),
    managementAbility: optionalText('Management ability', '经营管理能力'),
    staffQuality: optionalText('Staff quality', '人员素质'),
    competition: optionalText('Competitive position', '竞争状况'),
    image: optionalText('Image and reputation', '形象与声誉'),
    financialStatus: optionalText('Financial status', '财务状况'),
    contractPerformance: optionalText('Contract performance', '履约状况'),
    tradeWithCompetitors: optionalText('Trade with our competitors', '与竞争对手的交易'),
    demandCharacteristics: optionalText('Demand characteristics and potential', '需求特点与潜力'),
    bargainingPower: optionalText('Bargaining power', '议价能力'),
    buyingHabits: optionalText('Buying habits', '购买习惯'),
  }),
  fieldGroup('Analysis', '统计分析资料', 'confidential', 2),
);

/**
 * A person around an organisation (owner, manager, legal representative) sketched on the basics form.
 *
 * @example
 * keyPersonSketchSchema.parse({ name: '任正非', hobbies: '读书' })
 */
export const keyPersonSketchSchema = z.object({
  name: field(trimmedText(100), { label: localizedText('Name', '姓名'), kind: 'name', level: 1 }),
  personality: optionalText('Personality', '性格', { level: 3 }),
  hobbies: optionalText('Hobbies', '兴趣爱好', { level: 3 }),
  family: optionalText('Family', '家庭', { level: 3, sensitivity: 'secret' }),
  education: optionalText('Education', '学历', { level: 3 }),
  age: optionalCount('Age', '年龄', { level: 3 }),
  ability: optionalText('Ability', '能力', { level: 3 }),
});

const classificationFields = {
  nature: field(customerNatureSchema, { label: localizedText('Nature', '客户性质'), kind: 'enum', vocabulary: 'customerNatures', sensitivity: 'internal', level: 1 }),
  natureSubclass: optionalText('Nature sub-class', '性质细分', { sensitivity: 'internal', level: 1 }),
  international: field(z.optional(z.boolean()), { label: localizedText('International', '国外客户'), kind: 'boolean', sensitivity: 'internal', level: 1 }),
  industry: optionalText('Industry', '行业', { sensitivity: 'public', level: 1 }),
  productLines: textList('Product lines', '产品线', { sensitivity: 'internal', level: 1 }),
  volumeClass: optionalEnum(volumeClassSchema, 'Volume class', '规模类别', 'volumeClasses', { sensitivity: 'internal', level: 1 }),
  funnelStage: optionalEnum(funnelStageSchema, 'Funnel stage', '客户开发阶段', 'funnelStages', { sensitivity: 'internal', level: 1 }),
  leadIntent: optionalEnum(leadIntentSchema, 'Lead intent', '意向等级', 'leadIntents', { sensitivity: 'internal', level: 2 }),
  potential: optionalEnum(potentialLevelSchema, 'Potential', '发展潜力', 'potentialLevels', { sensitivity: 'internal', level: 1 }),
  loyalty: optionalEnum(loyaltyClassSchema, 'Loyalty', '忠诚度', 'loyaltyClasses', { sensitivity: 'internal', level: 1 }),
  tags: textList('Tags', '标签', { sensitivity: 'internal', level: 1 }),
};

/** Fields shared by organisation and person archives. */
const commonCustomerFields = {
  ...storedRecordFields('customer'),
  name: field(bilingualNameSchema, { label: localizedText('Name', '名称'), kind: 'name', sensitivity: 'public', level: 1 }),
  shortName: optionalText('Short name', '简称', { kind: 'name', sensitivity: 'public', level: 1 }),
  phone: optionalPhone('Phone', '电话', { sensitivity: 'internal', level: 1 }),
  mobile: field(z.optional(mobileSchema), { label: localizedText('Mobile', '手机'), kind: 'mobile', sensitivity: 'confidential', level: 1 }),
  email: field(z.optional(emailText), { label: localizedText('Email', '电子邮箱'), kind: 'email', sensitivity: 'confidential', level: 1 }),
  addresses: field(z.array(addressSchema), { label: localizedText('Addresses', '地址'), sensitivity: 'internal', level: 1 }),
  salespersonId: field(z.string().check(z.minLength(1)), { label: localizedText('Owner salesperson', '负责业务员'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  territory: field(z.string().check(trim, z.minLength(1)), { label: localizedText('Territory', '销售区域'), kind: 'text', sensitivity: 'internal', level: 1 }),
  ...classificationFields,
  tradeSince: optionalDate('Trading with us since', '与本公司交易时间', { sensitivity: 'internal', level: 1 }),
  relationship: relationshipSchema,
  grade: gradeSchema,
  credit: creditSchema,
  prospecting: z.optional(prospectingSchema),
  intelligence: z.optional(intelligenceSchema),
  analysis: z.optional(analysisSchema),
  notes: optionalText('Notes', '备注', { sensitivity: 'internal', level: 1 }),
  profiles: field(z.record(z.string().check(z.minLength(1)), z.unknown()), {
    label: localizedText('Industry profiles', '行业档案'),
    sensitivity: 'confidential',
    level: 2,
  }),
  ...provenanceFields,
};

/**
 * An organisation's archive (公司型客户档案): basics, characteristics, business and trade status.
 *
 * @example
 * organisationSchema.shape.uscc
 */
export const organisationSchema = z.object({
  ...commonCustomerFields,
  kind: field(z.literal('organisation'), { label: localizedText('Kind', '客户类型'), kind: 'enum', vocabulary: 'customerKinds', sensitivity: 'public', level: 1 }),
  uscc: field(z.optional(usccSchema), { label: localizedText('Unified social credit code', '统一社会信用代码'), kind: 'uscc', sensitivity: 'public', level: 1 }),
  website: field(z.optional(urlText), { label: localizedText('Website', '网址'), kind: 'url', sensitivity: 'public', level: 1 }),
  legalForm: optionalText('Organisation form', '企业组织形式', { sensitivity: 'public', level: 1 }),
  foundedOn: optionalDate('Founded on', '创业时间', { sensitivity: 'public', level: 1 }),
  registeredCapital: optionalMoney('Registered capital', '注册资本', { sensitivity: 'public', level: 1 }),
  assets: optionalMoney('Assets', '资产', { sensitivity: 'confidential', level: 1 }),
  employees: optionalCount('Employees', '员工人数', { sensitivity: 'internal', level: 1 }),
  annualSales: optionalMoney('Annual sales', '年销售额', { sensitivity: 'confidential', level: 1 }),
  yearlyVolumeOfSimilarProducts: optionalMoney('Yearly purchases of similar products', '同类产品年采购额', {
    sensitivity: 'confidential',
    level: 2,
  }),
  operatingStatus: optionalEnum(operatingStatusSchema, 'Operating status', '经营状况', 'operatingStatuses', { sensitivity: 'internal', level: 1 }),
  technologyAndStrength: optionalText('Technology and strength', '技术与实力', { sensitivity: 'internal', level: 1 }),
  history: optionalText('History', '发展历史', { sensitivity: 'internal', level: 1 }),
  organisationChart: optionalText('Organisation chart', '组织结构', { sensitivity: 'internal', level: 1 }),
  currentProjects: optionalText('Current projects', '当前项目', { sensitivity: 'internal', level: 1 }),
  owner: field(z.optional(keyPersonSketchSchema), { label: localizedText('Owner', '所有者'), sensitivity: 'confidential', level: 1 }),
  manager: field(z.optional(keyPersonSketchSchema), { label: localizedText('Manager', '经营管理者'), sensitivity: 'confidential', level: 1 }),
  legalRepresentative: field(z.optional(keyPersonSketchSchema), {
    label: localizedText('Legal representative', '法人代表'),
    sensitivity: 'confidential',
    level: 1,
  }),
  characteristics: z.optional(characteristicsSchema),
  businessStatus: z.optional(businessStatusSchema),
  tradeStatus: z.optional(tradeStatusSchema),
});

/**
 * A person's archive (家庭型 / 个人客户档案).
 *
 * @example
 * personSchema.shape.idNumber
 */
export const personSchema = z.object({
  ...commonCustomerFields,
  // A private person's name and addresses are personal data: more sensitive than a company's.
  name: field(bilingualNameSchema, { label: localizedText('Name', '姓名'), kind: 'name', sensitivity: 'confidential', level: 1 }),
  addresses: field(z.array(addressSchema), { label: localizedText('Addresses', '地址'), sensitivity: 'confidential', level: 1 }),
  phone: optionalPhone('Phone', '电话', { sensitivity: 'confidential', level: 1 }),
  kind: field(z.literal('person'), { label: localizedText('Kind', '客户类型'), kind: 'enum', vocabulary: 'customerKinds', sensitivity: 'public', level: 1 }),
  idNumber: field(z.optional(residentIdNumberSchema), {
    label: localizedText('Resident ID number', '身份证号码'),
    kind: 'id-number',
    sensitivity: 'secret',
    level: 1,
  }),
  gender: field(z.optional(z.enum(['female', 'male'])), { label: localizedText('Gender', '性别'), kind: 'enum', choices: genderChoices, sensitivity: 'confidential', level: 1 }),
  birthDate: optionalDate('Birth date', '出生日期', { sensitivity: 'confidential', level: 1 }),
  occupation: optionalText('Occupation', '职业', { sensitivity: 'internal', level: 1 }),
  employer: optionalText('Employer', '工作单位', { sensitivity: 'internal', level: 1 }),
});

/**
 * A customer archive: an organisation or a person, discriminated by `kind`. Instants are `Date`
 * after parsing (ISO strings are accepted and are what `encodeCustomer` writes); calendar dates
 * stay `YYYY-MM-DD` strings.
 *
 * @example
 * const customer = customerSchema.parse(storedJson);
 * if (customer.kind === 'organisation') customer.uscc;
 */
export const customerSchema = z.discriminatedUnion('kind', [organisationSchema, personSchema]);

/** A customer archive (organisation or person). */
export type Customer = z.infer<typeof customerSchema>;
/** An organisation's archive. */
export type OrganisationCustomer = z.infer<typeof organisationSchema>;
/** A person's archive. */
export type PersonCustomer = z.infer<typeof personSchema>;
