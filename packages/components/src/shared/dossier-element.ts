import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { resolveLocale, type Locale, type Person, type Viewer } from '@dossier/core';
import { localeContext, peopleContext, themeContext, viewerContext, type Theme } from './context.js';
import { anonymousViewer } from './viewer.js';

const noPeople: readonly Person[] = Object.freeze([]);

/**
 * The base of every Dossier element: resolves the locale, the theme, the viewer and the people
 * directory (own property first, then the provider's context, then the document, then a
 * default) and exposes the theme as the custom state `dark`, so styles say
 * `:host(:state(dark))` without attributes sprouting on the host. Elements that name people
 * extend `DossierPeopleElement` (people-element.ts), which adds `personName(id)`: core's
 * naming stays out of the elements that name nobody (the tier badge's 3 KB).
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
  // Properties declared without decorators: their helper would weigh on the tier badge's 3 KB.
  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    theme: { reflect: true },
    viewer: { attribute: false },
    people: { attribute: false },
  };

  /**
   * Locale of every string, number and date (`en` or `zh-CN`). Unset: the provider's locale,
   * else the document's `lang`, else `en`.
   */
  locale?: Locale;

  /** `light` or `dark`. Unset: the provider's theme, else the document's `data-dossier-theme`, else `light`. */
  theme?: Theme;

  // Context consumers as controllers (not @consume decorators, whose helpers would weigh on the
  // tier badge): a consumer without a callback keeps the provided value and asks for an update.
  readonly #locale = new ContextConsumer(this, { context: localeContext, subscribe: true });

  readonly #theme = new ContextConsumer(this, { context: themeContext, subscribe: true });

  /**
   * Who is looking. Unset: the provider's viewer, else {@link anonymousViewer} (public,
   * level-1 information only), so that a forgotten provider shows less, never more.
   */
  viewer?: Viewer;

  /**
   * The provider's viewer: a new one is announced as a change of `providedViewer` (so that
   * `changed.has('providedViewer')` tells it), without declaring a property the manifest would list.
   */
  protected providedViewer?: Viewer;

  readonly #viewer = new ContextConsumer(this, {
    context: viewerContext,
    subscribe: true,
    callback: (viewer) => {
      const old = this.providedViewer;
      this.providedViewer = viewer;
      this.requestUpdate('providedViewer', old);
    },
  });

  /**
   * The people directory, to show owners, authors and actors by name. Unset: the provider's
   * `people`, else none (every id then reads "Unknown person" / "未知人员", never the id).
   */
  people?: readonly Person[];

  readonly #people = new ContextConsumer(this, { context: peopleContext, subscribe: true });

  /** Element internals: custom states (and form participation where the element is a control). */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The locale in force. */
  get resolvedLocale(): Locale {
    if (this.locale) return resolveLocale(this.locale);
    if (this.#locale.value) return this.#locale.value;
    return resolveLocale(document.documentElement.lang || undefined);
  }

  /** The viewer in force: every read and write an element makes goes through it. */
  get resolvedViewer(): Viewer {
    return this.viewer ?? this.#viewer.value ?? anonymousViewer;
  }

  /** The people directory in force (own property, else the provider's, else empty). */
  get resolvedPeople(): readonly Person[] {
    return this.people ?? this.#people.value ?? noPeople;
  }

  /** The theme in force. */
  get resolvedTheme(): Theme {
    const theme = this.theme ?? this.#theme.value ?? document.documentElement.dataset['dossierTheme'];
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
