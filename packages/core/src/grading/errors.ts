import { LocalizedError } from '../i18n/localized-error.js';
import { translate } from '../i18n/translate.js';
import { gradingErrorMessages, type GradingErrorCode } from './error-messages.js';

export type { GradingErrorCode } from './error-messages.js';

/**
 * A grading error: a stable `code`, the values that explain it, an English `message` and the
 * same message in any locale through `messageIn`.
 *
 * @example
 * try { computeCustomerFigures([], { asOf: '2025-02-30' }); }
 * catch (error) { if (error instanceof GradingError) error.messageIn('zh-CN'); }
 */
export class GradingError extends LocalizedError<GradingErrorCode> {
  declare readonly params: Readonly<Record<string, string>>;

  constructor(code: GradingErrorCode, params: Record<string, string> = {}) {
    super(code, params, (locale) => translate(gradingErrorMessages, locale, `error.${code}`, params));
    this.name = 'GradingError';
  }
}
