import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { resolveLocale, type Locale } from '@dossier/core';
import { localeContext, themeContext, type Theme } from './context.js';

/**
 * The base of every Dossier element: resolves the locale and the theme (own property first,
 * then the provider's context, then the document, then a default) and exposes the theme as
 * the custom state `dark`, so styles say `:host(:state(dark))` without attributes sprouting
 * on the host.
 *
 * @example
 * class DossierThing extends DossierElement {
 *   render() { return html`<p lang=${this.resolvedLocale}>…</p>`; }
 * }
 */
export class DossierElement extends LitElement {
  /**
   * Locale of every string, number and date (`en` or `zh-CN`). Unset: the provider's locale,
   * else the document's `lang`, else `en`.
   */
  @property({ reflect: true }) locale?: Locale;

  /** `light` or `dark`. Unset: the provider's theme, else the document's `data-dossier-theme`, else `light`. */
  @property({ reflect: true }) theme?: Theme;

  @consume({ context: localeContext, subscribe: true })
  @state()
  private providedLocale?: Locale;

  @consume({ context: themeContext, subscribe: true })
  @state()
  private providedTheme?: Theme;

  /** Element internals: custom states (and form participation where the element is a control). */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The locale in force. */
  get resolvedLocale(): Locale {
    if (this.locale) return resolveLocale(this.locale);
    if (this.providedLocale) return this.providedLocale;
    return resolveLocale(document.documentElement.lang || undefined);
  }

  /** The theme in force. */
  get resolvedTheme(): Theme {
    const theme = this.theme ?? this.providedTheme ?? document.documentElement.dataset['dossierTheme'];
    return theme === 'dark' ? 'dark' : 'light';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('dark', this.resolvedTheme === 'dark');
  }

  /** Turns a custom state (`:state(name)`) on or off. */
  protected setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }
}
