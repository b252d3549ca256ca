import { describe, expect, it } from 'vitest';
import * as groups from './field-groups.js';
import * as fields from './fields.js';

describe('field catalogues of the archive', () => {
  it('reads sensitivity, level, optionality and labels from the schemas', () => {
    // idNumber: secret, level 1, optional, a person's only.
    expect(fields.customerFields.find((f) => f.path === 'idNumber')).toEqual({
      path: 'idNumber',
      sensitivity: 'secret',
      level: 1,
      label: { en: 'Resident ID number', 'zh-CN': '身份证号码' },
      kind: 'id-number',
      optional: true,
      list: false,
      variants: ['person'],
    });
    // intelligence.relatedParties: secret, level 3 (its group's), a required list of tags.
    expect(fields.customerFields.find((f) => f.path === 'intelligence.relatedParties')).toMatchObject({ sensitivity: 'secret', level: 3, optional: false, list: true, kind: 'tags' });
    expect(fields.recordFields.customer).toBe(fields.customerFields);
  });

  it("labels the groups of a customer's and a contact's fields as their schemas do", () => {
    expect(groups.customerGroupLabelsByKind.organisation.owner).toEqual({ en: 'Owner', 'zh-CN': '所有者' });
    expect(groups.customerGroupLabelsByKind.organisation.credit).toEqual({ en: 'Credit', 'zh-CN': '信用' });
    expect(groups.customerGroupLabelsByKind.organisation.name?.['zh-CN']).toBe('名称');
    expect(groups.customerGroupLabelsByKind.person.name?.['zh-CN']).toBe('姓名');
    expect(groups.customerGroupLabelsByKind.person.owner).toBeUndefined();
    // A field that holds a value is no group, nor is a record of facts.
    expect(groups.customerGroupLabelsByKind.organisation.mobile).toBeUndefined();
    expect(groups.customerGroupLabelsByKind.organisation.facts).toBeUndefined();
    // Groups at any depth: a key person's profile sections and the list of their children.
    expect(groups.contactGroupLabels['profile.basics']).toEqual({ en: 'Basics', 'zh-CN': '基本情况' });
    expect(groups.contactGroupLabels['profile.family.children']?.['zh-CN']).toBe('子女');
    expect(Object.keys(groups.customerGroupLabelsByKind.organisation)).toEqual([
      'name', 'addresses', 'relationship', 'grade', 'credit', 'prospecting', 'intelligence', 'analysis', 'source',
      'owner', 'manager', 'legalRepresentative', 'characteristics', 'businessStatus', 'tradeStatus',
    ]);
  });
});
