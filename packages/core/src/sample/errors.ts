import type { Locale } from '../i18n/locale.js';
import { translate, type MessageParams } from '../i18n/translate.js';
import { sampleMessages, type SampleErrorCode } from './messages.js';

/**
 * Bad options given to a sample generator. `message` is English; `localizedMessage(locale)`
 * gives the same text in another locale.
 *
 * @example
 * try { generateArchive({ seed: 1, customers: 0, asOf: '2026-01-01' }); }
 * catch (error) { if (error instanceof SampleError) error.localizedMessage('zh-CN'); }
 */
export class SampleError extends RangeError {
  readonly code: SampleErrorCode;
  readonly params: MessageParams;

  constructor(code: SampleErrorCode, params: MessageParams) {
    super(translate(sampleMessages, 'en', code, params));
    this.name = 'SampleError';
    this.code = code;
    this.params = params;
  }

  /** The message in the given locale. */
  localizedMessage(locale: Locale): string {
    return translate(sampleMessages, locale, this.code, this.params);
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
