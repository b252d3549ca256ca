import type { Catalog } from '../i18n/translate.js';

/** Codes of privacy errors. */
export const privacyErrorCodes = ['revealNotAllowed', 'reasonRequired', 'unknownField', 'writeNotAllowed'] as const;
/** A code of a privacy error. */
export type PrivacyErrorCode = (typeof privacyErrorCodes)[number];

/** Messages of the privacy module. */
export const privacyMessages: Catalog<PrivacyErrorCode> = {
  en: {
    revealNotAllowed: 'Your role may not reveal the field {path} of record {recordId}; ask a manager or the record owner.',
    reasonRequired: 'Revealing the field {path} of record {recordId} needs a reason; it is written to the audit log.',
    unknownField: 'Record {recordId} has no field {path} that could be revealed.',
    writeNotAllowed: 'Your role may not change the field {path} of record {recordId}; the change was not saved.',
  },
  'zh-CN': {
    revealNotAllowed: '您的角色无权查看记录 {recordId} 的字段 {path}；请联系经理或该客户的负责人。',
    reasonRequired: '查看记录 {recordId} 的字段 {path} 需要填写理由；理由将记入审计日志。',
    unknownField: '记录 {recordId} 没有可查看的字段 {path}。',
    writeNotAllowed: '您的角色无权修改记录 {recordId} 的字段 {path}；修改未保存。',
  },
};
