/**
 * The locales every user-facing string of Dossier exists in.
 *
 * @example
 * for (const locale of locales) expect(translate(catalog, locale, key)).not.toBe(key);
 */
export const locales = ['en', 'zh-CN'] as const;

/** A locale Dossier speaks. */
export type Locale = (typeof locales)[number];

/**
 * Picks the supported locale closest to a BCP 47 tag (`zh`, `zh-Hans-CN`, `en-GB` …).
 *
 * @example
 * resolveLocale('zh-Hans-CN') // 'zh-CN'
 * resolveLocale('fr') // 'en'
 */
export function resolveLocale(tag: string | undefined): Locale {
  if (!tag) return 'en';
  return tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
