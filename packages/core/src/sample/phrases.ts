/**
 * Short Chinese phrases for the free-text fields of the sample archive (reasons, notes,
 * titles). faker's zh_CN locale has names, streets and companies but no sales vocabulary, so
 * these few lists are written here; people and places come from faker and ./geography.ts.
 */

export const stopReasons = [
  '价格原因转向竞争对手',
  '客户业务调整，不再采购该品类',
  '多次交货延迟引起不满',
  '客户经营困难，已停止合作',
  '采购负责人更换，新负责人偏好其他供应商',
  '回款问题严重，我方暂停供货',
] as const;

export const problemNotes = [
  '多次逾期付款，需财务跟进催收',
  '对上批货物质量有投诉，正在处理',
  '要求额外折扣和更长账期',
  '交货地址与合同不符产生纠纷',
] as const;

export const contactTitles = {
  'decision-maker': ['总经理', '副总经理', '董事长', '采购总监', '运营总监'],
  user: ['车间主任', '行政主管', '仓库主管', '生产经理'],
  influencer: ['技术总监', '工程师', '质量经理', '财务经理'],
  purchaser: ['采购经理', '采购专员', '采购主管'],
  gatekeeper: ['总经理助理', '前台主管', '行政助理'],
} as const;

export const departments = {
  'decision-maker': '总经办',
  user: '生产部',
  influencer: '技术部',
  purchaser: '采购部',
  gatekeeper: '行政部',
} as const;

export const natureSubclasses = {
  'individual-consumer': ['个人', '家庭'],
  intermediary: ['经销商', '代理商', '零售商', '批发商'],
  manufacturer: ['加工制造', '组装生产', '原材料加工'],
  'government-social': ['政府机关', '事业单位', '社会团体'], // organisations take theirs from institutionTypes
} as const;

/** Institution types of government and social organisations (their names follow no company pattern). */
export const institutionTypes = [
  { name: '人民医院', industry: '卫生', subclass: '事业单位', uscc: '12' },
  { name: '实验中学', industry: '教育', subclass: '事业单位', uscc: '12' },
  { name: '职业技术学院', industry: '教育', subclass: '事业单位', uscc: '12' },
  { name: '疾病预防控制中心', industry: '卫生', subclass: '事业单位', uscc: '12' },
  { name: '图书馆', industry: '文化', subclass: '事业单位', uscc: '12' },
  { name: '行业协会', industry: '社会组织', subclass: '社会团体', uscc: '51' },
  { name: '街道办事处', industry: '公共管理', subclass: '政府机关', uscc: '11' },
  { name: '市政管理处', industry: '公共管理', subclass: '政府机关', uscc: '11' },
] as const;

/** Industries of the English names of faker's zh_CN company categories. */
export const industryEnglish: Readonly<Record<string, string>> = {
  传媒: 'Media',
  保险: 'Insurance',
  印刷: 'Printing',
  建设: 'Construction',
  旅游发展: 'Tourism Development',
  林业: 'Forestry',
  水产: 'Aquatic Products',
  燃气: 'Gas',
  物流: 'Logistics',
  电力: 'Power',
  矿业: 'Mining',
  网络科技: 'Network Technology',
  运输: 'Transport',
  食品: 'Food',
};

export const occupations = ['教师', '医生', '个体经营者', '工程师', '设计师', '会计', '律师', '退休人员'] as const;

export const hobbies = ['高尔夫', '钓鱼', '书法', '茶道', '摄影', '马拉松', '登山', '围棋', '收藏', '旅游'] as const;

export const neverRaise = ['离婚', '前任公司的诉讼', '孩子的学业问题', '健康状况', '股权纠纷'] as const;

export const schools = ['清华大学', '浙江大学', '复旦大学', '中山大学', '武汉大学', '四川大学', '华南理工大学', '西安交通大学'] as const;

export const majors = ['工商管理', '机械工程', '会计学', '计算机科学', '市场营销', '化学工程'] as const;

export const competitors = ['华信供应链', '联创工业品', '东方办公', '恒泰五金', '中联包装', '新世纪设备', '诚达商贸'] as const;

export const interactionSubjects = {
  visit: ['例行拜访', '新品介绍', '回款沟通', '需求调研'],
  call: ['电话回访', '订单确认', '催款电话', '报价沟通'],
  email: ['发送报价单', '发送产品资料', '对账单'],
  meeting: ['年度合作洽谈', '项目方案讨论', '技术交流会'],
  gift: ['节日礼品', '生日礼物', '中秋月饼'],
  discount: ['批量折扣', '年终返利'],
  voucher: ['代金券', '满减券'],
  support: ['设备安装调试', '售后维修', '操作培训'],
  'joint-work': ['联合推广', '联合开发'],
  other: ['展会邀请', '参观工厂'],
} as const;

/** Subjects of sample service cases (问题 / 投诉 / 维修 / 服务请求). */
export const serviceCaseTitles = {
  question: ['咨询产品使用方法', '询问发票开具进度', '咨询批量采购折扣'],
  complaint: ['到货延迟投诉', '包装破损投诉', '送货人员态度投诉'],
  repair: ['设备异响需上门检修', '零件磨损需要更换', '控制面板无响应'],
  request: ['申请延长保修', '要求提供培训', '申请更换型号'],
} as const;

/** Titles of sample contracts, by kind. */
export const contractTitles = {
  subscription: ['年度耗材订阅', '软件服务年费'],
  service: ['年度维保服务合同', '设备巡检服务协议'],
  framework: ['年度采购框架协议', '战略合作框架协议'],
  sales: ['设备采购合同', '批量供货合同'],
} as const;

/** Titles of sample follow-up tasks. */
export const taskTitles = {
  visit: ['回访了解使用情况', '上门拜访，带新品样品'],
  call: ['电话跟进报价反馈', '电话确认下批订单'],
  'send-quote': ['发送二期报价单'],
  'credit-review': ['年度信用额度复核'],
  'grade-review': ['新客户等级评审'],
  renewal: ['沟通合同续签'],
  'collect-payment': ['催收逾期货款'],
  greeting: ['节日问候'],
  other: ['整理客户档案'],
} as const;

export const decisionProcesses = ['部门提出需求，技术部评估，总经理审批', '采购部比价三家，分管副总审批', '招标采购，评标委员会决定'] as const;

export const procurementProcesses = ['询价—比价—签约', '公开招标', '框架协议下按月下单', '邀请招标'] as const;
