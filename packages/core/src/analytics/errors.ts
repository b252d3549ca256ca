import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { analyticsMessages, type AnalyticsErrorCode } from './messages.js';

/**
 * Thrown when the options of an analysis are unusable (a bad date, an empty period). The
 * message is in English; `localized(locale)` gives it in any supported locale.
 *
 * @example
 * try { composition([], { by: 'product', asOf: '2025-13-01' }); }
 * catch (error) { if (error instanceof AnalyticsError) error.code; } // 'analytics.bad-date'
 */
export class AnalyticsError extends RangeError {
  readonly code: AnalyticsErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: AnalyticsErrorCode, params: Record<string, string | number>) {
    super(translate(analyticsMessages, 'en', code, params));
    this.name = 'AnalyticsError';
    this.code = code;
    this.params = params;
  }

  /** The message in `locale`. */
  localized(locale: Locale): string {
    return translate(analyticsMessages, locale, this.code, this.params);
  }
}
