import type { Catalog } from '@dossier/core';

/** Every user-facing string of the `dossier` command, in en and zh-CN side by side. */
const en = {
  // Errors (exit code 2 unless said otherwise).
  'error.usage': '{detail}. Run `dossier {command} --help`.',
  'error.too-many-fields':
    '{file}, line {line}: {count} fields, but the header has {expected}. A number written with a thousands separator (1,000) or a text with a comma needs quotes.',
  'error.unknown-command': 'Unknown command "{command}". Commands: grade, analyze. Run `dossier --help`.',
  'error.missing-option': 'Missing {option}. Run `dossier {command} --help`.',
  'error.invalid-option': 'Invalid value for {option}: "{value}" (expected {expected}).',
  'error.file-not-found': 'Cannot read {file}: no such file.',
  'error.empty-file': '{file} is empty: a header row is needed.',
  'error.missing-column': '{file}, line {line}: required column "{name}" is missing (header has: {found}).',
  'error.duplicate-column': '{file}, line {line}, column {column}: column "{name}" appears twice in the header.',
  'error.missing-value': '{file}, line {line}, column {column} ({name}): the value is empty but required.',
  'error.duplicate-customer': '{file}, line {line}: customer "{id}" was already listed on line {first}.',
  'error.bad-date':
    '{file}, line {line}, column {column} ({name}): "{value}" is not a calendar date (write YYYY-MM-DD, e.g. 2025-03-31).',
  'error.bad-number': '{file}, line {line}, column {column} ({name}): {reason}',
  'error.too-few-fields': '{file}, line {line}: {count} fields, but the header needs at least {expected}.',
  'error.csv-syntax': '{file}, line {line}: {detail} (check the quotes on this line).',
  'error.not-utf8': '{file} is not UTF-8 text. If Excel saved it as "CSV" on a Chinese system, add --encoding gb18030, or save as "CSV UTF-8".',
  'error.bad-policy': '{file}: {detail}',
  'error.grading-failed': '{detail}',
  'error.internal': 'Unexpected failure: {detail}',
  'error.prefix': 'dossier: ',

  // Progress and summaries (standard error).
  'progress.reading': 'Reading {file}',
  'summary.grade': 'Graded {customers} customers ({method}) as of {asOf} → {target}.',
  'summary.stdout': 'standard output',

  // Help.
  'help.main': `dossier: grade and analyse customer archives from CSV exports.

Usage:
  dossier grade   --transactions FILE.csv --as-of YYYY-MM-DD [options]
  dossier analyze --transactions FILE.csv --as-of YYYY-MM-DD [options]
  dossier import  FILE.xlsx|FILE.csv --archive ARCHIVE.json [options]
  dossier export  --archive ARCHIVE.json --out FILE.xlsx|FILE.csv [options]
  dossier <command> --help

Exit status: 0 done; 2 bad input or usage (nothing is written to --out); 1 unexpected failure.`,
  'help.grade': `dossier grade: one row per customer with its grade and explanation.

Usage:
  dossier grade --transactions FILE.csv --as-of YYYY-MM-DD [--window-days 365]
                [--method abc-share|abc-amount|abc-count|rfm|scorecard] [--policy FILE.json]
                [--customers FILE.csv] [--format csv|json] [--out FILE]

Output columns:
  ABC methods: customer_id,grade,revenue,rank,share_before,share_after,vip,explanation
               (rank empty for customers with no positive revenue; ranked customers first, by rank)
  rfm:         customer_id,recency_days,frequency,monetary,r,f,m,segment (by customer_id)
  scorecard:   customer_id,grade,total,<points per criterion>,explanation (by customer_id)`,
  'help.analyze': `dossier analyze: composition of customers and revenue, Pareto curve, top-20 % share and Gini,
and, where the inputs allow, products, customer lifecycle and grade composition.

Usage:
  dossier analyze --transactions FILE.csv --as-of YYYY-MM-DD [--window-days 365]
                  [--customers FILE.csv] [--by region,industry,…] [--format text|json] [--out FILE]`,
  'help.options': 'Options:',
  'help.input': `Input: CSV with a header row, UTF-8 with or without BOM, LF or CRLF (as Excel writes it).
  Required columns customer_id,date,amount; optional cost,order_id,product_id,category,quantity,paid.
  Header names ignore case and spaces; 客户编号, 日期, 金额, 成本, 订单号, 产品编号, 类别, 数量, 回款 are understood.
  Dates YYYY-MM-DD (also YYYY/M/D; a time of day is ignored). Amounts are plain numbers; negative for returns.
  The window counts a line when as-of − window-days <= date < as-of.`,
  'help.option.transactions': 'transactions CSV (required)',
  'help.option.as-of': 'evaluation date; the window ends the day before (required)',
  'help.option.window-days': 'length of the evaluation window in days (default 365)',
  'help.option.method': 'grading method (default abc-share, or the policy file\'s method)',
  'help.option.policy': 'grading policy JSON ({"method":"abc-share","cutoffs":[0.8,0.95]}, adjustments, bins, criteria …)',
  'help.option.customers':
    'customers CSV: customer_id plus attributes (region, nature, industry, rep, potential, status, credit_rating …); listed customers without transactions get a row too',
  'help.option.format.grade': 'output format (default csv)',
  'help.option.format.analyze': 'output format (default text)',
  'help.option.out': 'write to FILE (atomically: it appears only when complete) instead of standard output',
  'help.option.by': 'customer attributes to break the composition down by (default: every attribute column of --customers)',
  'help.option.encoding': 'text encoding of the CSV files (default utf-8; gb18030 for files Excel saved on a Chinese system)',
  'help.option.locale': 'language of messages and explanations (default from LANG)',
  'help.option.quiet': 'no progress bar',
  'help.option.help': 'show this help',

  // analyze (text output).
  'analyze.title': 'Customer analysis as of {asOf} (window {windowDays} days: {from} to {to})',
  'analyze.overview': 'Customers {customers} (with positive revenue {positive}), net revenue {revenue}',
  'analyze.pareto': 'Pareto: the top {topPercent} % of customers make {topShare} of revenue; Gini {gini}',
  'analyze.pareto.curve': 'Pareto curve (customer share → revenue share):',
  'analyze.composition': 'Composition by {dimension}',
  'analyze.column.key': 'group',
  'analyze.column.customers': 'customers',
  'analyze.column.customer-share': 'customer share',
  'analyze.column.revenue': 'revenue',
  'analyze.column.revenue-share': 'revenue share',
  'analyze.column.gross-margin-rate': 'gross margin rate',
  'analyze.none': '(none)',
  'analyze.products': 'Products',
  'analyze.lifecycle': 'Customer lifecycle: new {new}, lost {lost}, retained {retained}; retention rate {retention}, churn rate {churn}',
  'analyze.dimension.grade': 'ABC grade',
  'analyze.dimension.product': 'product',
  'analyze.dimension.category': 'category',
} as const;

