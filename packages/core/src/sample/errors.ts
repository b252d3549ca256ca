import type { Locale } from '../i18n/locale.js';
import { LocalizedError } from '../i18n/localized-error.js';
import { translate, type MessageParams } from '../i18n/translate.js';
import { sampleMessages, type SampleErrorCode } from './messages.js';

/**
 * Bad options given to a sample generator. `message` is English; `messageIn(locale)` gives
 * the same text in another locale.
 *
 * @example
 * try { generateArchive({ seed: 1, customers: 0, asOf: '2026-01-01' }); }
 * catch (error) { if (error instanceof SampleError) error.messageIn('zh-CN'); }
 */
export class SampleError extends LocalizedError<SampleErrorCode> {
  constructor(code: SampleErrorCode, params: MessageParams) {
    super(code, params, (locale) => translate(sampleMessages, locale, code, params));
    this.name = 'SampleError';
  }

  /**
   * The message in the given locale; the same as `messageIn`, kept for existing callers.
   *
   * @deprecated Use `messageIn`.
   */
  localizedMessage(locale: Locale): string {
    return this.messageIn(locale);
  }
}

/**
 * Builds a `SampleError`; `value` is shown as given.
 *
 * @example
 * throw sampleError('customers-invalid', { value: 0 });
 */
export function sampleError(code: SampleErrorCode, params: MessageParams): SampleError {
  return new SampleError(code, params);
}
