import { LocalizedError } from '../i18n/localized-error.js';
import { translate, type MessageParams } from '../i18n/translate.js';
import { numberProblemMessages } from '../money/messages.js';
import type { NumberProblem } from '../money/decimal.js';
import { bookMessages, type BookErrorCode } from './messages.js';

/**
 * A transaction the book cannot take (a date that is not a calendar date, an amount that is
 * not whole fen), with the 1-based position of the transaction (`line`), the `field` and the
 * bad value. `message` is English, `messageIn`
 * any locale.
 *
 * @example
 * try { toTransactionColumns([{ customerId: 'c1', date: '2025-02-30', amount: 1 }]); }
 * catch (error) { if (error instanceof BookError) error.params.line; } // 1
 */
export class BookError extends LocalizedError<BookErrorCode> {
  constructor(code: BookErrorCode, params: MessageParams) {
    // `invalid-amount` carries the number problem; its sentence is written in the same locale.
    const problem = params['problem'] as NumberProblem | undefined;
    super(code, params, (locale) =>
      translate(bookMessages, locale, code, problem ? { ...params, reason: translate(numberProblemMessages, locale, problem, params) } : params),
    );
    this.name = 'BookError';
  }
}
