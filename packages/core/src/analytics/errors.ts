import type { Locale } from '../i18n/locale.js';
import { LocalizedError } from '../i18n/localized-error.js';
import { translate } from '../i18n/translate.js';
import { analyticsMessages, type AnalyticsErrorCode } from './messages.js';

/**
 * Thrown when the options of an analysis are unusable (a bad date, an empty period). The
 * message is in English; `messageIn(locale)` gives it in any supported locale.
 *
 * @example
 * try { composition([], { by: 'product', asOf: '2025-13-01' }); }
 * catch (error) { if (error instanceof AnalyticsError) error.code; } // 'analytics.bad-date'
 */
export class AnalyticsError extends LocalizedError<AnalyticsErrorCode> {
  constructor(code: AnalyticsErrorCode, params: Record<string, string | number>) {
    super(code, params, (locale) => translate(analyticsMessages, locale, code, params));
    this.name = 'AnalyticsError';
  }

  /**
   * The message in `locale`; the same as `messageIn`, kept for existing callers.
   *
   * @deprecated Use `messageIn`.
   */
  localized(locale: Locale): string {
    return this.messageIn(locale);
  }
}
