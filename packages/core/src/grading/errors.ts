import { LocalizedError } from '../i18n/localized-error.js';
import { translate } from '../i18n/translate.js';
import { messages } from './messages.js';

/** What can go wrong when grading; each code has an en and zh-CN message in ./messages.ts. */
export type GradingErrorCode =
  | 'invalid-as-of'
  | 'invalid-window'
  | 'invalid-policy'
  | 'figures-mismatch'
  | 'unknown-customer'
  | 'invalid-override'
  | 'duplicate-run'
  | 'invalid-transition'
  | 'invalid-review';

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
    super(code, params, (locale) => translate(messages, locale, `error.${code}`, params));
    this.name = 'GradingError';
  }
}
