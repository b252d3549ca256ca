import { LocalizedError } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { CliError } from './errors.js';

describe('CliError is a LocalizedError', () => {
  it('answers one instanceof check with its code, params, line and column and its message in both locales', () => {
    const error = new CliError('file-not-found', { file: 'book.csv' });
    expect(error).toBeInstanceOf(LocalizedError);
    expect(error.name).toBe('CliError');
    expect(error.code).toBe('file-not-found');
    expect(error.params).toEqual({ file: 'book.csv' });
    expect(error.message).toBe(error.messageIn('en'));
    expect(error.messageIn('en')).toContain('book.csv');
    expect(error.messageIn('zh-CN')).toContain('book.csv');
    expect(error.messageIn('zh-CN')).not.toBe(error.messageIn('en'));
    const located = new CliError('missing-value', { file: 'a.csv', line: 3, column: 2, name: 'date' });
    expect([located.line, located.column]).toEqual([3, 2]);
  });
});
