import { LocalizedError } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { isStoreError, StoreError, storeError } from './errors.js';

describe('StoreError is a LocalizedError', () => {
  it('answers one instanceof check with its code, message in both locales and where it happened', () => {
    const error = storeError('not-found', 'notFound', { kind: 'customer', id: 'C-1' });
    expect(error).toBeInstanceOf(LocalizedError);
    expect(error.code).toBe('not-found');
    expect(error.messageIn('en')).toBe(error.messages.en);
    expect(error.messageIn('zh-CN')).toBe(error.messages['zh-CN']);
    expect(error.localized('zh-CN')).toBe(error.messages['zh-CN']);
    expect(error.messageIn('zh-CN')).toContain('C-1');
    expect(error.params).toEqual({ kind: 'customer', id: 'C-1' });
    expect(isStoreError(error, 'not-found')).toBe(true);
  });

  it('keeps its JSON form and round-trips through it', () => {
    const error = new StoreError('invalid', { en: 'Line 3 is bad', 'zh-CN': '第 3 行有误' }, { kind: 'transaction', line: 3, path: 'amount' });
    const json = error.toJSON();
    expect(Object.keys(json).sort()).toEqual(['code', 'kind', 'line', 'message', 'messages', 'path']);
    expect(json).toEqual({ code: 'invalid', message: 'Line 3 is bad', messages: { en: 'Line 3 is bad', 'zh-CN': '第 3 行有误' }, kind: 'transaction', line: 3, path: 'amount' });
    const back = StoreError.fromJSON(JSON.parse(JSON.stringify(error)));
    expect(back).toBeInstanceOf(LocalizedError);
    expect(back.messageIn('zh-CN')).toBe('第 3 行有误');
    expect(back.params).toEqual({ kind: 'transaction', path: 'amount', line: 3 });
  });
});
