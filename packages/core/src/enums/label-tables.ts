import * as v from './vocabularies.js';

/** A value's label in each locale, in the order of `locales`: en, then zh-CN. */
type Label = readonly [en: string, zhCN: string];

/** A vocabulary's values, then one label per value, in the order of the values. */
export type LabelTable<V extends readonly (string | number)[]> = readonly [values: V, labels: { readonly [I in keyof V]: Label }];

// The labels of every closed vocabulary, one table per vocabulary beside the vocabulary's own
// array: a value's labels are found by its place in the array (the comment names the value where
// the line does not). The tuple types hold exactly one pair per value, so a label can be neither
// missing nor left over. Written as pairs in value order, not as objects keyed by value, so that
// the values are not written a second and third time. One table per vocabulary, so that code
// that shows a few vocabularies reads their tables with `labelIn` and carries no other.

/** The labels of `customerKinds`. */
export const customerKindLabels = [v.customerKinds, [['Organisation', '公司客户'], ['Person', '个人客户']]] as const satisfies LabelTable<typeof v.customerKinds>;

/** The labels of `customerNatures`. */
export const customerNatureLabels = [
  v.customerNatures,
  [
    ['Individual consumer', '个人消费者'], // individual-consumer
    ['Intermediary', '中间商'], // intermediary
    ['Manufacturer', '制造商'], // manufacturer
    ['Government / social organisation', '政府和社会团体'], // government-social
  ],
] as const satisfies LabelTable<typeof v.customerNatures>;

/** The labels of `relationshipStages`. */
export const relationshipStageLabels = [
  v.relationshipStages,
  [
    ['Prospect', '潜在客户'], // prospect
    ['New', '新客户'], // new
    ['Long-term', '长期客户'], // long-term
    ['Problem', '问题客户'], // problem
    ['Former', '过去的客户'], // former
  ],
] as const satisfies LabelTable<typeof v.relationshipStages>;

/** The labels of `volumeClasses`. */
export const volumeClassLabels = [v.volumeClasses, [['Main', '主力客户'], ['General', '一般客户'], ['Scattered', '零散客户']]] as const satisfies LabelTable<typeof v.volumeClasses>;

/** The labels of `funnelStages`. */
export const funnelStageLabels = [v.funnelStages, [['Undifferentiated', '无差别客户'], ['Qualified', '合格客户'], ['Key account', '大客户']]] as const satisfies LabelTable<typeof v.funnelStages>;

/** The labels of `leadIntents`. */
export const leadIntentLabels = [v.leadIntents, [['Intent A', 'A 类意向'], ['Intent B', 'B 类意向'], ['Intent C', 'C 类意向'], ['Intent D', 'D 类意向']]] as const satisfies LabelTable<typeof v.leadIntents>;

/**
 * The labels of the ABC grades, as a table of their own: an element that shows grades only (the
 * tier badge) reads this and {@link labelIn} without carrying every vocabulary's labels.
 *
 * @example
 * labelIn(abcGradeLabels, 'zh-CN', 'A') // 'A 类客户'
 */
export const abcGradeLabels = [
  v.abcGrades,
  [
    ['Grade A', 'A 类客户'],
    ['Grade B', 'B 类客户'],
    ['Grade C', 'C 类客户'],
  ],
] as const satisfies LabelTable<typeof v.abcGrades>;

/** The labels of `gradingMethods`. */
export const gradingMethodLabels = [
  v.gradingMethods,
  [
    ['ABC by revenue share', '按销售额占比 ABC 分类'], // abc-share
    ['ABC by amount', '按销售金额 ABC 分类'], // abc-amount
    ['ABC by customer count', '按客户数量 ABC 分类'], // abc-count
    ['RFM', 'RFM 分析'], // rfm
    ['Multi-criteria scorecard', '客户质量等级评估'], // scorecard
  ],
] as const satisfies LabelTable<typeof v.gradingMethods>;

/**
 * The labels of the RFM segments, as a table of their own (see {@link abcGradeLabels}).
 *
 * @example
 * labelIn(rfmSegmentLabels, 'en', 'cant-lose') // "Can't lose"
 */
export const rfmSegmentLabels = [
  v.rfmSegments,
  [
    ['Champions', '重要价值客户'], // champions
    ['Loyal', '忠诚客户'], // loyal
    ['Potential loyalist', '潜力客户'], // potential
    ['New', '新客户'], // new
    ['Promising', '有望客户'], // promising
    ['Needs attention', '需关注客户'], // need-attention
    ['About to sleep', '即将沉睡客户'], // about-to-sleep
    ['At risk', '流失风险客户'], // at-risk
    ["Can't lose", '不能失去的客户'], // cant-lose
    ['Hibernating', '沉睡客户'], // hibernating
    ['Lost', '已流失客户'], // lost
    ['Inactive', '无购买客户'], // inactive
  ],
] as const satisfies LabelTable<typeof v.rfmSegments>;

/** The labels of `frequencyClasses`. */
export const frequencyClassLabels = [v.frequencyClasses, [['High frequency', '高频客户'], ['Low frequency', '低频客户'], ['Zero frequency', '零频客户']]] as const satisfies LabelTable<typeof v.frequencyClasses>;

