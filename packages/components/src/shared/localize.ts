import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { translate, type Catalog, type Locale, type MessageParams } from '@dossier/core';

/** A key's plural variant: `count.one` is `count` for a number the locale calls "one" (see {@link LocalizeController.tn}). */
type PluralVariant = `${string}.${Exclude<Intl.LDMLPluralRule, 'other'>}`;

/**
 * One element's catalogue from its English messages and their zh-CN translation: the English
 * object names the keys, and zh-CN must give every one of them (a missing key fails to compile)
 * except English plural variants (`countAll.one`), which Chinese, with one plural form, never asks for.
 *
 * @example
 * const en = { title: 'Agenda', open: 'Open {customer}' } as const;
 * export const messages = defineCatalog(en, { title: '今日待办', open: '打开 {customer}' });
 * export type AgendaMessage = keyof typeof en;
 */
export function defineCatalog<const E extends Readonly<Record<string, string>>>(
  en: E,
  zhCN: Readonly<Record<Exclude<keyof E, PluralVariant>, string>> & Partial<Readonly<Record<keyof E & PluralVariant, string>>>,
): Catalog<keyof E & string> {
  return { en, 'zh-CN': zhCN as Readonly<Record<keyof E, string>> };
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The locale's plural category of `count` ('one', 'other', …), its rules made once per locale. */
function pluralOf(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

/** What a {@link LocalizeController} needs of its element: the locale in force at each render. */
export interface LocalizedHost extends ReactiveControllerHost {
  readonly resolvedLocale: Locale;
}

/**
 * One element's catalogue, read in the locale its host resolves at each call (own `locale`,
 * the provider's, the document's). The host re-renders when the locale changes, so the
 * controller keeps no state of its own; it exists so that every element translates one way.
 *
 * @example
 * private readonly t = new LocalizeController(this, messages).t;
 * render() { return html`<h2>${this.t('title', { count: 3 })}</h2>`; }
 */
export class LocalizeController<K extends string> implements ReactiveController {
  readonly #host: LocalizedHost;
  readonly #catalog: Catalog<K>;

  constructor(host: LocalizedHost, catalog: Catalog<K>) {
    this.#host = host;
    this.#catalog = catalog;
    host.addController(this);
  }

  /** Nothing to set up: the host already re-renders when its locale changes. */
  hostConnected(): void {}

  /** The message `key` in the host's locale, with `{name}` placeholders filled from `params`. */
  readonly t = (key: K, params: MessageParams = {}): string => translate(this.#catalog, this.#host.resolvedLocale, key, params);

  /**
   * The message `key` in the plural form the locale gives `count`: the variant `key.one` (or
   * `.two`, `.few`, …) when the catalogue has it in that locale, else `key` itself (the `other`
   * form). `count` is only chosen by; pass it, formatted, in `params` too.
   *
   * @example
   * // en: { countAll: '{total} customers', 'countAll.one': '{total} customer' }
   * this.tn('countAll', 1, { total: '1' }) // '1 customer'
   */
  readonly tn = (key: K, count: number, params: MessageParams = {}): string => {
    const locale = this.#host.resolvedLocale;
    const variant = `${key}.${pluralOf(locale, count)}`;
    return translate(this.#catalog, locale, (Object.hasOwn(this.#catalog[locale], variant) ? variant : key) as K, params);
  };
}
