import { translate, type Catalog, type Locale, type MessageParams } from '@dossier/core';

/** Every string the demo site shows itself (the widgets translate their own). */
export type DemoMessage =
  | 'company'
  | 'tagline'
  | 'erpTagline'
  | 'nav.agenda'
  | 'nav.label'
  | 'skip'
  | 'nav.customers'
  | 'nav.grading'
  | 'nav.reports'
  | 'nav.import'
  | 'nav.erp'
  | 'nav.idb'
  | 'language'
  | 'viewer'
  | 'viewer.manager'
  | 'viewer.rep'
  | 'viewer.callCentre'
  | 'viewer.callCentreHint'
  | 'nav.audit'
  | 'audit.all'
  | 'audit.unavailable'
  | 'card.audit'
  | 'reset'
  | 'resetConfirm'
  | 'seed.title'
  | 'seed.generating'
  | 'seed.writing'
  | 'seed.grading'
  | 'seed.filling'
  | 'seed.done'
  | 'seed.failed'
  | 'seed.retry'
  | 'customers.title'
  | 'customers.file'
  | 'customers.pick'
  | 'customers.export'
  | 'customers.exported'
  | 'customers.new'
  | 'card.edit'
  | 'card.visit'
  | 'card.history'
  | 'card.close'
  | 'form.title'
  | 'form.nameZh'
  | 'form.nameEn'
  | 'form.phone'
  | 'form.mobile'
  | 'form.stage'
  | 'form.tags'
  | 'form.save'
  | 'form.cancel'
  | 'form.saved'
  | 'form.saving'
  | 'form.invalid'
  | 'conflict.title'
  | 'conflict.explain'
  | 'conflict.field'
  | 'conflict.theirs'
  | 'conflict.mine'
  | 'conflict.keepTheirs'
  | 'conflict.keepMine'
  | 'conflict.apply'
  | 'history.title'
  | 'history.rev'
  | 'history.by'
  | 'history.created'
  | 'history.empty'
  | 'history.more'
  | 'visit.title'
  | 'visit.kind'
  | 'visit.date'
  | 'visit.subject'
  | 'visit.cost'
  | 'visit.place'
  | 'visit.save'
  | 'visit.saved'
  | 'grading.title'
  | 'grading.explain'
  | 'grading.run'
  | 'grading.running'
  | 'grading.step.read'
  | 'grading.step.figures'
  | 'grading.step.grade'
  | 'grading.step.save'
  | 'grading.step.customers'
  | 'grading.done'
  | 'grading.runs'
  | 'grading.asOf'
  | 'grading.customers'
  | 'grading.ranBy'
  | 'grading.runLabel'
  | 'people.system'
  | 'people.import'
  | 'grading.migration'
  | 'grading.from'
  | 'grading.to'
  | 'grading.needTwo'
  | 'grading.movers'
  | 'import.title'
  | 'reports.funnel'
  | 'reports.competitors'
  | 'import.explain'
  | 'import.saved'
  | 'import.report'
  | 'reports.title'
  | 'reports.pareto'
  | 'reports.composition'
  | 'reports.compositionBy'
  | 'reports.by.grade'
  | 'reports.by.territory'
  | 'reports.drill'
  | 'reports.drillOpenList'
  | 'reports.drillNone'
  | 'reports.drillMore'
  | 'reports.by.nature'
  | 'reports.by.category'
  | 'reports.rfm'
  | 'reports.efficiency'
  | 'reports.products'
  | 'reports.loading'
  | 'col.rep'
  | 'col.visits'
  | 'col.sales'
  | 'col.orders'
  | 'col.customers'
  | 'col.costPerVisit'
  | 'col.salesPerVisit'
  | 'col.newCustomers'
  | 'col.lostCustomers'
  | 'col.product'
  | 'col.share'
  | 'col.margin'
  | 'col.cross'
  | 'col.grade'
  | 'error'
  | 'loading'
  | 'erp.adapter'
  | 'idb.adapter';

