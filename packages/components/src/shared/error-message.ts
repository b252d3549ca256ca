import type { Locale } from '@dossier/core';

/**
 * What to tell the user about an error, in their locale when the error carries translations:
 * the store's errors (`messages`), core's (`messageIn`), else its plain message.
 *
 * @example
 * errorMessage(storeError, 'zh-CN') // '找不到客户 C-1：……'
 */
export function errorMessage(error: unknown, locale: Locale): string {
  if (error && typeof error === 'object') {
    const translated = error as { messages?: Partial<Record<string, string>>; messageIn?: (locale: Locale) => string };
    const localized = translated.messages?.[locale] ?? translated.messageIn?.(locale);
    if (localized) return localized;
    if ('message' in error && typeof error.message === 'string') return error.message;
  }
  return String(error);
}
