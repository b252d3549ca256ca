import type { Catalog } from '../i18n/translate.js';

/** The codes of everything the importer can say about a file or a row. */
export const importIssueCodes = [
  'badQuotes',
  'fieldCount',
  'badNumber',
  'badDate',
  'ambiguousDate',
  'badInstant',
  'badBoolean',
  'badChoice',
  'badJson',
  'missingKey',
  'duplicateKey',
  'invalidRecord',
  'noHeader',
  'lineTooLong',
  'badEncoding',
  'tooManyColumns',
  'unreadableWorkbook',
] as const;

/** A code of an import issue. */
export type ImportIssueCode = (typeof importIssueCodes)[number];

type IoMessageKey = ImportIssueCode | 'badMapping' | 'report.line' | 'report.column' | 'report.header' | 'report.value' | 'report.code' | 'report.reason';

/** The importer's and exporter's messages in every locale. */
export const ioMessages: Catalog<IoMessageKey> = {
  en: {
    badQuotes: 'The row has an unbalanced quote ({detail}); fix the quotes in the file and import the row again.',
    fieldCount: 'The row has {found} cells where the header has {expected}; check for a missing or extra separator.',
    // the reason is core's one number reader's (money/messages.ts): not a number, ambiguous separators, too many decimals
    badNumber: '{reason}',
    badDate: '“{value}” is not a calendar date; write YYYY-MM-DD such as 2025-03-31.',
    ambiguousDate: '“{value}” does not say whether the day or the month comes first; write YYYY-MM-DD, or name the order (--date-order dmy or mdy).',
    badInstant: '“{value}” is not a date and time; write an ISO time such as 2025-03-31T08:00:00.000Z.',
    badBoolean: '“{value}” is not yes or no; write 是/否 or yes/no.',
    badChoice: '“{value}” is not one of the allowed values: {options}.',
    badJson: '“{value}” is not valid JSON.',
    missingKey: 'The key column {key} is empty, so the row cannot be matched; fill it in.',
    duplicateKey: 'The key {key} = “{value}” already appears on line {first}; the row was skipped.',
    invalidRecord: '{field}: {message}',
    noHeader: 'The file has no header row; the first row must name the columns.',
    lineTooLong: 'Line {line} is longer than {limit} characters, so the file was not read: a spreadsheet export has no such line. Check that this is the right file, saved as CSV.',
    badEncoding: 'The file began as {encoding} text but is not {encoding} from byte {offset} on (mixed encodings); save it again as “CSV UTF-8”.',
    tooManyColumns: 'The header has {found} columns, more than the {limit} a sheet can be imported with. Check that this is the right file and its separator.',
    unreadableWorkbook: 'The workbook could not be read ({detail}); save it again as .xlsx.',
    badMapping: 'The saved column mapping is not valid: {detail}.',
    'report.line': 'Line',
    'report.column': 'Column',
    'report.header': 'Header',
    'report.value': 'Value',
    'report.code': 'Code',
    'report.reason': 'Reason',
  },
  'zh-CN': {
    badQuotes: '该行引号不成对（{detail}）；请修正文件中的引号后重新导入该行。',
    fieldCount: '该行有 {found} 个单元格，而表头有 {expected} 列；请检查是否缺少或多出分隔符。',
    badNumber: '{reason}',
    badDate: '“{value}”不是有效日期；请按 YYYY-MM-DD 填写，如 2025-03-31。',
    ambiguousDate: '“{value}”无法判断日和月的先后；请按 YYYY-MM-DD 填写，或指定顺序（--date-order dmy 或 mdy）。',
    badInstant: '“{value}”不是有效的日期时间；请填写 ISO 时间，如 2025-03-31T08:00:00.000Z。',
    badBoolean: '“{value}”不是“是/否”；请填写 是/否 或 yes/no。',
    badChoice: '“{value}”不在允许的取值中：{options}。',
    badJson: '“{value}”不是有效的 JSON。',
    missingKey: '匹配列 {key} 为空，无法匹配该行；请填写。',
    duplicateKey: '匹配列 {key} 的值“{value}”已在第 {first} 行出现；该行已跳过。',
    invalidRecord: '{field}：{message}',
    noHeader: '文件没有表头；第一行必须是列名。',
    lineTooLong: '第 {line} 行超过 {limit} 个字符，文件未读取：电子表格导出的文件不会有这样的行。请确认文件正确并已另存为 CSV。',
    badEncoding: '文件开头是 {encoding} 文本，但从第 {offset} 字节起不是（编码混杂）；请重新另存为 “CSV UTF-8”。',
    tooManyColumns: '表头有 {found} 列，超过可导入的 {limit} 列。请确认文件和分隔符是否正确。',
    unreadableWorkbook: '无法读取该工作簿（{detail}）；请另存为 .xlsx 后重试。',
    badMapping: '保存的列映射无效：{detail}。',
    'report.line': '行号',
    'report.column': '列号',
    'report.header': '列名',
    'report.value': '值',
    'report.code': '代码',
    'report.reason': '原因',
  },
};
