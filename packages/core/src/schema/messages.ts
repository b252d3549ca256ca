import type { Catalog } from '../i18n/translate.js';

/** Keys of the schema module's own messages (refinements, templates, migrations). */
export type SchemaMessageKey =
  | 'nameRequired'
  | 'formerNeedsStop'
  | 'invalidCalendarDate'
  | 'unknownProfileTemplate'
  | 'duplicateProfileTemplate'
  | 'profileTemplateNotForKind'
  | 'unknownRecordKind'
  | 'futureSchemaVersion'
  | 'invalidSchemaVersion'
  | 'missingMigration'
  | 'notAnObject'
  | 'invalidOption'
  | 'unknownFactPath'
  | 'invalidNewRecord'
  | 'fieldEmpty'
  | 'fieldChoose'
  | 'fieldFormat'
  | 'fieldTooLong'
  | 'fieldTooSmall'
  | 'fieldUnknownKeys'
  | 'thisField'
  | 'customerName'
  | 'moneyNotWholeFen';

/**
 * Messages of the archive schemas, in en and zh-CN. Zod's own issues are translated by zod's
 * locales; these are the issues Dossier adds.
 *
 * @example
 * translate(schemaMessages, 'zh-CN', 'nameRequired') // '请填写名称（中文或英文）'
 */
export const schemaMessages: Catalog<SchemaMessageKey> = {
  en: {
    nameRequired: 'A name is required, in Chinese or in English',
    formerNeedsStop: 'A former customer needs the date it stopped buying and the reason',
    invalidCalendarDate: 'Not a calendar date: expected YYYY-MM-DD, a day that exists',
    unknownProfileTemplate: 'No profile template "{id}" is registered: register it or remove this profile',
    duplicateProfileTemplate: 'A profile template "{id}" is already registered',
    profileTemplateNotForKind: 'Profile template "{id}" applies to {kinds} customers only',
    unknownRecordKind: 'Unknown record kind "{kind}"',
    futureSchemaVersion: 'Schema version {version} of this {kind} record is newer than this version of Dossier reads ({current}): upgrade Dossier',
    invalidSchemaVersion: 'Schema version must be a whole number from 1, got {version}',
    missingMigration: 'No migration of {kind} records from schema version {version}',
    notAnObject: 'Expected a record (an object), got {type}',
    invalidOption: 'Not one of the allowed values: {options}',
    unknownFactPath: 'There is no field "{path}" to record a source for',
    invalidNewRecord: 'The new {kind} record {id} is not valid: {issues}',
    fieldEmpty: '{field} is empty: please fill it in',
    fieldChoose: '{field}: please choose one of the offered values',
    fieldFormat: '{field} is not in a form Dossier can read: please check it',
    fieldTooLong: '{field} is too long or too large: please shorten it',
    fieldTooSmall: '{field} is too short or too small: please check it',
    fieldUnknownKeys: '{field} has entries Dossier does not know ({keys}): please remove them',
    thisField: 'This field',
    customerName: 'The customer name',
    moneyNotWholeFen: 'An amount has at most two decimals (whole fen), e.g. 1234.50',
  },
  'zh-CN': {
    nameRequired: '请填写名称（中文或英文）',
    formerNeedsStop: '过去的客户须填写停止交易的日期和原因',
    invalidCalendarDate: '不是有效日期：应为 YYYY-MM-DD 格式的真实日期',
    unknownProfileTemplate: '未注册行业档案模板“{id}”：请先注册模板或删除该档案',
    duplicateProfileTemplate: '行业档案模板“{id}”已注册',
    profileTemplateNotForKind: '行业档案模板“{id}”仅适用于{kinds}',
    unknownRecordKind: '未知的记录类型“{kind}”',
    futureSchemaVersion: '该{kind}记录的数据版本 {version} 高于当前 Dossier 支持的版本（{current}）：请升级 Dossier',
    invalidSchemaVersion: '数据版本须为从 1 开始的整数，实际为 {version}',
    missingMigration: '缺少{kind}记录从数据版本 {version} 升级的迁移',
    notAnObject: '应为一条记录（对象），实际为 {type}',
    invalidOption: '不是允许的取值，应为以下之一：{options}',
    unknownFactPath: '没有字段“{path}”，无法记录其信息来源',
    invalidNewRecord: '新建的{kind}记录 {id} 无效：{issues}',
    fieldEmpty: '{field}为空，请填写',
    fieldChoose: '{field}：请从给定的选项中选择',
    fieldFormat: '{field}的格式不对，请检查后重填',
    fieldTooLong: '{field}太长或太大，请缩短',
    fieldTooSmall: '{field}太短或太小，请检查',
    fieldUnknownKeys: '{field}含有无法识别的项（{keys}），请删除',
    thisField: '此项',
    customerName: '客户名称',
    moneyNotWholeFen: '金额最多两位小数（精确到分），例如 1234.50',
  },
};