export const messages: Catalog<DemoMessage> = {
  en: {
    company: 'East China Hardware Trading Co.',
    tagline: 'Customer archive — stored in this browser (IndexedDB)',
    erpTagline: 'Customer archive — ERP back office (PostgreSQL over HTTP)',
    'nav.agenda': 'Today',
    'nav.label': 'Main',
    skip: 'Skip to the content',
    'nav.customers': 'Customers',
    'nav.grading': 'Grading',
    'nav.reports': 'Reports',
    'nav.import': 'Import',
    'nav.erp': 'ERP page',
    'nav.idb': 'Browser page',
    language: 'Language',
    viewer: 'Signed in as',
    'viewer.manager': 'Sales manager',
    'viewer.rep': 'Sales rep {rep}',
    'viewer.callCentre': 'Call-centre agent',
    'viewer.callCentreHint': 'May reveal a phone number after giving a reason',
    'nav.audit': 'Audit log',
    'audit.all': '← Every entry',
    'audit.unavailable': 'This page keeps no audit log: the ERP server writes its own.',
    'card.audit': 'Audit log',
    reset: 'Reset data',
    resetConfirm: 'Delete every record in this archive and generate fresh sample data?',
    'seed.title': 'Preparing the sample archive',
    'seed.generating': 'Generating {customers} customers with a year and a half of trade…',
    'seed.writing': 'Storing records: {done} of {total}',
    'seed.grading': 'Grading the previous period…',
    'seed.filling': 'Customers are ready; still storing their history: {done} of {total} records',
    'seed.done': 'Ready',
    'seed.failed': 'Could not prepare the sample data: {message}',
    'seed.retry': 'Try again',
    'customers.title': 'Customers',
    'customers.file': 'Customer file',
    'customers.pick': 'Choose a customer in the list (search by name or pinyin initials, e.g. "zs").',
    'customers.export': 'Export the whole archive (CSV)',
    'customers.exported': 'Exported {count} customers',
    'customers.new': 'New customer',
    'card.edit': 'Edit',
    'card.visit': 'Log a visit',
    'card.history': 'History',
    'card.close': 'Close',
    'form.title': 'Edit customer',
    'form.nameZh': 'Name (Chinese)',
    'form.nameEn': 'Name (English)',
    'form.phone': 'Phone',
    'form.mobile': 'Mobile',
    'form.stage': 'Relationship stage',
    'form.tags': 'Tags (comma separated)',
    'form.save': 'Save',
    'form.cancel': 'Cancel',
    'form.saved': 'Saved as revision {rev}',
    'form.saving': 'Saving…',
    'form.invalid': 'Not saved: {message}',
    'conflict.title': 'Someone else changed this customer',
    'conflict.explain': 'Revision {rev} by {by} was saved while you were editing. Choose, field by field, what to keep; nothing is lost.',
    'conflict.field': 'Field',
    'conflict.theirs': 'Saved meanwhile',
    'conflict.mine': 'Your edit',
    'conflict.keepTheirs': 'Keep theirs',
    'conflict.keepMine': 'Keep mine',
    'conflict.apply': 'Save merged version',
    'history.title': 'History',
    'history.rev': 'Revision {rev}',
    'history.by': '{at} by {by}',
    'history.created': 'created',
    'history.empty': 'No history yet',
    'history.more': '{count} more fields',
    'visit.title': 'Log a visit',
    'visit.kind': 'Kind',
    'visit.date': 'Date',
    'visit.subject': 'Subject',
    'visit.cost': 'Cost (CNY)',
    'visit.place': 'Place',
    'visit.save': 'Save visit',
    'visit.saved': 'Visit logged',
    'grading.title': 'Yearly grading',
    'grading.explain': 'ABC grading by share of revenue over the last 365 days (80% / 95%). Each run is kept; grades move between runs.',
    'grading.run': 'Run the yearly grading as of {asOf}',
    'grading.running': 'Grading…',
    'grading.step.read': 'Reading the transaction book',
    'grading.step.figures': 'Computing customer figures',
    'grading.step.grade': 'Grading',
    'grading.step.save': 'Saving the run',
    'grading.step.customers': 'Updating customer grades: {done} of {total}',
    'grading.done': '{id} saved: {customers} customers graded',
    'grading.runs': 'Runs',
    'grading.asOf': 'As of',
    'grading.customers': 'Customers',
    'grading.ranBy': 'Ran by',
    'grading.runLabel': 'Grading as of {asOf}',
    'people.system': 'System (demo data)',
    'people.import': 'Import',
    'grading.migration': 'Who moved grade, and why',
    'grading.from': 'From run',
    'grading.to': 'To run',
    'grading.needTwo': 'Run the grading to compare it with the previous run.',
    'grading.movers': '{count} customers changed grade',
    'reports.funnel': 'Lead funnel',
    'reports.competitors': 'Competitors at our customers',
    'import.title': 'Import customers from a spreadsheet',
    'import.explain': 'Pick an .xlsx or .csv file (UTF-8 or GBK). Rows matching a stored customer update it instead of creating a duplicate; valid rows are saved together, in one step.',
    'import.saved': 'Saved: {inserted} customers imported, {updated} updated',
    'import.report': '{rejected} rows were rejected and not saved: the report below lists line, column and reason, and can be downloaded as CSV.',
    'reports.title': 'Reports',
    'reports.pareto': 'Pareto: revenue concentration',
    'reports.composition': 'Composition',
    'reports.compositionBy': 'Group by',
    'reports.by.grade': 'Grade',
    'reports.by.territory': 'Region',
    'reports.drill': '{label}: {count} customers',
    'reports.drillOpenList': 'Open them in the customer list',
    'reports.drillNone': 'No customer.',
    'reports.drillMore': '… and {count} more.',
    'reports.by.nature': 'Nature',
    'reports.by.category': 'Product category',
    'reports.rfm': 'RFM: recency × frequency',
    'reports.efficiency': 'Sales force efficiency',
    'reports.products': 'Product analysis',
    'reports.loading': 'Computing reports…',
    'col.rep': 'Rep',
    'col.visits': 'Visits',
    'col.sales': 'Sales',
    'col.orders': 'Orders',
    'col.customers': 'Buying customers',
    'col.costPerVisit': 'Cost per visit',
    'col.salesPerVisit': 'Sales per visit',
    'col.newCustomers': 'New',
    'col.lostCustomers': 'Lost',
    'col.product': 'Category',
    'col.share': 'Share of sales',
    'col.margin': 'Gross margin',
    'col.cross': 'Cross ratio',
    'col.grade': 'Grade',
    error: 'Something went wrong: {message}',
    loading: 'Loading…',
    'erp.adapter': 'Storage: {adapter} on the demo server, through the HTTP adapter (/api/)',
    'idb.adapter': 'Adapter: IndexedDB in this browser',
  },
  'zh-CN': {
    company: '华东五金贸易有限公司',
    tagline: '客户档案 — 存储在本浏览器（IndexedDB）',
    erpTagline: '客户档案 — ERP 后台（通过 HTTP 访问 PostgreSQL）',
    'nav.agenda': '今日待办',
    'nav.label': '主导航',
    skip: '跳到主要内容',
    'nav.customers': '客户',
    'nav.grading': '客户分级',
    'nav.reports': '报表',
    'nav.import': '导入',
    'nav.erp': 'ERP 页面',
    'nav.idb': '浏览器页面',
    language: '语言',
    viewer: '当前身份',
    'viewer.manager': '销售经理',
    'viewer.rep': '业务员 {rep}',
    'viewer.callCentre': '呼叫中心坐席',
    'viewer.callCentreHint': '说明理由后可查看电话',
    'nav.audit': '审计日志',
    'audit.all': '← 全部记录',
    'audit.unavailable': '本页面不保存审计日志：ERP 服务器自行记录。',
    'card.audit': '审计日志',
    reset: '重置数据',
    resetConfirm: '删除本档案中的所有记录并重新生成示例数据？',
    'seed.title': '正在准备示例档案',
    'seed.generating': '正在生成 {customers} 位客户及一年半的交易…',
    'seed.writing': '正在存储记录：{done} / {total}',
    'seed.grading': '正在评定上期客户等级…',
    'seed.filling': '客户已可查看，仍在存储往来记录：{done} / {total}',
    'seed.done': '准备就绪',
    'seed.failed': '无法准备示例数据：{message}',
    'seed.retry': '重试',
    'customers.title': '客户',
    'customers.file': '客户档案',
    'customers.pick': '请在列表中选择客户（可按名称或拼音首字母搜索，如“zs”）。',
    'customers.export': '导出全部客户档案（CSV）',
    'customers.exported': '已导出 {count} 位客户',
    'customers.new': '新建客户',
    'card.edit': '编辑',
    'card.visit': '登记拜访',
    'card.history': '修改记录',
    'card.close': '关闭',
    'form.title': '编辑客户',
    'form.nameZh': '名称（中文）',
    'form.nameEn': '名称（英文）',
    'form.phone': '电话',
    'form.mobile': '手机',
    'form.stage': '关系阶段',
    'form.tags': '标签（逗号分隔）',
    'form.save': '保存',
    'form.cancel': '取消',
    'form.saved': '已保存为第 {rev} 版',
    'form.saving': '正在保存…',
    'form.invalid': '未保存：{message}',
    'conflict.title': '其他人修改了该客户',
    'conflict.explain': '在您编辑期间，{by} 保存了第 {rev} 版。请逐项选择要保留的内容，任何修改都不会丢失。',
    'conflict.field': '字段',
    'conflict.theirs': '对方已保存',
    'conflict.mine': '您的修改',
    'conflict.keepTheirs': '保留对方',
    'conflict.keepMine': '保留我的',
    'conflict.apply': '保存合并后的版本',
    'history.title': '修改记录',
    'history.rev': '第 {rev} 版',
    'history.by': '{at}，{by}',
    'history.created': '创建',
    'history.empty': '暂无修改记录',
    'history.more': '另有 {count} 个字段',
    'visit.title': '登记拜访',
    'visit.kind': '方式',
    'visit.date': '日期',
    'visit.subject': '主题',
    'visit.cost': '费用（元）',
    'visit.place': '地点',
    'visit.save': '保存拜访',
    'visit.saved': '已登记拜访',
    'grading.title': '年度客户分级',
    'grading.explain': '按近 365 天销售额占比进行 ABC 分级（80% / 95%）。每次评级都会保存，可比较等级变化。',
    'grading.run': '以 {asOf} 为基准日进行年度分级',
    'grading.running': '正在分级…',
    'grading.step.read': '正在读取交易流水',
    'grading.step.figures': '正在计算客户指标',
    'grading.step.grade': '正在分级',
    'grading.step.save': '正在保存评级记录',
    'grading.step.customers': '正在更新客户等级：{done} / {total}',
    'grading.done': '{id}已保存：共 {customers} 位客户',
    'grading.runs': '评级记录',
    'grading.asOf': '基准日',
    'grading.customers': '客户数',
    'grading.ranBy': '执行人',
    'grading.runLabel': '{asOf} 的评级',
    'people.system': '系统（演示数据）',
    'people.import': '导入',
    'grading.migration': '等级变动及原因',
    'grading.from': '起始评级',
    'grading.to': '对比评级',
    'grading.needTwo': '请先进行分级，再与上期评级比较。',
    'grading.movers': '{count} 位客户等级发生变化',
    'reports.funnel': '客户开发漏斗',
    'reports.competitors': '客户使用的竞争对手',
    'import.title': '从电子表格导入客户',
    'import.explain': '请选择 .xlsx 或 .csv 文件（UTF-8 或 GBK）。与已存客户匹配的行将更新该客户而不会重复创建；有效行一次性全部保存。',
    'import.saved': '已保存：导入 {inserted} 位客户，更新 {updated} 位',
    'import.report': '{rejected} 行被拒绝，未保存：下方报告列出行号、列和原因，可下载为 CSV。',
    'reports.title': '报表',
    'reports.pareto': '帕累托分析：销售额集中度',
    'reports.composition': '构成分析',
    'reports.compositionBy': '分组依据',
    'reports.by.grade': '客户等级',
    'reports.by.territory': '地区',
    'reports.drill': '{label}：{count} 位客户',
    'reports.drillOpenList': '在客户列表中查看',
    'reports.drillNone': '没有客户。',
    'reports.drillMore': '……另有 {count} 位。',
    'reports.by.nature': '客户性质',
    'reports.by.category': '商品类别',
    'reports.rfm': 'RFM：最近购买 × 购买频率',
    'reports.efficiency': '销售人员效率',
    'reports.products': '商品分析',
    'reports.loading': '正在计算报表…',
    'col.rep': '业务员',
    'col.visits': '拜访次数',
    'col.sales': '销售额',
    'col.orders': '订单数',
    'col.customers': '成交客户',
    'col.costPerVisit': '每次拜访费用',
    'col.salesPerVisit': '每次拜访销售额',
    'col.newCustomers': '新客户',
    'col.lostCustomers': '流失客户',
    'col.product': '类别',
    'col.share': '销售占比',
    'col.margin': '毛利率',
    'col.cross': '交叉比率',
    'col.grade': '等级',
    error: '出错了：{message}',
    loading: '正在加载…',
    'erp.adapter': '存储：演示服务器上的 {adapter}，经由 HTTP 适配器（/api/）',
    'idb.adapter': '存储：本浏览器的 IndexedDB',
  },
};

/**
 * The demo's one translation function.
 *
 * @example
 * t('zh-CN', 'nav.customers') // '客户'
 */
export function t(locale: Locale, key: DemoMessage, params: MessageParams = {}): string {
  return translate(messages, locale, key, params);
}
