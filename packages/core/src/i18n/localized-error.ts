import type { Locale } from './locale.js';
import type { MessageParams } from './translate.js';

/**
 * The base of Dossier's translated errors: a stable `code` a program branches on, the
 * `params` that explain it, `message` in English and `messageIn(locale)` in any locale.
 * Each module subclasses it with its own codes and catalogue, so that a caller (a CLI, a
 * form) shows any of them with one `instanceof LocalizedError` check.
 *
 * @example
 * const shelfMessages = { en: { full: 'Shelf {shelf} is full' }, 'zh-CN': { full: '货架 {shelf} 已满' } };
 * class ShelfError extends LocalizedError<'full'> {
 *   override readonly name = 'ShelfError';
 *   constructor(code: 'full', params: MessageParams) {
 *     super(code, params, (locale) => translate(shelfMessages, locale, code, params));
 *   }
 * }
 * new ShelfError('full', { shelf: 'A1' }).messageIn('zh-CN') // '货架 A1 已满'
 */
export class LocalizedError<C extends string = string> extends Error {
  readonly code: C;
  readonly params: Readonly<MessageParams>;
  readonly #render: (locale: Locale) => string;

  constructor(code: C, params: MessageParams, render: (locale: Locale) => string, options?: ErrorOptions) {
    super(render('en'), options);
    this.code = code;
    this.params = params;
    this.#render = render;
  }

  /** The message in the given locale. */
  messageIn(locale: Locale): string {
    return this.#render(locale);
  }
}
