import { defineCatalog } from '../shared/localize.js';

const en = {
  guidance: 'How to handle: {text}',
  /** A label before its value on one line (the colon of the locale: full-width in Chinese, no space after it). */
  labelled: '{label}: ',
  yes: 'Yes',
  no: 'No',
  childAge: 'age {age}',
  competitors: 'Competitors at this customer',
  noCompetitors: 'No competitor notes recorded.',
  satisfaction: 'satisfaction {score} of 5',
  sources: 'Sources of the facts',
  wholeRecord: 'The customer record',
  wholeContact: 'Contact {name}',
  verified: 'Verified',
  unverified: 'Not verified',
  collected: 'collected {date} by {person}',
  markVerified: 'Mark verified',
  markVerifiedField: 'Mark {field} verified',
  verifyFailed: 'Could not mark {field} verified: {reason}',
  verifyConflict: 'Someone changed this record meanwhile; look again and retry.',
};

/** Strings of the card's key-person, competitor and source sections. */
export const keyPersonMessages = defineCatalog(en, {
  guidance: '应对技巧：{text}',
  labelled: '{label}：',
  yes: '是',
  no: '否',
  childAge: '{age} 岁',
  competitors: '竞争对手资料',
  noCompetitors: '尚无竞争对手资料。',
  satisfaction: '满意度 {score}/5',
  sources: '信息来源',
  wholeRecord: '客户资料整体',
  wholeContact: '联系人{name}',
  verified: '已核实',
  unverified: '未核实',
  collected: '{date} 由 {person} 收集',
  markVerified: '标记为已核实',
  markVerifiedField: '将{field}标记为已核实',
  verifyFailed: '未能将{field}标记为已核实：{reason}',
  verifyConflict: '这条资料刚被他人修改，请重新查看后再试。',
});

/** A key of {@link keyPersonMessages}. */
export type KeyPersonMessage = keyof typeof en;
