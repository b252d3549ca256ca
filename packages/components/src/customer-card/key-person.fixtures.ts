/**
 * A key person with the full 32-item profile, competitor notes and sources, for the card's and
 * the profile editor's tests and stories. Values are chosen so a test can tell which section,
 * and which sensitivity, each came from.
 */
import type { CompetitorNote, Contact, Provenance } from '@dossier/core';
import { contacts, currentCustomer } from '../testing-fixtures/archive.js';

const at = new Date('2026-01-05T02:00:00.000Z');

/** Secret values of the profile (family, politics, religion, topics never to raise). */
export const profileSecrets = {
  topic: '离婚官司',
  spouse: '陈静',
  child: '李小明',
  religion: '佛教居士',
  politics: '民主党派成员',
  relationship: '与对方总经理是大学同学',
} as const;

/** Confidential (not secret) values of the profile. */
export const profileConfidential = {
  birthPlace: '浙江绍兴',
  school: '浙江大学',
  previousEmployer: '杭州钢铁集团',
  hobbies: '高尔夫',
} as const;

/** The card's key contact (P-1, 李建国) with a talkative style and a full profile. */
export const keyPerson: Contact = {
  ...contacts[0]!,
  communicationStyle: 'talkative',
  profile: {
    basics: { birthDate: '1972-05-18', birthPlace: profileConfidential.birthPlace, nativePlace: '浙江宁波' },
    education: { school: profileConfidential.school, major: '机械工程', degree: '硕士', sports: '游泳' },
    family: {
      maritalStatus: '已婚',
      spouseName: profileSecrets.spouse,
      weddingAnniversary: '1998-10-01',
      children: [{ name: profileSecrets.child, age: 12, education: '杭州外国语学校', hobbies: '围棋' }],
    },
    career: { previousEmployer: profileConfidential.previousEmployer, longTermGoals: '带领公司上市' },
    interests: {
      privateClubs: '西湖高尔夫俱乐部',
      politicalActivity: profileSecrets.politics,
      religion: profileSecrets.religion,
      topicsNeverToRaise: [profileSecrets.topic],
      topicsOfInterest: ['茶文化', '围棋'],
      hobbies: profileConfidential.hobbies,
    },
  },
};

/** The same contact with no profile and no style: its card must look the same to who may not read them. */
export const keyPersonWithoutProfile: Contact = { ...contacts[0]!, communicationStyle: undefined };
delete (keyPersonWithoutProfile as { communicationStyle?: unknown }).communicationStyle;

const exhibition: Provenance = { channel: 'exhibition', verified: false, collectedAt: new Date('2026-03-01T02:00:00.000Z'), collectedBy: 'rep-7' };

/** The fixture customer with the source of the record and of its mobile (verified, from a survey). */
export const sourcedCustomer = {
  ...currentCustomer,
  source: exhibition,
  facts: { mobile: { channel: 'market-survey', verified: true, collectedAt: new Date('2026-02-01T02:00:00.000Z'), collectedBy: 'm-1' } as Provenance },
};

/** Two competitors at the customer. */
export const competitorNotes: CompetitorNote[] = [
  {
    id: 'N-1',
    schemaVersion: 1,
    createdAt: at,
    updatedAt: at,
    customerId: currentCustomer.id,
    competitor: '沈阳机床',
    productsInUse: ['i5 数控系统', 'VMC850'],
    satisfaction: 3,
    rep: { name: '周强', style: '价格战', relationship: profileSecrets.relationship },
    brandsUsed: ['i5'],
    projectsPlanned: '二期厂房设备更新',
  },
  { id: 'N-2', schemaVersion: 1, createdAt: at, updatedAt: at, customerId: currentCustomer.id, competitor: '大连机床', productsInUse: [], rep: {}, brandsUsed: [] },
];

/** Staff names of the fixtures. */
export const staffNames = { 'rep-7': '张伟', 'm-1': '王经理' } as const;
