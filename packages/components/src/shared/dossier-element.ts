import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { personName, resolveLocale, type Locale, type Person, type Viewer } from '@dossier/core';
import { localeContext, peopleContext, themeContext, viewerContext, type Theme } from './context.js';
import { anonymousViewer } from './viewer.js';

const noPeople: readonly Person[] = Object.freeze([]);

/**
 * The base of every Dossier element: resolves the locale, the theme, the viewer and the people
 * directory (own property first, then the provider's context, then the document, then a
 * default), names people through that directory ({@link DossierElement.personName}) and exposes the theme as
 * the custom state `dark`, so styles say `:host(:state(dark))` without attributes sprouting
 * on the host.
 *
 * The theme tokens below are the pages' theming API (see tokens.styles.ts for the dark values);
 * they inherit through shadow roots, so setting them on any ancestor themes every element.
 *
 * @cssproperty --dossier-font-family - Font of every text. Default system-ui, "PingFang SC", "Microsoft YaHei", sans-serif.
 * @cssproperty --dossier-font-size - Base font size. Default 0.875rem.
 * @cssproperty --dossier-color-text - Text colour. Default #1f2328 (dark #e6e8eb).
 * @cssproperty --dossier-color-text-muted - Secondary text (not read by the tier badge). Default #57606a (dark #a3abb5).
 * @cssproperty --dossier-color-surface - Background (not read by the tier badge). Default #ffffff (dark #1b1e24).
 * @cssproperty --dossier-color-surface-alt - Background of headers and stripes (not read by the tier badge). Default #f6f8fa (dark #252a32).
 * @cssproperty --dossier-color-border - Borders and rules (not read by the tier badge). Default #d0d7de (dark #444c56).
 * @cssproperty --dossier-color-accent - Links, buttons and chart series (not read by the tier badge). Default #0b5cad (dark #79b8ff).
 * @cssproperty --dossier-color-focus - Focus rings (not read by the tier badge). Default #0b5cad (dark #79b8ff).
 * @cssproperty --dossier-color-danger - Errors and conflicts (not read by the tier badge). Default #b42318 (dark #ff938a).
 * @cssproperty --dossier-radius - Corner radius (not read by the tier badge). Default 6px.
 * @cssproperty --dossier-space - Base spacing unit (not read by the tier badge). Default 0.5rem.
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

  /**
   * Who is looking. Unset: the provider's viewer, else {@link anonymousViewer} (public,
   * level-1 information only), so that a forgotten provider shows less, never more.
   */
  @property({ attribute: false }) viewer?: Viewer;

  @consume({ context: viewerContext, subscribe: true })
  @state()
  protected providedViewer?: Viewer;

  /**
   * The people directory, to show owners, authors and actors by name. Unset: the provider's
   * `people`, else none (every id then reads "Unknown person" / "未知人员", never the id).
   */
  @property({ attribute: false }) people?: readonly Person[];

  @consume({ context: peopleContext, subscribe: true })
  @state()
  private providedPeople?: readonly Person[];

  /** Element internals: custom states (and form participation where the element is a control). */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The locale in force. */
  get resolvedLocale(): Locale {
    if (this.locale) return resolveLocale(this.locale);
    if (this.providedLocale) return this.providedLocale;
    return resolveLocale(document.documentElement.lang || undefined);
  }

  /** The viewer in force: every read and write an element makes goes through it. */
  get resolvedViewer(): Viewer {
    return this.viewer ?? this.providedViewer ?? anonymousViewer;
  }

  /** The people directory in force (own property, else the provider's, else empty). */
  get resolvedPeople(): readonly Person[] {
    return this.people ?? this.providedPeople ?? noPeople;
  }

  /** The name of the person with this id in the locale in force (core's `personName`). */
  protected personName(id: string | undefined): string {
    return personName(this.resolvedPeople, id, this.resolvedLocale);
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
