import type { Locale } from './locale.js';

/** A message catalogue: one entry per locale, each mapping a key to a template. */
export type Catalog<K extends string> = Record<Locale, Record<K, string>>;

/** Values substituted for `{name}` placeholders in a template. */
export type MessageParams = Record<string, string | number | undefined>;

/**
 * Fills a message template of a catalogue in the given locale. Placeholders are `{name}`;
 * a missing value leaves the placeholder visible so that the gap is noticed, not hidden.
 *
 * Every module keeps its own catalogue beside its code (en and zh-CN side by side) and
 * calls this one function, so there is exactly one interpolation rule in Dossier.
 *
 * @example
 * const catalog = { en: { hi: 'Hello {name}' }, 'zh-CN': { hi: '你好，{name}' } } as const;
 * translate(catalog, 'zh-CN', 'hi', { name: '王芳' }) // '你好，王芳'
 */
export function translate<K extends string>(
  catalog: Catalog<K>,
  locale: Locale,
  key: K,
  params: MessageParams = {},
): string {
  const template = catalog[locale][key] ?? catalog.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
