import { LocalizedError } from '../i18n/localized-error.js';
import { translate, type MessageParams } from '../i18n/translate.js';
import { schemaMessages, type SchemaMessageKey } from './messages.js';

/**
 * An error of the schema module that is not a validation issue of one field: a duplicate
 * template, a record from a newer Dossier, a missing migration. `message` is in English;
 * `messageIn(locale)` gives the translation.
 *
 * @example
 * try { registry.register(beautySalonTemplate) } catch (e) { if (e instanceof SchemaError) e.messageIn('zh-CN') }
 */
export class SchemaError extends LocalizedError<SchemaMessageKey> {
  override readonly name = 'SchemaError';
  constructor(
    code: SchemaMessageKey,
    params: MessageParams = {},
    readonly recordId?: string,
  ) {
    super(code, params, (locale) => translate(schemaMessages, locale, code, params));
  }
}
