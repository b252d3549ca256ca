import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { translate, type Catalog, type Locale, type MessageParams } from '@dossier/core';

/**
 * One element's catalogue from its English messages and their zh-CN translation: the English
 * object names the keys, and zh-CN must give every one of them (a missing key fails to compile).
 *
 * @example
 * const en = { title: 'Agenda', open: 'Open {customer}' } as const;
 * export const messages = defineCatalog(en, { title: '今日待办', open: '打开 {customer}' });
 * export type AgendaMessage = keyof typeof en;
 */
export function defineCatalog<const E extends Readonly<Record<string, string>>>(en: E, zhCN: Readonly<Record<keyof E, string>>): Catalog<keyof E & string> {
  return { en, 'zh-CN': zhCN };
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
  constructor(
    private readonly host: LocalizedHost,
    private readonly catalog: Catalog<K>,
  ) {
    host.addController(this);
  }

  /** Nothing to set up: the host already re-renders when its locale changes. */
  hostConnected(): void {}

  /** The message `key` in the host's locale, with `{name}` placeholders filled from `params`. */
  readonly t = (key: K, params: MessageParams = {}): string => translate(this.catalog, this.host.resolvedLocale, key, params);
}
