import { describe, expect, it } from 'vitest';
import { LocalizedError } from './localized-error.js';
import { locales } from './locale.js';
import { translate, type Catalog, type MessageParams } from './translate.js';

const shelfMessages: Catalog<'full'> = { en: { full: 'Shelf {shelf} is full' }, 'zh-CN': { full: '货架 {shelf} 已满' } };

class ShelfError extends LocalizedError<'full'> {
  override readonly name = 'ShelfError';
  constructor(code: 'full', params: MessageParams, options?: ErrorOptions) {
    super(code, params, (locale) => translate(shelfMessages, locale, code, params), options);
  }
}

describe('LocalizedError', () => {
  it('carries code and params, an English message and the message in every locale', () => {
    const cause = new Error('disk');
    const error = new ShelfError('full', { shelf: 'A1' }, { cause });
    expect(error).toBeInstanceOf(LocalizedError);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.params, error.cause]).toEqual(['ShelfError', 'full', { shelf: 'A1' }, cause]);
    expect(error.message).toBe('Shelf A1 is full');
    expect(error.messageIn('zh-CN')).toBe('货架 A1 已满');
    for (const locale of locales) expect(error.messageIn(locale)).toContain('A1');
  });
});
