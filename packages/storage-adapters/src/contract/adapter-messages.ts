import type { Catalog } from '@dossier/core';

// The store's messages every adapter gives (through the contract's helpers): what a record,
// a query, an import line or the storage says. Internal: the public catalogue is `storeMessages`
// (./messages.ts), which joins this one and the HTTP and privacy messages (./remote-messages.ts),
// kept apart so that a page on a local adapter does not carry messages it can never show.

/** Keys of the messages every adapter gives. */
export type AdapterMessageKey =
  | 'conflict'
  | 'notFound'
  | 'notDeleted'
  | 'invalidRecord'
  | 'invalidLine'
  | 'invalidCursor'
  | 'invalidQuery'
  | 'quota'
  | 'unavailable'
  | 'failed'
  | 'issueIdEmpty'
  | 'issueIdChanged'
  | 'issueNotObject'
  | 'issueLineDate'
  | 'issueLineDay'
  | 'issueLineEmpty'
  | 'issueLineFen'
  | 'issueLineNumber'
  | 'issueLineDuplicate'
  | 'issueLineIds';

/** The messages every adapter gives, in every locale. Each says what happened and what to do next. */
export const adapterMessages: Catalog<AdapterMessageKey> = {
  en: {
    conflict:
      'The {kind} record "{id}" was changed by someone else (you edited revision {baseRev}, it is now at revision {currentRev}). Nothing was saved: reload it, merge your changes and save again.',
    notFound: 'There is no {kind} record "{id}". Check the id, or reload the list: it may have been removed.',
    notDeleted: 'The {kind} record "{id}" is not removed, so there is nothing to restore.',
    invalidRecord: 'The {kind} record "{id}" is not valid: {issues}. Correct these fields and save again.',
    invalidLine: 'Transaction line {line} is not valid: {issues}. Correct the line and import again; nothing was imported.',
    invalidCursor: 'The page cursor is not valid for this query. Start again from the first page.',
    invalidQuery: 'The query is not valid: {issues}.',
    quota: 'The storage is full, so the {kind} record "{id}" was not saved. Free some space (or allow persistent storage) and try again.',
    unavailable: 'The archive storage is not available ({reason}). Nothing was changed; try again when it is back.',
    failed: 'The write to the archive failed ({reason}). Nothing was changed.',
    issueIdEmpty: 'the id is empty: give the record an id',
    issueIdChanged: 'the id changed when the record was encoded: check the kind definition',
    issueNotObject: 'the record is not an object of fields: send the record itself',
    issueLineDate: '{field}: "{value}" is not a calendar date: write it as YYYY-MM-DD (e.g. 2025-03-01)',
    issueLineDay: '{field} is not between the years 1000 and 9999: write a calendar date as YYYY-MM-DD',
    issueLineEmpty: '{field} is empty: please fill it in',
    issueLineFen: '{field}: {value} has more than two decimals: write it in whole fen (e.g. 1234.50)',
    issueLineNumber: '{field}: "{value}" is not a number: write a number',
    issueLineDuplicate: '{field} "{value}" is also the id of line {first}: give each line its own id',
    issueLineIds: 'the ids given ({ids}) do not match the lines ({lines}): give one id per line',
  },
  'zh-CN': {
    conflict:
      '{kind}记录“{id}”已被他人修改（你编辑的是第 {baseRev} 版，现在是第 {currentRev} 版）。本次未保存：请重新加载、合并你的修改后再保存。',
    notFound: '不存在{kind}记录“{id}”。请检查编号，或刷新列表：它可能已被删除。',
    notDeleted: '{kind}记录“{id}”未被删除，无需恢复。',
    invalidRecord: '{kind}记录“{id}”无效：{issues}。请更正这些字段后再保存。',
    invalidLine: '第 {line} 行交易记录无效：{issues}。请更正后重新导入；本次未导入任何数据。',
    invalidCursor: '分页游标与本次查询不符。请从第一页重新开始。',
    invalidQuery: '查询条件无效：{issues}。',
    quota: '存储空间已满，{kind}记录“{id}”未保存。请释放空间（或允许持久存储）后重试。',
    unavailable: '档案存储当前不可用（{reason}）。未做任何修改；请稍后重试。',
    failed: '写入档案失败（{reason}）。未做任何修改。',
    issueIdEmpty: '编号为空，请为记录填写编号',
    issueIdChanged: '记录编码后编号发生了变化，请检查该类记录的定义',
    issueNotObject: '记录不是由字段组成的对象，请发送记录本身',
    issueLineDate: '{field}：“{value}”不是有效日期，请按 YYYY-MM-DD 填写（如 2025-03-01）',
    issueLineDay: '{field}不在 1000 至 9999 年之间，请按 YYYY-MM-DD 填写有效日期',
    issueLineEmpty: '{field}为空，请填写',
    issueLineFen: '{field}：{value} 超过两位小数，请精确到分（如 1234.50）',
    issueLineNumber: '{field}：“{value}”不是数字，请填写数字',
    issueLineDuplicate: '{field}“{value}”与第 {first} 行重复，请为每一行使用不同的编号',
    issueLineIds: '给出的编号数（{ids}）与行数（{lines}）不符，请每行给出一个编号',
  },
};
