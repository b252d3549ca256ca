import { locales, type Locale } from './locale.js';

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

/** The keys of a catalogue. */
type KeyOf<C> = C extends Catalog<infer K> ? K : never;

/**
 * Catalogues kept apart (so that code reading one does not carry the others) read as one: the
 * keys of all of them, in every locale. Call it where the whole is read, marked pure, so that a
 * bundle that never reads the whole leaves it out.
 *
 * @example
 * const all = joinCatalogs({ en: { a: 'A' }, 'zh-CN': { a: '甲' } }, { en: { b: 'B' }, 'zh-CN': { b: '乙' } });
 * translate(all, 'zh-CN', 'b') // '乙'
 */
export function joinCatalogs<Cs extends readonly Catalog<string>[]>(...catalogs: Cs): Catalog<KeyOf<Cs[number]>> {
  return Object.fromEntries(locales.map((locale) => [locale, Object.assign({}, ...catalogs.map((c) => c[locale]))])) as Catalog<KeyOf<Cs[number]>>;
}
