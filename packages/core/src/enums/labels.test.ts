import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.js';
import { vocabularyLabels, vocabularyLabel } from './labels.js';
import * as vocabularies from './vocabularies.js';

describe('vocabulary labels', () => {
  it('label every value of every vocabulary in every locale, with distinct labels', () => {
    for (const [name, byLocale] of Object.entries(vocabularyLabels)) {
      const values = (vocabularies as Record<string, readonly (string | number)[]>)[name];
      expect(values, name).toBeDefined();
      for (const locale of locales) {
        const table = byLocale[locale] as Record<string, string>;
        expect(Object.keys(table).sort(), `${name} ${locale}`).toEqual(values!.map(String).sort());
        expect(new Set(Object.values(table)).size, `${name} ${locale} distinct`).toBe(values!.length);
      }
    }
  });
  it('speaks the users’ words', () => {
    expect(vocabularyLabel('zh-CN', 'relationshipStages', 'former')).toBe('过去的客户');
    expect(vocabularyLabel('zh-CN', 'buyingRoles', 'gatekeeper')).toBe('守门人');
    expect(vocabularyLabel('en', 'informationLevels', 3)).toContain('Level 3');
  });
});
