import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { informationLevels, sensitivityLevels } from '../enums/vocabularies.js';
import { mobileSchema } from '../ids/schemas.js';
import { catalogPath, findField } from './field-catalog.js';
import { fieldCatalog } from './schema-fields.js';
import { field, fieldRegistry, localizedText } from './field-meta.js';
import { contactFields, customerFields, customerFieldsByKind, recordFields } from './fields.js';
import { recordKinds } from './stored-record.js';

describe('field catalogue', () => {
  it('labels every field of every record in both locales and gives it a sensitivity and a level', () => {
    for (const kind of recordKinds) {
      const fields = recordFields[kind];
      expect(fields.length).toBeGreaterThan(5);
      expect(new Set(fields.map((f) => f.path)).size).toBe(fields.length);
      for (const f of fields) {
        expect(f.label.en, `${kind} ${f.path}`).not.toBe(f.path);
        expect(f.label['zh-CN'], `${kind} ${f.path}`).toMatch(/[\u4e00-\u9fff]/);
        expect(sensitivityLevels).toContain(f.sensitivity);
        expect(informationLevels).toContain(f.level);
      }
    }
  });

  it('knows the sensitive fields', () => {
    expect(findField(contactFields, 'profile.interests.topicsNeverToRaise')).toMatchObject({
      sensitivity: 'secret',
      level: 3,
      kind: 'tags',
      list: true,
      label: { en: 'Topics never to raise', 'zh-CN': '特别机密且不宜谈论之事' },
    });
    expect(findField(customerFields, 'idNumber')).toMatchObject({ sensitivity: 'secret', kind: 'id-number', variants: ['person'] });
    expect(findField(customerFields, 'uscc')).toMatchObject({ sensitivity: 'public', kind: 'uscc', variants: ['organisation'] });
    expect(findField(customerFields, 'mobile')).toMatchObject({ sensitivity: 'confidential', kind: 'mobile' });
    expect(findField(customerFields, 'intelligence.decisionMakerRelations')).toMatchObject({ sensitivity: 'secret', level: 3 });
    expect(findField(customerFields, 'prospecting.budget')).toMatchObject({ level: 2, kind: 'money' });
    // Inherited from the credit group (confidential, level 1).
    expect(findField(customerFields, 'credit.rating')).toMatchObject({ sensitivity: 'confidential', level: 1, vocabulary: 'creditRatings' });
  });

  it('keeps the stricter reading where organisation and person differ', () => {
    expect(findField(customerFieldsByKind.organisation, 'name.zh')?.sensitivity).toBe('public');
    expect(findField(customerFieldsByKind.person, 'name.zh')?.sensitivity).toBe('confidential');
    expect(findField(customerFields, 'name.zh')?.sensitivity).toBe('confidential');
    expect(findField(customerFields, 'name.zh')?.variants).toBeUndefined();
  });

  it('finds the entry of a concrete path', () => {
    expect(findField(customerFields, ['addresses', 1, 'street'])?.path).toBe('addresses[].street');
    expect(findField(customerFields, 'addresses[3].province')?.label['zh-CN']).toBe('省/直辖市');
    expect(findField(customerFields, ['productLines', 0])?.path).toBe('productLines');
    expect(findField(customerFields, ['facts', 'credit.rating', 'channel'])?.path).toBe('facts');
    expect(findField(customerFields, 'nope')).toBeUndefined();
    expect(catalogPath(['a', 0, 'b', 1])).toBe('a[].b[]');
  });

  it('reads metadata for any schema, inheriting group sensitivity and level', () => {
    const schema = z.object({
      plain: z.string(),
      secret: field(
        z.object({
          a: field(z.optional(z.number()), { label: localizedText('A', '甲') }),
          b: field(z.boolean(), { label: localizedText('B', '乙'), sensitivity: 'public' }),
        }),
        { label: localizedText('Group', '组'), sensitivity: 'secret', level: 3 },
      ),
    });
    expect(fieldCatalog(schema)).toEqual([
      { path: 'plain', sensitivity: 'internal', level: 1, label: { en: 'plain', 'zh-CN': 'plain' }, kind: 'text', optional: false, list: false },
      { path: 'secret.a', sensitivity: 'secret', level: 3, label: { en: 'A', 'zh-CN': '甲' }, kind: 'number', optional: true, list: false },
      { path: 'secret.b', sensitivity: 'public', level: 3, label: { en: 'B', 'zh-CN': '乙' }, kind: 'boolean', optional: false, list: false },
    ]);
  });

  it('registers metadata on a copy, never on the shared schema', () => {
    const a = field(mobileSchema, { label: localizedText('Mobile', '手机'), sensitivity: 'secret' });
    expect(fieldRegistry.get(a)?.sensitivity).toBe('secret');
    expect(fieldRegistry.get(mobileSchema)).toBeUndefined();
    expect(a.safeParse('13800138000').success).toBe(true);
    expect(a.safeParse('1380013800').success).toBe(false);
  });
});
