import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordArbitraries } from '../schema/arbitraries.js';
import { recordKinds } from '../schema/stored-record.js';
import { builtInProfileTemplates } from '../schema/templates/built-in.js';
import { createTemplateRegistry } from '../schema/templates/template-registry.js';
import { validateRecord } from '../schema/validate.js';
import { anonymiseRecord, erasedText, identifyingValues, personalValues } from './subject.js';

const templates = createTemplateRegistry(builtInProfileTemplates);

describe('anonymiseRecord', () => {
  // Transactions are not anonymised (their amounts stay for the totals), so they are left out.
  for (const kind of recordKinds.filter((k) => k !== 'transaction')) {
    it(`${kind}: leaves a valid record holding no confidential or secret value and only the new name`, () => {
      fc.assert(
        fc.property(recordArbitraries[kind], (record) => {
          const anonymised = anonymiseRecord(kind, record as unknown as Record<string, unknown>, { name: '已注销客户' });
          const result = validateRecord(kind, anonymised, { templates });
          expect(result.ok ? [] : result.issues).toEqual([]);
          const left = personalValues(kind, anonymised).filter((value) => value !== erasedText);
          expect(left).toEqual('name' in anonymised ? ['已注销客户'] : []);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('drops an address that lost its province and a child that lost its name, and empties a required list', () => {
    const person = {
      kind: 'person',
      name: { zh: '王芳' },
      addresses: [{ province: '浙江省', city: '杭州市', street: '文三路90号' }],
      intelligence: { relatedParties: ['某投资公司'] },
    };
    const out = anonymiseRecord('customer', person, { name: 'X' }) as Record<string, unknown>;
    expect(out['addresses']).toEqual([]);
    expect(out['intelligence']).toEqual({ relatedParties: [] });
    const contact = { name: { zh: '李四' }, profile: { family: { children: [{ name: '小明', age: 8 }] }, interests: { topicsNeverToRaise: ['离婚'], topicsOfInterest: ['围棋'] } } };
    const anonymisedContact = anonymiseRecord('contact', contact, { name: 'Y' }) as { profile: { family: { children: unknown[] }; interests: Record<string, unknown> } };
    expect(anonymisedContact.profile.family.children).toEqual([]);
    expect(anonymisedContact.profile.interests['topicsNeverToRaise']).toEqual([]);
  });
});

describe('identifyingValues', () => {
  it('takes names, numbers, e-mails and street lines, never enum values or the coarse parts of an address', () => {
    const person = {
      kind: 'person',
      name: { zh: '王芳', en: 'Wang Fang' },
      gender: 'female',
      mobile: '13812341234',
      email: 'wangfang@example.com',
      idNumber: '11010519491231002X',
      addresses: [{ province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路90号' }],
    };
    const values = identifyingValues('customer', person);
    for (const value of ['王芳', 'Wang Fang', '13812341234', 'wangfang@example.com', '11010519491231002X', '文三路90号']) expect(values).toContain(value);
    for (const value of ['female', '浙江省', '杭州市', '西湖区', 'person']) expect(values).not.toContain(value);
  });
});
