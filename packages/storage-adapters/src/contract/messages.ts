import type { Catalog, Locale } from '@dossier/core';
import type { StoreKind } from './kinds.js';

/**
 * What each kind of record is called in messages.
 *
 * @example
 * storeKindLabels['zh-CN'].customer // '客户'
 */
export const storeKindLabels: Record<Locale, Record<StoreKind, string>> = {
  en: {
    customer: 'customer',
    contact: 'contact',
    transaction: 'transaction',
    interaction: 'interaction',
    opportunity: 'opportunity',
    'competitor-note': 'competitor note',
    task: 'task',
    'service-case': 'service case',
    contract: 'contract',
    satisfaction: 'satisfaction survey',
    'grading-run': 'grading run',
  },
  'zh-CN': {
    customer: '客户',
    contact: '联系人',
    transaction: '交易',
    interaction: '联络记录',
    opportunity: '项目商机',
    'competitor-note': '竞争对手资料',
    task: '待办事项',
    'service-case': '服务工单',
    contract: '合同',
    satisfaction: '满意度调查',
    'grading-run': '评级记录',
  },
};

/** Keys of the store's user-facing messages. */
export type StoreMessageKey =
  | 'conflict'
  | 'notFound'
  | 'notDeleted'
  | 'invalidRecord'
  | 'invalidLine'
  | 'invalidCursor'
  | 'invalidQuery'
  | 'forbidden'
  | 'quota'
  | 'unavailable'
  | 'unavailableHttp'
  | 'failed'
  | 'unauthenticated'
  | 'notAllowed'
  | 'serverFault'
  | 'tooLarge'
  | 'tooDeep'
  | 'refusedValue'
  | 'methodNotAllowed'
  | 'storageDown'
  | 'issueIdEmpty'
  | 'issueIdChanged'
  | 'issueIdNotUrl'
  | 'issueNotObject'
  | 'issueSealed'
  | 'issueLineDate'
  | 'issueLineDay'
  | 'issueLineEmpty'
  | 'issueLineFen'
  | 'issueLineNumber'
  | 'issueLineDuplicate'
  | 'issueLineIds';

/**
 * The store's messages in every locale. Each says what happened and what to do next.
 *
 * @example
 * translate(storeMessages, 'zh-CN', 'quota', { kind: '客户', id: 'c1' })
 */
export const storeMessages: Catalog<StoreMessageKey> = {
  en: {
    conflict:
      'The {kind} record "{id}" was changed by someone else (you edited revision {baseRev}, it is now at revision {currentRev}). Nothing was saved: reload it, merge your changes and save again.',
    notFound: 'There is no {kind} record "{id}". Check the id, or reload the list: it may have been removed.',
    notDeleted: 'The {kind} record "{id}" is not removed, so there is nothing to restore.',
    invalidRecord: 'The {kind} record "{id}" is not valid: {issues}. Correct these fields and save again.',
    invalidLine: 'Transaction line {line} is not valid: {issues}. Correct the line and import again; nothing was imported.',
    invalidCursor: 'The page cursor is not valid for this query. Start again from the first page.',
    invalidQuery: 'The query is not valid: {issues}.',
    forbidden:
      'You may not change {fields} of the {kind} record "{id}" (your role {role} lacks the write right for them). Nothing was saved: leave these fields as they are, or ask someone with the right to change them.',
    quota: 'The storage is full, so the {kind} record "{id}" was not saved. Free some space (or allow persistent storage) and try again.',
    unavailable: 'The archive storage is not available ({reason}). Nothing was changed; try again when it is back.',
    unavailableHttp: 'The archive server at {url} did not answer ({reason}). Nothing was changed; check the connection and try again.',
    failed: 'The write to the archive failed ({reason}). Nothing was changed.',
    unauthenticated: 'Please sign in: the archive server does not know who you are. Sign in and try again.',
    notAllowed: 'Not allowed: your account may not use this part of the archive. Ask an administrator if you need it.',
    serverFault: 'The archive server failed to answer (an error on the server). Nothing was changed; try again later, or tell your administrator.',
    tooLarge: 'The request is too large (more than {limit} bytes). Nothing was changed; send less at a time.',
    tooDeep: 'The request is nested more than {limit} levels deep. Nothing was changed; send flatter records.',
    refusedValue: 'The archive storage refused a value of the {kind} record "{id}" (a number out of range or a character it cannot store). Nothing was changed; correct the value and try again.',
    methodNotAllowed: '{method} is not allowed on {path}.',
    storageDown: 'The archive storage is not available right now. Nothing was changed; try again in a moment.',
    issueIdEmpty: 'the id is empty: give the record an id',
    issueIdChanged: 'the id changed when the record was encoded: check the kind definition',
    issueIdNotUrl: 'the id in the body, "{bodyId}", is not the id in the address: send the same id in both',
    issueNotObject: 'the record is not an object of fields: send the record itself',
    issueSealed: '{field} holds a sealed value, which cannot be written: send the plain value',
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
    forbidden: '你无权修改{kind}记录“{id}”的 {fields}（你的角色 {role} 没有这些字段的写权限）。本次未保存：请保持这些字段不变，或请有权限的人修改。',
    quota: '存储空间已满，{kind}记录“{id}”未保存。请释放空间（或允许持久存储）后重试。',
    unavailable: '档案存储当前不可用（{reason}）。未做任何修改；请稍后重试。',
    unavailableHttp: '档案服务器 {url} 无响应（{reason}）。未做任何修改；请检查网络连接后重试。',
    failed: '写入档案失败（{reason}）。未做任何修改。',
    unauthenticated: '请登录：档案服务器无法确认你的身份。请登录后重试。',
    notAllowed: '无权访问：你的账号不能使用档案的这一部分。如有需要，请联系管理员。',
    serverFault: '档案服务器未能响应（服务器出错）。未做任何修改；请稍后重试，或告知管理员。',
    tooLarge: '请求过大（超过 {limit} 字节）。未做任何修改；请分批发送。',
    tooDeep: '请求的嵌套超过 {limit} 层。未做任何修改；请发送层级更浅的记录。',
    refusedValue: '档案存储拒绝了{kind}记录“{id}”中的一个值（数字超出范围，或含有无法存储的字符）。未做任何修改；请更正后重试。',
    methodNotAllowed: '{path} 不支持 {method} 请求。',
    storageDown: '档案存储暂时不可用。未做任何修改；请稍后重试。',
    issueIdEmpty: '编号为空，请为记录填写编号',
    issueIdChanged: '记录编码后编号发生了变化，请检查该类记录的定义',
    issueIdNotUrl: '请求内容中的编号“{bodyId}”与地址中的编号不一致，请在两处使用同一编号',
    issueNotObject: '记录不是由字段组成的对象，请发送记录本身',
    issueSealed: '{field}是加密后的值，不能写入，请发送原值',
    issueLineDate: '{field}：“{value}”不是有效日期，请按 YYYY-MM-DD 填写（如 2025-03-01）',
    issueLineDay: '{field}不在 1000 至 9999 年之间，请按 YYYY-MM-DD 填写有效日期',
    issueLineEmpty: '{field}为空，请填写',
    issueLineFen: '{field}：{value} 超过两位小数，请精确到分（如 1234.50）',
    issueLineNumber: '{field}：“{value}”不是数字，请填写数字',
    issueLineDuplicate: '{field}“{value}”与第 {first} 行重复，请为每一行使用不同的编号',
    issueLineIds: '给出的编号数（{ids}）与行数（{lines}）不符，请每行给出一个编号',
  },
};