/** The labels of `valueClasses`. */
export const valueClassLabels = [v.valueClasses, [['Core', '核心客户'], ['Potential', '潜力客户'], ['General', '一般客户']]] as const satisfies LabelTable<typeof v.valueClasses>;

/** The labels of `loyaltyClasses`. */
export const loyaltyClassLabels = [
  v.loyaltyClasses,
  [
    ['Loyal to our brand', '品牌忠诚'], // loyal
    ['Switches with the wind', '随风倒'], // switcher
    ['No brand loyalty', '无品牌忠诚'], // no-loyalty
  ],
] as const satisfies LabelTable<typeof v.loyaltyClasses>;

/**
 * The labels of the members' points tiers, as a table of their own (see {@link abcGradeLabels}).
 *
 * @example
 * labelIn(pointsTierLabels, 'zh-CN', 'D') // 'D 级会员'
 */
export const pointsTierLabels = [
  v.pointsTiers,
  [
    ['Tier A', 'A 级会员'],
    ['Tier B', 'B 级会员'],
    ['Tier C', 'C 级会员'],
    ['Tier D', 'D 级会员'],
  ],
] as const satisfies LabelTable<typeof v.pointsTiers>;

/** The labels of `buyingRoles`. */
export const buyingRoleLabels = [
  v.buyingRoles,
  [
    ['Decision-maker', '决策者'], // decision-maker
    ['User', '使用者'], // user
    ['Influencer', '影响者'], // influencer
    ['Purchaser', '采购者'], // purchaser
    ['Gatekeeper', '守门人'], // gatekeeper
  ],
] as const satisfies LabelTable<typeof v.buyingRoles>;

/** The labels of `contactLayers`. */
export const contactLayerLabels = [v.contactLayers, [['Decision layer', '决策层'], ['Technical layer', '技术层'], ['Operational layer', '操作层']]] as const satisfies LabelTable<typeof v.contactLayers>;

/** The labels of `personalityTraits`. */
export const personalityTraitLabels = [
  v.personalityTraits,
  [
    ['Cold', '冷漠'], // cold
    ['Warm', '热情'], // warm
    ['Stubborn', '固执'], // stubborn
    ['Open-minded', '虚心'], // open
    ['Proud', '高傲'], // proud
    ['Kind', '和善'], // kind
    ['Dominant', '强势'], // dominant
  ],
] as const satisfies LabelTable<typeof v.personalityTraits>;

/** The labels of `communicationStyles`. */
export const communicationStyleLabels = [
  v.communicationStyles,
  [
    ['Silent', '沉默型'], // silent
    ['Talkative', '唠叨型'], // talkative
    ['Amiable', '和气型'], // amiable
    ['Proud', '骄傲型'], // proud
    ['Tricky', '难缠型'], // tricky
    ['Nitpicking', '挑剔型'], // nitpicking
    ['Irritable', '暴躁型'], // irritable
    ['Flat refusal', '断然拒绝型'], // flat-refusal
    ['Haggler', '讨价还价型'], // haggler
    ['Financially strapped', '经济困难型'], // financially-strapped
  ],
] as const satisfies LabelTable<typeof v.communicationStyles>;

/** The labels of `sensitivityLevels`. */
export const sensitivityLevelLabels = [v.sensitivityLevels, [['Public', '公开'], ['Internal', '内部'], ['Confidential', '机密'], ['Secret', '绝密']]] as const satisfies LabelTable<typeof v.sensitivityLevels>;

/** The labels of `informationLevels`. */
export const informationLevelLabels = [
  v.informationLevels,
  [
    ['Level 1 — basic', '一级信息（基本资料）'], // 1
    ['Level 2 — purchase and decision', '二级信息（采购与决策）'], // 2
    ['Level 3 — personal and relationships', '三级信息（个人与关系）'], // 3
  ],
] as const satisfies LabelTable<typeof v.informationLevels>;

/** The labels of `sourceChannels`. */
export const sourceChannelLabels = [
  v.sourceChannels,
  [
    ['Web search', '网络搜索'], // web-search
    ['Authoritative database', '权威数据库'], // authoritative-database
    ['Trade website', '行业网站'], // trade-website
    ['Exhibition', '展会'], // exhibition
    ['Existing customer', '老客户介绍'], // existing-customer
    ['Competitor', '竞争对手'], // competitor
    ['Form filled in by the customer', '客户填写的表格'], // customer-form
    ['Market survey', '市场调查'], // market-survey
    ['Conference or forum', '会议或论坛'], // conference
    ['Professional agency', '专业机构'], // professional-agency
    ['Purchased directory', '购买的名录'], // purchased-directory
    ['Recruitment site', '招聘网站'], // recruitment-site
    ['Map', '地图'], // map
    ['Our salesperson', '本公司业务员'], // sales-rep
    ['File import', '文件导入'], // import
  ],
] as const satisfies LabelTable<typeof v.sourceChannels>;