export type MessageKey = keyof typeof en;

const zhCN: Record<MessageKey, string> = {
  'error.usage': '{detail}。运行 `dossier {command} --help` 查看说明。',
  'error.too-many-fields': '{file} 第 {line} 行：有 {count} 个字段，但表头只有 {expected} 个。带千分位的数字（1,000）或含逗号的文字需要加引号。',
  'error.unknown-command': '未知命令 “{command}”。可用命令：grade、analyze。运行 `dossier --help` 查看说明。',
  'error.missing-option': '缺少 {option}。运行 `dossier {command} --help` 查看说明。',
  'error.invalid-option': '{option} 的值 “{value}” 无效（应为 {expected}）。',
  'error.file-not-found': '无法读取 {file}：文件不存在。',
  'error.empty-file': '{file} 是空文件：需要一行表头。',
  'error.missing-column': '{file} 第 {line} 行：缺少必需的列 “{name}”（表头为：{found}）。',
  'error.duplicate-column': '{file} 第 {line} 行第 {column} 列：表头中 “{name}” 列出现了两次。',
  'error.missing-value': '{file} 第 {line} 行第 {column} 列（{name}）：该值为必填，但为空。',
  'error.duplicate-customer': '{file} 第 {line} 行：客户 “{id}” 已在第 {first} 行列出。',
  'error.bad-date': '{file} 第 {line} 行第 {column} 列（{name}）：“{value}” 不是有效日期（请写成 YYYY-MM-DD，例如 2025-03-31）。',
  'error.bad-number': '{file} 第 {line} 行第 {column} 列（{name}）：{reason}',
  'error.too-few-fields': '{file} 第 {line} 行：只有 {count} 个字段，表头至少需要 {expected} 个。',
  'error.csv-syntax': '{file} 第 {line} 行：{detail}（请检查该行的引号）。',
  'error.not-utf8': '{file} 不是 UTF-8 文本。如果是中文系统的 Excel 另存为的 “CSV”，请加上 --encoding gb18030，或另存为 “CSV UTF-8”。',
  'error.bad-policy': '{file}：{detail}',
  'error.grading-failed': '{detail}',
  'error.internal': '意外失败：{detail}',
  'error.prefix': 'dossier：',

  'progress.reading': '正在读取 {file}',
  'summary.grade': '已按 {method} 为 {customers} 个客户分级（截至 {asOf}）→ {target}。',
  'summary.stdout': '标准输出',

  'help.main': `dossier：根据 CSV 导出文件为客户档案分级和分析。

用法：
  dossier grade   --transactions 文件.csv --as-of YYYY-MM-DD [选项]
  dossier analyze --transactions 文件.csv --as-of YYYY-MM-DD [选项]
  dossier import  文件.xlsx|文件.csv --archive 档案.json [选项]
  dossier export  --archive 档案.json --out 文件.xlsx|文件.csv [选项]
  dossier <命令> --help

退出码：0 完成；2 输入或用法错误（不会写入 --out）；1 意外失败。`,
  'help.grade': `dossier grade：每个客户一行，含等级和说明。

用法：
  dossier grade --transactions 文件.csv --as-of YYYY-MM-DD [--window-days 365]
                [--method abc-share|abc-amount|abc-count|rfm|scorecard] [--policy 文件.json]
                [--customers 文件.csv] [--format csv|json] [--out 文件]

输出列：
  ABC 方法：customer_id,grade,revenue,rank,share_before,share_after,vip,explanation
            （无正销售额的客户 rank 为空；有排名的客户在前，按排名排序）
  rfm：     customer_id,recency_days,frequency,monetary,r,f,m,segment（按 customer_id 排序）
  scorecard：customer_id,grade,total,<各项得分>,explanation（按 customer_id 排序）`,
  'help.analyze': `dossier analyze：客户数与销售额构成、帕累托曲线、前 20 % 客户占比和基尼系数，
以及在输入允许时的商品分析、客户生命周期和等级构成。

用法：
  dossier analyze --transactions 文件.csv --as-of YYYY-MM-DD [--window-days 365]
                  [--customers 文件.csv] [--by region,industry,…] [--format text|json] [--out 文件]`,
  'help.options': '选项：',
  'help.input': `输入：带表头的 CSV，UTF-8（有无 BOM 均可），LF 或 CRLF 换行（即 Excel 的写法）。
  必需列 customer_id,date,amount；可选列 cost,order_id,product_id,category,quantity,paid。
  表头不区分大小写和空格；也可使用 客户编号、日期、金额、成本、订单号、产品编号、类别、数量、回款。
  日期写作 YYYY-MM-DD（或 YYYY/M/D；时间部分忽略）。金额为普通数字，退货为负数。
  统计窗口：as-of − window-days <= 日期 < as-of 的交易计入。`,
  'help.option.transactions': '交易 CSV 文件（必填）',
  'help.option.as-of': '评估日期；窗口截止到前一天（必填）',
  'help.option.window-days': '评估窗口天数（默认 365）',
  'help.option.method': '分级方法（默认 abc-share，或策略文件中的方法）',
  'help.option.policy': '分级策略 JSON（{"method":"abc-share","cutoffs":[0.8,0.95]}、调整规则、分箱数、评分项 …）',
  'help.option.customers':
    '客户 CSV：customer_id 加属性列（region、nature、industry、rep、potential、status、credit_rating …）；列出但没有交易的客户也会输出一行',
  'help.option.format.grade': '输出格式（默认 csv）',
  'help.option.format.analyze': '输出格式（默认 text）',
  'help.option.out': '写入文件（原子写入：完成后才出现）而不是标准输出',
  'help.option.by': '用于构成分析的客户属性（默认：--customers 中的所有属性列）',
  'help.option.encoding': 'CSV 文件的编码（默认 utf-8；中文系统 Excel 保存的文件用 gb18030）',
  'help.option.locale': '消息和说明的语言（默认取自 LANG）',
  'help.option.quiet': '不显示进度条',
  'help.option.help': '显示本帮助',

  'analyze.title': '客户分析，截至 {asOf}（窗口 {windowDays} 天：{from} 至 {to}）',
  'analyze.overview': '客户 {customers} 个（有正销售额的 {positive} 个），净销售额 {revenue}',
  'analyze.pareto': '帕累托：前 {topPercent} % 的客户贡献了 {topShare} 的销售额；基尼系数 {gini}',
  'analyze.pareto.curve': '帕累托曲线（客户占比 → 销售额占比）：',
  'analyze.composition': '按{dimension}的构成',
  'analyze.column.key': '分组',
  'analyze.column.customers': '客户数',
  'analyze.column.customer-share': '客户占比',
  'analyze.column.revenue': '销售额',
  'analyze.column.revenue-share': '销售额占比',
  'analyze.column.gross-margin-rate': '毛利率',
  'analyze.none': '（无）',
  'analyze.products': '商品',
  'analyze.lifecycle': '客户生命周期：新增 {new}，流失 {lost}，留存 {retained}；留存率 {retention}，流失率 {churn}',
  'analyze.dimension.grade': 'ABC 等级',
  'analyze.dimension.product': '商品',
  'analyze.dimension.category': '类别',
};

/**
 * The command's message catalogue for `translate`.
 *
 * @example
 * translate(messages, 'zh-CN', 'help.option.quiet') // '不显示进度条'
 */
export const messages: Catalog<MessageKey> = { en, 'zh-CN': zhCN };
