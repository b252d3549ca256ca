import { LitElement, html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { resolveLocale, type Locale, type Person, type Viewer } from '@dossier/core';
import type { RecordMap, Store } from '@dossier/storage-adapters';
import { gradingPolicyContext, localeContext, peopleContext, storeContext, themeContext, viewerContext, type Theme } from '../shared/context.js';
import styles from './provider.styles.js';

/**
 * @tagname dossier-provider
 * @summary Provides the store, locale, viewer, people directory, grading policy and theme to every Dossier element
 * inside it (through @lit/context). Elements also work without it, given the same properties
 * directly.
 *
 * Values are provided as given: to change one, assign a new value (a new viewer object, a new
 * store); mutating a provided object in place is not seen.
 *
 * @slot - The Dossier elements (and anything else) that use the provided values.
 *
 * @example
 * <dossier-provider locale="zh-CN" theme="dark">
 *   <dossier-customer-list></dossier-customer-list>
 * </dossier-provider>
 * <script type="module">
 *   const provider = document.querySelector('dossier-provider');
 *   provider.store = createMemoryStore();
 *   provider.viewer = { userId: 'u1', role: defaultRoles['sales-manager'] };
 *   provider.people = [{ id: 'u1', name: '王芳', nameEn: 'Wang Fang', role: '销售经理' }];
 * </script>
 */
export class DossierProvider extends LitElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    store: { attribute: false },
    locale: {},
    viewer: { attribute: false },
    people: { attribute: false },
    gradingPolicy: { attribute: false },
    theme: {},
  };

  /** The store: any adapter of @dossier/storage-adapters (its contract's `Store`, of any record map). */
  store?: Store<RecordMap> | undefined;

  /**
   * Locale of every element inside (`en`, `zh-CN`; other tags resolve to the closest). Unset:
   * the document's `lang`, else `en`.
   */
  locale?: Locale;

  /** Who is looking (core's `Viewer`); without one, elements show public level-1 information only. */
  viewer?: Viewer;

  /**
   * The people directory (core's `Person`s): elements show owners, authors and actors by name
   * through it; an id it does not know reads "Unknown person" / "未知人员".
   */
  people?: readonly Person[];

  /** The grading policy in force (core's grading policy). */
  gradingPolicy?: unknown;

  /** `light` or `dark`. Unset: the document's `data-dossier-theme`, else `light`. */
  theme?: Theme;

  readonly #store = new ContextProvider(this, { context: storeContext });
  readonly #locale = new ContextProvider(this, { context: localeContext });
  readonly #viewer = new ContextProvider(this, { context: viewerContext });
  readonly #people = new ContextProvider(this, { context: peopleContext });
  readonly #policy = new ContextProvider(this, { context: gradingPolicyContext });
  readonly #theme = new ContextProvider(this, { context: themeContext });

  constructor() {
    super();
    this.#provideAll();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#provideAll();
  }

  #provideAll(): void {
    // setValue notifies subscribers only when the value is a different one (Object.is).
    this.#store.setValue(this.store);
    this.#locale.setValue(resolveLocale(this.locale ?? (document.documentElement.lang || undefined)));
    this.#viewer.setValue(this.viewer);
    this.#people.setValue(this.people);
    this.#policy.setValue(this.gradingPolicy);
    const theme = this.theme ?? document.documentElement.dataset['dossierTheme'];
    this.#theme.setValue(theme === 'dark' ? 'dark' : 'light');
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-provider': DossierProvider;
  }
}
