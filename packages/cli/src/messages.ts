import type { Catalog } from '@dossier/core';

/** Every user-facing string of the `dossier` command, in en and zh-CN side by side. */
const en = {
  // Errors (exit code 2 unless said otherwise).
  'error.usage': '{detail}. Run `dossier {command} --help`.',
  'error.too-many-fields':
    '{file}, line {line}: {count} fields, but the header has {expected}. A number written with a thousands separator (1,000) or a text with a comma needs quotes.',
  'error.unknown-command': 'Unknown command "{command}". Commands: grade, analyze, import, export, duplicates, funnel, review. Run `dossier --help`.',
  'error.missing-option': 'Missing {option}. Run `dossier {command} --help`.',
  'error.invalid-option': 'Invalid value for {option}: "{value}" (expected {expected}).',
  'error.file-not-found': 'Cannot read {file}: no such file.',
  'error.empty-file': '{file} is empty: a header row is needed.',
  'error.missing-column': '{file}, line {line}: required column "{name}" is missing (header has: {found}).',
  'error.duplicate-column':
    '{file}, line {line}, column {column}: "{second}" is read as "{name}", and so is "{first}" before it. Keep one: --map "{second}=" leaves this column out.',
  'error.missing-value': '{file}, line {line}, column {column} ({name}): the value is empty but required.',
  'error.duplicate-customer': '{file}, line {line}: customer "{id}" was already listed on line {first}.',
  'error.bad-date':
    '{file}, line {line}, column {column} ({name}): "{value}" is not a calendar date (write YYYY-MM-DD, e.g. 2025-03-31).',
  'error.bad-number': '{file}, line {line}, column {column} ({name}): {reason}',
  'error.too-few-fields': '{file}, line {line}: {count} fields, but the header needs at least {expected}.',
  'error.csv-syntax': '{file}, line {line}: {detail} (check the quotes on this line).',
  'error.not-utf8':
    '{file} began as UTF-8 text but is not UTF-8 from byte {offset} on (mixed encodings). If Excel saved it as "CSV" on a Chinese system, add --encoding gb18030, or save as "CSV UTF-8".',
  'error.database': 'PostgreSQL at {url}: {detail}',
  'error.bad-workbook': '{file} cannot be read as a workbook: {detail}',
  'error.ambiguous-date':
    '{file}, line {line}, column {column} ({name}): "{value}" does not say whether the day or the month comes first; write YYYY-MM-DD, or name the order with --date-order dmy or mdy.',
  'error.bad-policy': '{file}: {detail}',
  'error.bad-override': '{file}, line {line}: {detail}',
  'error.grading-failed': '{detail}',
  'error.internal': 'Unexpected failure: {detail}',
  'error.prefix': 'dossier: ',

  // Progress and summaries (standard error).
  'progress.reading': 'Reading {file}',
  'note.header': '{file}: the header is on line {line}; the line(s) above it ({lines}) were skipped as a title.',
  'note.sheet': '{file}: read the worksheet “{sheet}”.',
  'progress.database': 'PostgreSQL: {step}',
  'database.connected': 'connected to {url} (schema {schema})',
  'database.figures': 'computing the figures of the book as of {asOf} in the database',
  'database.graded': 'graded {customers} customers ({method})',
  'database.run-stored': 'stored the grading run {id}',
  'database.reading': 'reading the transaction lines',
  'database.progress': '{done} of {total} lines written',
  'database.imported': 'imported {written} lines ({unchanged} already stored) of {file} as {importId}',
  'database.stored': 'stored {count} {kind} records',
  'database.listed': 'read {count} {kind} records',
  'summary.grade': 'Graded {customers} customers ({method}) as of {asOf} → {target}.',
  'summary.stdout': 'standard output',

  // Help.
  'help.main': `dossier: grade and analyse customer archives from CSV exports.

Usage:
  dossier grade   --transactions FILE.csv --as-of YYYY-MM-DD [options]
  dossier analyze --transactions FILE.csv --as-of YYYY-MM-DD [options]
  dossier import  FILE.xlsx|FILE.csv --archive ARCHIVE.json [options]
  dossier export  --archive ARCHIVE.json --out FILE.xlsx|FILE.csv [options]
  dossier duplicates --archive ARCHIVE.json [options]
  dossier funnel  --archive ARCHIVE.json [options]
  dossier review  [RUN_ID --to reviewed|confirmed --by NAME] --database-url URL
  dossier <command> --help

Every command reads the same files: headers in Chinese or English as ERPs export them (客户编码,
单据日期, 价税合计, 销售订单号 …, or your own with --map / --mapping), UTF-8, GBK/GB18030 or UTF-16.

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
  'help.import': `dossier import: reads customers, contacts or transactions from .xlsx or .csv into an archive file
(or PostgreSQL with --database-url), upserting by the key; bad rows are listed with line, column and reason.

Usage:
  dossier import FILE.xlsx|FILE.csv --archive ARCHIVE.json [--kind customer|contact|transaction] [options]

Transaction lines are never merged by their content: without an id column (or --key) every line is kept.
Into PostgreSQL, transaction lines are read as grade reads them and written in atomic chunks: the first
bad value stops the import before anything is written; the same file imported again writes nothing twice.
Exit status 0 when every row was imported, 2 when some were rejected.`,
  'help.export': `dossier export: writes every record of a kind to .xlsx or .csv, headed by the field labels in the
locale; import reads the file back to the same records. Text cells that a spreadsheet would run as a
formula are written as text.

Usage:
  dossier export --archive ARCHIVE.json --out FILE.xlsx|FILE.csv [--kind customer|contact|transaction] [options]`,
  'help.duplicates': `dossier duplicates: lists customers of an archive file (or PostgreSQL with --database-url) that
look like the same customer, each pair with its reasons (same credit code, phone, email, name after
normalisation or in pinyin) and score. Customers are grouped by these keys, never compared pair by pair.

Usage:
  dossier duplicates --archive ARCHIVE.json|--database-url URL [--min-score 0.5] [--format text|csv] [--out FILE]`,
  'help.option.archive.duplicates': 'archive file whose customers are scanned; required without --database-url',
  'help.option.overrides': 'CSV of manual grades: customer_id,grade,reason (客户编码,等级,理由); each override is kept with its reason in the explanation and the stored run',
  'help.option.anonymised': 'customers for analytics: a keyed pseudonym and generalised attributes (province, industry, nature, grade, stage), no name, id, phone or e-mail; groups smaller than --k left out',
  'help.option.k': 'least group size of --anonymised (default 5)',
  'help.option.key-file': 'secret of the pseudonyms (at least 16 bytes; the same file gives the same pseudonyms, so exports can be joined); without it a new random key each time',
  'anonymised.summary': 'Wrote {count} anonymised customers to {file}; {suppressed} left out in groups smaller than {k}.',
  'help.funnel': `dossier funnel: the lead funnel (undifferentiated → qualified → key account, 无差别 → 合格 → 大客户) of the
customers of an archive file (or PostgreSQL with --database-url) by rules given as data: target industries,
intents that qualify (default A–C) and make a key account (default A), grades that make a key account (A).

Usage:
  dossier funnel --archive ARCHIVE.json|--database-url URL [--policy FUNNEL.json] [--format text|json] [--out FILE]

A policy file: {"targetIndustries":["教育软件","教学硬件"],"qualifiedIntents":["A","B","C"],"keyAccountIntents":["A"],"keyAccountGrades":["A"]}`,
  'help.option.archive.funnel': 'archive file whose customers are placed in the funnel; required without --database-url',
  'help.option.policy.funnel': 'funnel rules as JSON (target industries, intents, grades); default: every industry, A–C qualify, A is key',
  'help.option.format.funnel': 'output format (default text)',
  'funnel.title': 'Lead funnel of {total} customers:',
  'funnel.stage': '  {label}: {reached} reached{share}, {at} at this stage (A {A}, B {B}, C {C}, D {D}, no intent {none})',
  'funnel.share.all': ' ({percent} of all)',
  'funnel.share.qualified': ' ({percent} of qualified)',
  'funnel.differing': 'Recorded stage differs from the rules ({count}):',
  'funnel.entry': '  {id}: recorded {recorded}, by the rules {stage} ({reasons})',
  'usage.funnel': 'Usage: dossier funnel --archive ARCHIVE.json|--database-url URL [--policy FUNNEL.json] [--format text|json] [--out FILE] [--locale en|zh-CN]',
  'help.review': `dossier review: the grading cycle on the runs dossier grade stored in PostgreSQL (seed 003: sales
managers propose, finance reviews, the review meeting confirms). Without a run id it lists the runs with
their state; with one it moves that run a step forward, recording who and when.

Usage:
  dossier review --database-url URL
  dossier review RUN_ID --to reviewed|confirmed --by NAME [--note TEXT] --database-url URL`,
  'help.option.to': 'the state to move the run to: reviewed (after proposed) or confirmed (after reviewed)',
  'help.option.by.review': 'who reviews or confirms (recorded in the run and as the revision\'s author)',
  'help.option.note': 'a note kept with the step (e.g. credit ratings checked)',
  'help.option.at': 'time of the step (default: now)',
  'review.run': '{id}  as of {asOf}, {method}: {state} by {by} {at}',
  'review.none': 'No grading run is stored.',
  'review.no-run': 'the id of a stored grading run',
  'review.moved': 'Grading run {id} is now {state} (by {by}).',
  'review.conflict': 'the grading run {id} was changed by someone else meanwhile; read it again and retry',
  'usage.review': 'Usage: dossier review [RUN_ID --to reviewed|confirmed --by NAME [--note TEXT]] --database-url URL [--locale en|zh-CN]',
  'help.option.plan': 'annual plan JSON: {"targets":{"sales":1200000,"grossMargin":300000,"expenseToSales":0.12},"expenses":90000,"marketSales":8000000} (each optional); adds the annual plan analysis of the window',
  'help.option.credit-splits':
    'shared credit JSON: {"customers":{"K001":{"rule":"handover|engineering|unclear","parties":["wang","li"]}},"policy":{"handover":[60,40],"engineering":[70,30],"unclear":[50,50]}} (policy optional, those are the defaults); adds the sales-force analysis by rep (the rep column), with those customers\' sales split between the two parties',
  'credit-splits.customers': '"customers" must be an object of customer id → {"rule", "parties"}',
  'credit-splits.customer': 'customer {customer} must have a rule (handover, engineering or unclear) and two reps as parties, not {value}',
  'analyze.sales-force': 'Sales force by rep ({splits} customers with shared credit):',
  'analyze.sales-force.rep': 'rep',
  'analyze.sales-force.orders': 'orders',
  'analyze.sales-force.buying': 'buying customers',
  'analyze.sales-force.new': 'new',
  'analyze.sales-force.lost': 'lost',
  'analyze.sales-force.margin': 'gross margin',
  'analyze.plan': 'Annual plan ({from} to {to}):',
  'analyze.plan.sales': '  Sales {sales} against target {target}: achievement {achievement}, variance {variance}',
  'analyze.plan.margin': '  Gross margin {margin} against target {target}: achievement {achievement}',
  'analyze.plan.expenses': '  Expenses {expenses}: {ratio} of sales (target {target})',
  'analyze.plan.market': '  Market share {share} of market sales {market}',
  'analyze.plan.month': 'month',
  'analyze.plan.cumulative': 'cumulative',
  'analyze.plan.cumulative-target': 'cumulative target',
  'help.option.min-score': 'least score of a pair listed, 0 to 1 (default 0.5)',
  'help.option.format.duplicates': 'output format (default text; csv: a,b,name_a,name_b,score,reasons)',
  'duplicates.none': 'No likely duplicates among {scanned} customers.',
  'duplicates.found': '{count} likely duplicate pair(s) among {scanned} customers:',
  'duplicates.pair': '{a} {nameA} ↔ {b} {nameB}  score {score}: {reasons}',
  'usage.duplicates': 'Usage: dossier duplicates --archive ARCHIVE.json|--database-url URL [--min-score 0.5] [--format text|csv] [--out FILE] [--locale en|zh-CN]',
  'help.options': 'Options:',
  'help.input': `Input: CSV with a header row (title rows above it are skipped), UTF-8 with or without BOM, GBK/GB18030,
  UTF-16 with BOM; CRLF, LF or CR line ends.
  Required columns customer_id,date,amount; optional cost,order_id,product_id,category,quantity,paid;
  any other column (地区, 业务员 …) is a customer attribute that analyze can break down by.
  Headers are read as dossier import reads them: 客户编码/客户编号, 单据日期/日期, 价税合计/金额（元）/金额,
  销售订单号/订单号, 成本, 地区, 业务员 … in any case; --map and --mapping name the others.
  Dates YYYY-MM-DD (also YYYY/M/D, 2025年3月1日, 20250331; a time of day is ignored; 03/04/2025 only with
  --date-order; a bare number such as 2020 is refused). Amounts are plain numbers; negative for returns.
  The window counts a line when as-of − window-days <= date < as-of.`,
  'help.option.transactions': 'transactions file, .csv or .xlsx (required unless --database-url or $DATABASE_URL)',
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
  'help.option.encoding': 'text encoding of the files (default auto: a BOM, else UTF-8 or GB18030; gbk is read as gb18030)',
  'help.option.map': 'read a column as a field, e.g. --map 价税合计=amount; --map 备注= leaves a column out (repeatable)',
  'help.option.mapping': 'a saved column mapping (dossier import --save-mapping) for the file of its kind',
  'help.option.database-url': 'PostgreSQL connection (default $DATABASE_URL): used when no --transactions/--archive file is given',
  'help.option.database-schema': 'SQL schema of the book in PostgreSQL (default dossier)',
  'help.option.archive.import': 'archive file to upsert into (created when absent); required without --database-url',
  'help.option.archive.export': 'archive file to read; required without --database-url',
  'help.option.out.export': 'file to write (.xlsx or .csv, by its extension) (required)',
  'help.option.kind': 'kind of record (default customer)',
  'help.option.save-mapping': 'save the column mapping used, to apply to next month\'s file',
  'help.option.key': 'field path(s) that identify a record, for upsert (default: id, credit code, …; transactions: id only)',
  'help.option.report': 'write the rejected rows (line, column, value, reason) to this CSV instead of standard error',
  'help.option.date-order': 'read dates written day or month first (03/04/2025) in this order; refused otherwise',
  'help.option.now': 'time stamp of the import (default: now)',
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
  'error.unknown-command': '未知命令 “{command}”。可用命令：grade、analyze、import、export、duplicates、funnel、review。运行 `dossier --help` 查看说明。',
  'error.missing-option': '缺少 {option}。运行 `dossier {command} --help` 查看说明。',
  'error.invalid-option': '{option} 的值 “{value}” 无效（应为 {expected}）。',
  'error.file-not-found': '无法读取 {file}：文件不存在。',
  'error.empty-file': '{file} 是空文件：需要一行表头。',
  'error.missing-column': '{file} 第 {line} 行：缺少必需的列 “{name}”（表头为：{found}）。',
  'error.duplicate-column': '{file} 第 {line} 行第 {column} 列：“{second}” 与前面的 “{first}” 都被识别为 “{name}”。请只保留一列：--map "{second}=" 可忽略该列。',
  'error.missing-value': '{file} 第 {line} 行第 {column} 列（{name}）：该值为必填，但为空。',
  'error.duplicate-customer': '{file} 第 {line} 行：客户 “{id}” 已在第 {first} 行列出。',
  'error.bad-date': '{file} 第 {line} 行第 {column} 列（{name}）：“{value}” 不是有效日期（请写成 YYYY-MM-DD，例如 2025-03-31）。',
  'error.bad-number': '{file} 第 {line} 行第 {column} 列（{name}）：{reason}',
  'error.too-few-fields': '{file} 第 {line} 行：只有 {count} 个字段，表头至少需要 {expected} 个。',
  'error.csv-syntax': '{file} 第 {line} 行：{detail}（请检查该行的引号）。',
  'error.not-utf8': '{file} 开头是 UTF-8 文本，但从第 {offset} 字节起不是 UTF-8（编码混杂）。如果是中文系统的 Excel 另存为的 “CSV”，请加上 --encoding gb18030，或另存为 “CSV UTF-8”。',
  'error.database': 'PostgreSQL（{url}）：{detail}',
  'error.bad-workbook': '{file} 无法作为工作簿读取：{detail}',
  'error.ambiguous-date': '{file} 第 {line} 行第 {column} 列（{name}）：“{value}” 无法判断日和月的先后；请写成 YYYY-MM-DD，或用 --date-order dmy 或 mdy 指定顺序。',
  'error.bad-override': '{file} 第 {line} 行：{detail}',
  'error.bad-policy': '{file}：{detail}',
  'error.grading-failed': '{detail}',
  'error.internal': '意外失败：{detail}',
  'error.prefix': 'dossier：',

  'progress.reading': '正在读取 {file}',
  'note.header': '{file}：表头在第 {line} 行；其上方的行（{lines}）作为标题已跳过。',
  'note.sheet': '{file}：读取了工作表“{sheet}”。',
  'progress.database': 'PostgreSQL：{step}',
  'database.connected': '已连接 {url}（schema {schema}）',
  'database.figures': '正在数据库中计算截至 {asOf} 的各客户指标',
  'database.graded': '已为 {customers} 个客户分级（{method}）',
  'database.run-stored': '已保存评级记录 {id}',
  'database.reading': '正在读取交易行',
  'database.progress': '已写入 {done} / {total} 行',
  'database.imported': '已导入 {file} 的 {written} 行（{unchanged} 行已存在），导入批次 {importId}',
  'database.stored': '已保存 {count} 条 {kind} 记录',
  'database.listed': '已读取 {count} 条 {kind} 记录',
  'summary.grade': '已按 {method} 为 {customers} 个客户分级（截至 {asOf}）→ {target}。',
  'summary.stdout': '标准输出',

  'help.main': `dossier：根据 CSV 导出文件为客户档案分级和分析。

用法：
  dossier grade   --transactions 文件.csv --as-of YYYY-MM-DD [选项]
  dossier analyze --transactions 文件.csv --as-of YYYY-MM-DD [选项]
  dossier import  文件.xlsx|文件.csv --archive 档案.json [选项]
  dossier export  --archive 档案.json --out 文件.xlsx|文件.csv [选项]
  dossier duplicates --archive 档案.json [选项]
  dossier funnel  --archive 档案.json [选项]
  dossier review  [记录编号 --to reviewed|confirmed --by 姓名] --database-url URL
  dossier <命令> --help

所有命令读取同样的文件：ERP 导出的中英文表头（客户编码、单据日期、价税合计、销售订单号 …，
或用 --map / --mapping 指定），UTF-8、GBK/GB18030 或 UTF-16 编码。

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
  'help.import': `dossier import：从 .xlsx 或 .csv 读取客户、联系人或交易，按匹配列写入档案文件
（或用 --database-url 写入 PostgreSQL）；有问题的行列出行号、列号和原因。

用法：
  dossier import 文件.xlsx|文件.csv --archive 档案.json [--kind customer|contact|transaction] [选项]

交易行从不按内容合并：没有编号列（或 --key）时每一行都保留。
导入 PostgreSQL 时，交易行的读取方式与 grade 相同并按原子批次写入：遇到第一个错误值即停止，且此前不写入任何内容；
同一文件再次导入不会重复写入。
全部导入时退出码为 0，有被拒绝的行时为 2。`,
  'help.export': `dossier export：把某类记录全部写入 .xlsx 或 .csv，表头为当前语言的字段名；import 可读回相同的记录。
电子表格会当作公式执行的文字按文本写出。

用法：
  dossier export --archive 档案.json --out 文件.xlsx|文件.csv [--kind customer|contact|transaction] [选项]`,
  'help.duplicates': `dossier duplicates：列出档案文件（或用 --database-url 指定的 PostgreSQL）中疑似同一客户的记录对，
每对附理由（统一社会信用代码、电话、电子邮箱、规范化后名称或拼音相同）和分值。按这些键分组查找，不逐对比较。

用法：
  dossier duplicates --archive 档案.json|--database-url URL [--min-score 0.5] [--format text|csv] [--out 文件]`,
  'help.option.archive.duplicates': '要查重的档案文件；未给 --database-url 时必填',
  'help.option.overrides': '人工等级 CSV：customer_id,grade,reason（客户编码,等级,理由）；每条调整连同理由写入说明和保存的分级记录',
  'help.option.anonymised': '用于分析的匿名客户：带密钥的匿名编号和概括后的属性（省份、行业、性质、等级、关系阶段），不含名称、编号、电话或邮箱；少于 --k 个的组不导出',
  'help.option.k': '--anonymised 的最小组大小（默认 5）',
  'help.option.key-file': '匿名编号的密钥文件（至少 16 字节；同一文件得到相同的匿名编号，便于关联多次导出）；不指定则每次随机生成',
  'anonymised.summary': '已将 {count} 个匿名客户写入 {file}；{suppressed} 个因所在组少于 {k} 个而未导出。',
  'help.funnel': `dossier funnel：按数据形式的规则（目标行业、合格意向等级（默认 A–C）、大客户意向等级（默认 A）和客户等级（A））
统计档案文件（或用 --database-url 指定的 PostgreSQL）中客户的开发漏斗（无差别客户 → 合格客户 → 大客户）。

用法：
  dossier funnel --archive 档案.json|--database-url URL [--policy 漏斗.json] [--format text|json] [--out 文件]

规则文件：{"targetIndustries":["教育软件","教学硬件"],"qualifiedIntents":["A","B","C"],"keyAccountIntents":["A"],"keyAccountGrades":["A"]}`,
  'help.option.archive.funnel': '要统计的档案文件；未给 --database-url 时必填',
  'help.option.policy.funnel': '漏斗规则 JSON（目标行业、意向等级、客户等级）；默认：所有行业，A–C 合格，A 为大客户',
  'help.option.format.funnel': '输出格式（默认 text）',
  'funnel.title': '{total} 个客户的开发漏斗：',
  'funnel.stage': '  {label}：累计 {reached}{share}，本阶段 {at}（A {A}，B {B}，C {C}，D {D}，无意向 {none}）',
  'funnel.share.all': '（占全部 {percent}）',
  'funnel.share.qualified': '（占合格客户 {percent}）',
  'funnel.differing': '记录的阶段与规则不符（{count}）：',
  'funnel.entry': '  {id}：记录为{recorded}，按规则为{stage}（{reasons}）',
  'usage.funnel': '用法：dossier funnel --archive 档案.json|--database-url URL [--policy 漏斗.json] [--format text|json] [--out 文件] [--locale en|zh-CN]',
  'help.review': `dossier review：对 dossier grade 保存在 PostgreSQL 中的分级记录执行评级流程（种子 003：业务经理提议，
财务审核，评审会确认）。不带记录编号时列出各记录及其状态；带编号时把该记录推进一步，并记下操作人和时间。

用法：
  dossier review --database-url URL
  dossier review 记录编号 --to reviewed|confirmed --by 姓名 [--note 备注] --database-url URL`,
  'help.option.to': '推进到的状态：reviewed（提议之后）或 confirmed（审核之后）',
  'help.option.by.review': '审核或确认人（记入分级记录，并作为该修订的作者）',
  'help.option.note': '随该步骤保存的备注（如：已核对信用等级）',
  'help.option.at': '该步骤的时间（默认：当前时间）',
  'review.run': '{id}  评估日期 {asOf}，{method}：{state}，{by} {at}',
  'review.none': '尚未保存任何分级记录。',
  'review.no-run': '已保存的分级记录编号',
  'review.moved': '分级记录 {id} 现为{state}（{by}）。',
  'review.conflict': '分级记录 {id} 在此期间已被他人修改；请重新读取后再试',
  'usage.review': '用法：dossier review [记录编号 --to reviewed|confirmed --by 姓名 [--note 备注]] --database-url URL [--locale en|zh-CN]',
  'help.option.plan': '年度计划 JSON：{"targets":{"sales":1200000,"grossMargin":300000,"expenseToSales":0.12},"expenses":90000,"marketSales":8000000}（各项可选）；增加统计窗口的年度计划分析',
  'help.option.credit-splits':
    '分成 JSON：{"customers":{"K001":{"rule":"handover|engineering|unclear","parties":["wang","li"]}},"policy":{"handover":[60,40],"engineering":[70,30],"unclear":[50,50]}}（policy 可选，以上为默认值）；增加按业务员（rep 列）的销售队伍分析，这些客户的销售额在两方之间分成',
  'credit-splits.customers': '"customers" 须为对象：客户编码 → {"rule", "parties"}',
  'credit-splits.customer': '客户 {customer} 须有规则（handover、engineering 或 unclear）和两个业务员作为分成方，而不是 {value}',
  'analyze.sales-force': '销售队伍分析（按业务员；{splits} 个客户分成计算业绩）：',
  'analyze.sales-force.rep': '业务员',
  'analyze.sales-force.orders': '订单数',
  'analyze.sales-force.buying': '成交客户数',
  'analyze.sales-force.new': '新增客户',
  'analyze.sales-force.lost': '失去客户',
  'analyze.sales-force.margin': '毛利',
  'analyze.plan': '年度计划分析（{from} 至 {to}）：',
  'analyze.plan.sales': '  销售额 {sales}，目标 {target}：达成率 {achievement}，差异 {variance}',
  'analyze.plan.margin': '  毛利 {margin}，目标 {target}：达成率 {achievement}',
  'analyze.plan.expenses': '  销售费用 {expenses}：占销售额 {ratio}（目标 {target}）',
  'analyze.plan.market': '  市场占有率 {share}（市场销售额 {market}）',
  'analyze.plan.month': '月份',
  'analyze.plan.cumulative': '累计',
  'analyze.plan.cumulative-target': '累计目标',
  'help.option.min-score': '列出的最低分值，0 到 1（默认 0.5）',
  'help.option.format.duplicates': '输出格式（默认 text；csv：a,b,name_a,name_b,score,reasons）',
  'duplicates.none': '{scanned} 个客户中没有疑似重复。',
  'duplicates.found': '{scanned} 个客户中有 {count} 对疑似重复：',
  'duplicates.pair': '{a} {nameA} ↔ {b} {nameB}  分值 {score}：{reasons}',
  'usage.duplicates': '用法：dossier duplicates --archive 档案.json|--database-url URL [--min-score 0.5] [--format text|csv] [--out 文件] [--locale en|zh-CN]',
  'help.options': '选项：',
  'help.input': `输入：带表头的 CSV（表头上方的标题行会被跳过），UTF-8（有无 BOM 均可）、GBK/GB18030、带 BOM 的 UTF-16；
  CRLF、LF 或 CR 换行。
  必需列 customer_id,date,amount；可选列 cost,order_id,product_id,category,quantity,paid；
  其他列（地区、业务员 …）作为客户属性，analyze 可按其分组。
  表头的识别与 dossier import 相同：客户编码/客户编号、单据日期/日期、价税合计/金额（元）/金额、
  销售订单号/订单号、成本、地区、业务员 …，不区分大小写；其他表头用 --map 和 --mapping 指定。
  日期写作 YYYY-MM-DD（或 YYYY/M/D、2025年3月1日、20250331；时间部分忽略；03/04/2025 须配合 --date-order；
  2020 这样的纯数字会被拒绝）。金额为普通数字，退货为负数。
  统计窗口：as-of − window-days <= 日期 < as-of 的交易计入。`,
  'help.option.transactions': '交易文件，.csv 或 .xlsx（未用 --database-url 或 $DATABASE_URL 时必填）',
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
  'help.option.encoding': '文件编码（默认 auto：按 BOM，否则识别 UTF-8 或 GB18030；gbk 按 gb18030 读取）',
  'help.option.map': '把某列读作某字段，例如 --map 价税合计=amount；--map 备注= 忽略该列（可重复）',
  'help.option.mapping': '已保存的列映射（dossier import --save-mapping），用于同类文件',
  'help.option.database-url': 'PostgreSQL 连接（默认 $DATABASE_URL）：未给出 --transactions/--archive 文件时使用',
  'help.option.database-schema': 'PostgreSQL 中档案所在的 SQL schema（默认 dossier）',
  'help.option.archive.import': '写入的档案文件（不存在时新建）；未用 --database-url 时必填',
  'help.option.archive.export': '读取的档案文件；未用 --database-url 时必填',
  'help.option.out.export': '写入的文件（按扩展名为 .xlsx 或 .csv）（必填）',
  'help.option.kind': '记录类型（默认 customer）',
  'help.option.save-mapping': '保存所用的列映射，供下个月的文件使用',
  'help.option.key': '用于匹配记录的字段路径（默认：编号、信用代码 …；交易：仅编号）',
  'help.option.report': '把被拒绝的行（行号、列号、值、原因）写入该 CSV，而不是标准错误输出',
  'help.option.date-order': '按此顺序读取日或月在前的日期（03/04/2025）；未指定时拒绝',
  'help.option.now': '导入的时间戳（默认：当前时间）',
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
