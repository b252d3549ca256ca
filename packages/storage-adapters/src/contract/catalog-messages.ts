import { locales, translate, type Catalog, type Locale, type MessageParams } from '@dossier/core';
import type { RecordIssue } from './kinds.js';
import { storeKindLabels } from './messages.js';

// How the store words a message of one of its catalogues (./adapter-messages.ts, the whole
// `storeMessages`): internal, shared by `storeError` / `storeIssue` (every key) and the adapters'
// own helpers (./adapter-errors.ts, the keys every adapter gives).

const unknownKindLabel: Record<Locale, string> = { en: 'archive', 'zh-CN': '档案' };

/** A message of `catalog` in every locale, `{kind}` named by its label and `{id}` filled. */
export function messagesIn<K extends string>(catalog: Catalog<K>, key: K, params: MessageParams = {}): Record<Locale, string> {
  const out = {} as Record<Locale, string>;
  const kind = params['kind'];
  for (const locale of locales) {
    // A message never shows a bare `{kind}` or `{id}`: an unknown kind reads as "archive".
    const label = (typeof kind === 'string' ? (storeKindLabels[locale] as Record<string, string>)[kind] : undefined) ?? unknownKindLabel[locale];
    out[locale] = translate(catalog, locale, key, { ...params, kind: label, id: params['id'] ?? '?' });
  }
  return out;
}

/** The params of an error's message: where it happened, then its own. */
export function errorParams(details: { kind?: string | undefined; id?: string | undefined; line?: number | undefined; params?: MessageParams }): MessageParams {
  return { kind: details.kind, id: details.id, line: details.line, ...details.params };
}

/** An issue worded from `catalog` in every locale (`params` the same for all, or per locale). */
export function issueIn<K extends string>(catalog: Catalog<K>, path: string, key: K, params: MessageParams | ((locale: Locale) => MessageParams) = {}): RecordIssue {
  const messages = {} as Record<Locale, string>;
  for (const locale of locales) messages[locale] = translate(catalog, locale, key, typeof params === 'function' ? params(locale) : params);
  return { path, message: messages.en, messages };
}
