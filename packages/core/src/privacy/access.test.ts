import { describe, expect, it } from 'vitest';
import { sensitivityLevels } from '../enums/vocabularies.js';
import { canRead, canReveal, canWrite, fieldAccess, redact, type FieldRule } from './access.js';
import { defaultRoles, type Viewer } from './roles.js';

const rep: Viewer = { userId: 'rep-1', role: defaultRoles['sales-rep'] };
const manager: Viewer = { userId: 'mgr-1', role: defaultRoles['sales-manager'] };
const auditor: Viewer = { userId: 'aud-1', role: defaultRoles.auditor };
const callCentre: Viewer = { userId: 'cc-1', role: defaultRoles['call-centre'] };

const rules: FieldRule[] = [
  { path: 'name', sensitivity: 'public', level: 1 },
  { path: 'mobile', sensitivity: 'confidential', level: 1, mask: 'mobile' },
  { path: 'budget', sensitivity: 'confidential', level: 2 },
  { path: 'profile.topicsToAvoid', sensitivity: 'secret', level: 3, mask: 'text' },
  { path: 'phones.*.number', sensitivity: 'confidential', level: 1, mask: 'mobile' },
];

const customer = {
  name: '杭州西子贸易有限公司',
  ownerId: 'rep-1',
  mobile: '13812341234',
  budget: 500000,
  profile: { topicsToAvoid: '离婚', hobbies: '围棋' },
  phones: [{ number: '13900001111' }, { number: '13700002222' }],
};

describe('access rules', () => {
  it('lets a rep read level-2/3 information of own customers only', () => {
    const level3 = { sensitivity: 'secret', level: 3 } as const;
    expect(canRead(rep, level3, { ownerId: 'rep-1' })).toBe(true);
    expect(canRead(rep, level3, { ownerId: 'rep-2' })).toBe(false);
    expect(canRead(rep, { sensitivity: 'internal', level: 1 }, { ownerId: 'rep-2' })).toBe(true);
  });
  it('lets an auditor read everything and write nothing', () => {
    for (const sensitivity of sensitivityLevels) {
      expect(canRead(auditor, { sensitivity, level: 3 })).toBe(true);
      expect(canWrite(auditor, { sensitivity, level: 1 })).toBe(false);
    }
  });
  it('lets a manager reveal secret fields with a reason, but not read them outright', () => {
    const secret = { sensitivity: 'secret', level: 3 } as const;
    expect(canRead(manager, secret)).toBe(false);
    expect(canReveal(manager, secret)).toBe(true);
    expect(canReveal(rep, secret, { ownerId: 'rep-2' })).toBe(false);
  });
  it('masks a maskable confidential field and hides a secret one', () => {
    expect(fieldAccess(callCentre, rules[1]!)).toBe('masked');
    expect(fieldAccess(callCentre, rules[3]!)).toBe('hidden');
  });
});

describe('redact', () => {
  it('gives another rep neither the secret nor the plain mobile numbers', () => {
    const other: Viewer = { userId: 'rep-2', role: defaultRoles['sales-rep'] };
    const { record, redactions } = redact(customer, rules, other, { ownerId: customer.ownerId });
    expect(record.mobile).toBe('138****1234');
    expect(record.budget).toBeUndefined();
    expect(record.profile.topicsToAvoid).toBeUndefined();
    expect(record.profile.hobbies).toBe('围棋');
    expect(record.phones.map((p) => p.number)).toEqual(['139****1111', '137****2222']);
    expect(JSON.stringify(record)).not.toContain('离婚');
    expect(JSON.stringify(record)).not.toContain('13812341234');
    expect(redactions.map((r) => r.path).sort()).toEqual(
      ['budget', 'mobile', 'phones.0.number', 'phones.1.number', 'profile.topicsToAvoid'].sort(),
    );
    // the input is untouched
    expect(customer.mobile).toBe('13812341234');
  });
  it('gives the owner everything', () => {
    const { record, redactions } = redact(customer, rules, rep, { ownerId: customer.ownerId });
    expect(record).toEqual(customer);
    expect(redactions).toEqual([]);
  });
});
