import { LocalizedError } from '../i18n/localized-error.js';
import { translate, type MessageParams } from '../i18n/translate.js';
import { bookMessages, type BookErrorCode } from './messages.js';

/**
 * A transaction the book cannot take (a date that is not a calendar date), with the 1-based
 * position of the transaction (`line`) and the bad value. `message` is English, `messageIn`
 * any locale.
 *
 * @example
 * try { toTransactionColumns([{ customerId: 'c1', date: '2025-02-30', amount: 1 }]); }
 * catch (error) { if (error instanceof BookError) error.params.line; } // 1
 */
export class BookError extends LocalizedError<BookErrorCode> {
  constructor(code: BookErrorCode, params: MessageParams) {
    super(code, params, (locale) => translate(bookMessages, locale, code, params));
    this.name = 'BookError';
  }
}