/** The labels of `interactionKinds`. */
export const interactionKindLabels = [
  v.interactionKinds,
  [
    ['Visit', '拜访'], // visit
    ['Call', '电话'], // call
    ['Email', '邮件'], // email
    ['Meeting', '会议'], // meeting
    ['Gift', '礼品'], // gift
    ['Discount', '折扣'], // discount
    ['Voucher', '优惠券'], // voucher
    ['Support', '服务支持'], // support
    ['Joint work', '合作开发/联合推广'], // joint-work
    ['Other', '其他'], // other
  ],
] as const satisfies LabelTable<typeof v.interactionKinds>;

/** The labels of `opportunityStatuses`. */
export const opportunityStatusLabels = [v.opportunityStatuses, [['Open', '进行中'], ['Won', '赢单'], ['Lost', '丢单'], ['Abandoned', '已放弃']]] as const satisfies LabelTable<typeof v.opportunityStatuses>;

/** The labels of `taskKinds`. */
export const taskKindLabels = [
  v.taskKinds,
  [
    ['Visit', '拜访'], // visit
    ['Call', '电话'], // call
    ['Send a quote', '发送报价'], // send-quote
    ['Credit review', '信用审核'], // credit-review
    ['Grade review', '等级评审'], // grade-review
    ['Renewal', '续约'], // renewal
    ['Collect payment', '催收货款'], // collect-payment
    ['Greeting', '问候'], // greeting
    ['Other', '其他'], // other
  ],
] as const satisfies LabelTable<typeof v.taskKinds>;

/** The labels of `taskStatuses`. */
export const taskStatusLabels = [v.taskStatuses, [['Open', '待办'], ['Done', '已完成'], ['Cancelled', '已取消']]] as const satisfies LabelTable<typeof v.taskStatuses>;

/** The labels of `taskOrigins`. */
export const taskOriginLabels = [
  v.taskOrigins,
  [
    ['Entered by hand', '手工录入'], // manual
    ['Next step of a contact', '联络记录的下一步'], // interaction
    ['Follow-up cadence', '跟单周期'], // cadence
  ],
] as const satisfies LabelTable<typeof v.taskOrigins>;

/** The labels of `serviceCaseKinds`. */
export const serviceCaseKindLabels = [v.serviceCaseKinds, [['Question', '问题'], ['Complaint', '投诉'], ['Repair', '维修'], ['Request', '服务请求']]] as const satisfies LabelTable<typeof v.serviceCaseKinds>;

/** The labels of `serviceChannels`. */
export const serviceChannelLabels = [
  v.serviceChannels,
  [
    ['Phone', '电话'], // phone
    ['Email', '邮件'], // email
    ['Visit', '上门'], // visit
    ['Website', '网站'], // web
    ['WeChat', '微信'], // wechat
    ['Other', '其他'], // other
  ],
] as const satisfies LabelTable<typeof v.serviceChannels>;

/** The labels of `serviceSeverities`. */
export const serviceSeverityLabels = [v.serviceSeverities, [['Low', '低'], ['Medium', '中'], ['High', '高'], ['Critical', '紧急']]] as const satisfies LabelTable<typeof v.serviceSeverities>;

/** The labels of `serviceCaseStatuses`. */
export const serviceCaseStatusLabels = [v.serviceCaseStatuses, [['Open', '待处理'], ['In progress', '处理中'], ['Resolved', '已解决'], ['Closed', '已关闭']]] as const satisfies LabelTable<typeof v.serviceCaseStatuses>;

/** The labels of `contractKinds`. */
export const contractKindLabels = [
  v.contractKinds,
  [
    ['Subscription', '订阅'], // subscription
    ['Service term', '服务合同'], // service
    ['Framework agreement', '框架协议'], // framework
    ['Sales contract', '销售合同'], // sales
  ],
] as const satisfies LabelTable<typeof v.contractKinds>;

/** The labels of `contractRenewals`. */
export const contractRenewalLabels = [
  v.contractRenewals,
  [
    ['Renews automatically', '自动续约'], // auto
    ['Renewal by agreement', '协商续约'], // manual
    ['Does not renew', '不续约'], // none
  ],
] as const satisfies LabelTable<typeof v.contractRenewals>;

/** The labels of `operatingStatuses`. */
export const operatingStatusLabels = [
  v.operatingStatuses,
  [
    ['Operating', '正常经营'], // operating
    ['Expanding', '扩张中'], // expanding
    ['Shrinking', '收缩中'], // shrinking
    ['Closing down', '即将停业'], // closing-down
    ['Closed', '已停业'], // closed
  ],
] as const satisfies LabelTable<typeof v.operatingStatuses>;

/** The labels of `creditRatings`. */
export const creditRatingLabels = [v.creditRatings, [['AAA', 'AAA 级'], ['AA', 'AA 级'], ['A', 'A 级'], ['B', 'B 级'], ['C', 'C 级'], ['D', 'D 级']]] as const satisfies LabelTable<typeof v.creditRatings>;

/** The labels of `potentialLevels`. */
export const potentialLevelLabels = [v.potentialLevels, [['High potential', '潜力大'], ['Medium potential', '潜力一般'], ['Low potential', '潜力小']]] as const satisfies LabelTable<typeof v.potentialLevels>;
