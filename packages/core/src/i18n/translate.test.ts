import { describe, expect, it } from 'vitest';
import { joinCatalogs, translate, type Catalog } from './translate.js';

const catalog: Catalog<'greet' | 'count'> = {
  en: { greet: 'Hello {name}', count: '{n} customers' },
  'zh-CN': { greet: '你好，{name}', count: '{n} 位客户' },
};

describe('translate', () => {
  it('fills placeholders in the requested locale', () => {
    expect(translate(catalog, 'zh-CN', 'greet', { name: '王芳' })).toBe('你好，王芳');
    expect(translate(catalog, 'en', 'count', { n: 3 })).toBe('3 customers');
  });
  it('leaves a placeholder without value visible', () => {
    expect(translate(catalog, 'en', 'greet')).toBe('Hello {name}');
  });
});

describe('joinCatalogs', () => {
  it('reads every key of every catalogue in each locale', () => {
    const other: Catalog<'bye'> = { en: { bye: 'Goodbye' }, 'zh-CN': { bye: '再见' } };
    const all = joinCatalogs(catalog, other);
    expect(all).toEqual({
      en: { greet: 'Hello {name}', count: '{n} customers', bye: 'Goodbye' },
      'zh-CN': { greet: '你好，{name}', count: '{n} 位客户', bye: '再见' },
    });
    expect(translate(all, 'zh-CN', 'bye')).toBe('再见');
    expect(catalog.en).toEqual({ greet: 'Hello {name}', count: '{n} customers' }); // the parts stay as they were
  });
});
