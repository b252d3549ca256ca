import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { defaultRoles, resolveLocale, type GradingRun, type Locale, type Person as DirectoryPerson, type Viewer } from '@dossier/core';
import { t, type DemoMessage } from './messages.js';
import { asOfOf, seedStore, seededRun, type DemoMeta, type DemoStore, type SeedProgress } from './seed.js';
import { cancelEarly, demoSeed, setSeededHint, todayIso } from './seed-client.js';
import { loadRuns } from './data.js';
import type { ListFilter } from './drill-down.js';
import { viewStyles } from './styles.js';
import './views/customers-view.js';

/** Which page of the demo this is: the browser archive or the ERP back office. */
export type DemoPage = 'idb' | 'erp';

type Route =
  | { view: 'agenda' }
  | { view: 'customers'; customerId?: string | undefined; filter?: ListFilter | undefined }
  | { view: 'grading' }
  | { view: 'reports' }
  | { view: 'import' }
  | { view: 'audit'; customerId?: string | undefined };

/** The people the viewer switch offers. */
type Person = 'manager' | 'rep' | 'call-centre';

/** What an embedding page hands the app. */
export interface DemoBackend {
  page: DemoPage;
  /** Opens the store (the page decides the adapter). */
  open(): Promise<DemoStore>;
  /** Deletes every record (and closes the store); the app then reloads. */
  reset(store: DemoStore): Promise<void>;
  /** Customers to generate on first open. */
  customers: number;
  /**
   * Who the page's requests speak for, where a server decides what they get (the ERP page).
   */
  viewAs?(person: Person | undefined): void;
  /**
   * A second store that seeds the archive, where the page's store speaks for a viewer (the ERP
   * page: the seed is the server's trusted import, the page's reads are the viewer's), so the page
   * is usable as its viewer while the rest is written. Absent: the page's store seeds.
   */
  openSeeder?(): Promise<DemoStore>;
}

/**
 * The pages other than the customer list, loaded when first visited: a first open (on the list)
 * loads the list's modules only, not the reports', the grading's or the import wizard's.
 */
const loadView: Record<Exclude<Route['view'], 'customers'>, () => Promise<unknown>> = {
  agenda: () => import('./views/agenda-view.js'),
  grading: () => import('./views/grading-view.js'),
  reports: () => import('./views/reports-view.js'),
  import: () => import('./views/import-view.js'),
  audit: () => import('./views/audit-view.js'),
};

const storageKey = (name: string) => `dossier-demo:${name}`;

/** The ERP server's database (`postgres` or `pglite`), as its info endpoint says. */
async function serverAdapterName(): Promise<string | undefined> {
  try {
    const response = await fetch(new URL('demo-admin/info', location.href));
    return ((await response.json()) as { adapter?: string }).adapter;
  } catch {
    return undefined;
  }
}

function parseRoute(hash: string): Route {
  const [path = '', query] = hash.replace(/^#/, '').split('?');
  const [, view, id] = path.split('/');
  if (view === 'grading') return { view: 'grading' };
  if (view === 'reports') return { view: 'reports' };
  if (view === 'import') return { view: 'import' };
  if (view === 'audit') return { view: 'audit', customerId: id ? decodeURIComponent(id) : undefined };
  if (view === 'customers') {
    const params = new URLSearchParams(query ?? '');
    const filter = { grade: params.get('grade') ?? undefined, owner: params.get('owner') ?? undefined, region: params.get('region') ?? undefined };
    return { view: 'customers', customerId: id ? decodeURIComponent(id) : undefined, ...(query ? { filter } : {}) };
  }
  // The day starts from the agenda.
  return { view: 'agenda' };
}

/** The people the viewer switch offers. */
export function viewerFor(person: Person): Viewer {
  if (person === 'rep') return { userId: 'R001', role: defaultRoles['sales-rep'] };
  if (person === 'call-centre') return { userId: 'CC01', role: defaultRoles['call-centre'] };
  return { userId: 'M001', role: defaultRoles['sales-manager'] };
}

const personOf = (value: string | null): Person => (value === 'rep' || value === 'call-centre' ? value : 'manager');

/**
 * The demo site of an imagined trading company: its own header, navigation and styles around
 * the Dossier widgets. Seeds the store on first open (with a progress bar), then routes between
 * customers, grading, reports and import through the URL hash. `data-state` on the element says where
 * it stands (`seeding`, `ready`, `error`), which the end-to-end tests wait on.
 */
@customElement('demo-app')
export class DemoApp extends LitElement {
  static override styles = [
    viewStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: auto 1fr;
        min-height: 100vh;
      }
      header {
        display: flex;
        gap: 1.5rem;
        align-items: center;
        flex-wrap: wrap;
        padding: 0.75rem 1.5rem;
        background: var(--site-brand);
        color: white;
      }
      .logo {
        display: flex;
        gap: 0.6rem;
        align-items: center;
      }
      .logo svg {
        flex: none;
      }
      .logo h1 {
        display: block;
        margin: 0;
        font-size: 1.1rem;
      }
      header .skip {
        position: absolute;
        inset-inline-start: 0.5rem;
        top: -3rem;
        z-index: 1;
        padding: 0.5rem 0.75rem;
        background: var(--site-surface);
        color: var(--site-ink);
        border-radius: 6px;
      }
      header .skip:focus {
        top: 0.5rem;
        outline: 3px solid var(--site-focus);
      }
      .logo span {
        font-size: 0.8rem;
        opacity: 0.85;
      }
      nav {
        display: flex;
        gap: 0.25rem;
        flex: 1;
      }
      nav a {
        color: white;
        white-space: nowrap;
        text-decoration: none;
        padding: 0.4rem 0.8rem;
        border-radius: 6px;
      }
      nav a[aria-current='page'] {
        background: rgb(255 255 255 / 0.18);
        font-weight: 600;
      }
      nav a:focus-visible,
      .tools a:focus-visible {
        outline: 3px solid var(--site-focus);
      }
      .tools {
        display: flex;
        gap: 0.75rem;
        align-items: end;
        flex-wrap: wrap;
      }
      /* 12 px at least: the labels (语言, 当前身份) and the selects inside them were 11.25 px */
      .tools label {
        color: white;
        font-size: max(12px, 0.75rem);
      }
      .tools select {
        background: white;
        color: var(--site-ink);
        font-size: max(12px, 0.85rem);
      }
      .tools a {
        color: white;
        font-size: 0.85rem;
      }
      .tools button {
        background: transparent;
        border-color: rgb(255 255 255 / 0.7);
      }
      .status-line {
        margin: -1.25rem -1.5rem 1.25rem;
        padding: 0.3rem 1.5rem;
        font-size: 0.8rem;
        color: var(--site-muted);
        border-bottom: 1px solid var(--site-line);
        background: var(--site-surface);
      }
      main {
        padding: 1.25rem 1.5rem;
      }
      main:focus {
        outline: none;
      }
      .seeding {
        max-width: 32rem;
        margin: 4rem auto;
      }
      /* A phone: the logo and the tools share the first line, the navigation gets a line of its own. */
      @media (max-width: 40rem) {
        header {
          gap: 0.5rem 0.75rem;
          padding: 0.5rem 0.75rem;
        }
        .logo span {
          display: none;
        }
        nav {
          order: 3;
          flex: 1 1 100%;
          flex-wrap: wrap;
          margin: 0 -0.4rem;
        }
        nav a {
          padding: 0.35rem 0.5rem;
        }
        .tools {
          flex: 1 1 auto;
          justify-content: end;
          gap: 0.5rem;
        }
        .tools label {
          font-size: 0;
        }
        .tools select {
          font-size: 0.85rem;
          max-width: 9rem;
        }
        .status-line,
        main {
          padding-inline: 0.75rem;
        }
        .status-line {
          margin-inline: -0.75rem;
        }
      }
    `,
  ];

  /** How the page stores its archive. */
  @property({ attribute: false }) backend?: DemoBackend;

  @state() private store?: DemoStore;
  @state() private locale: Locale = resolveLocale(localStorage.getItem(storageKey('locale')) ?? 'zh-CN');
  @state() private viewerRole: Person = personOf(localStorage.getItem(storageKey('role')));
  @state() private route: Route = parseRoute(location.hash);
  @state() private progress?: SeedProgress;
  @state() private failure?: string;
  @state() private runs: GradingRun[] = [];
  @state() private asOf = todayIso();
  /** What the ERP server stores in (`postgres` or `pglite`). */
  @state() private serverAdapter?: string;

  @state() private viewer: Viewer = viewerFor(this.viewerRole);
  private readonly onHash = () => {
    this.route = parseRoute(location.hash);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    document.documentElement.lang = this.locale;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const view = this.route.view;
    if (changed.has('route') && view !== 'customers') {
      loadView[view]().catch((error: unknown) => {
        console.error(error);
        this.failure = error instanceof Error ? error.message : String(error);
      });
    }
  }

  protected override firstUpdated(): void {
    void this.start();
  }

  private m(key: DemoMessage, params: Record<string, string | number> = {}): string {
    return t(this.locale, key, params);
  }

  /** Opens the store, seeds it when it holds no complete archive, loads the grading runs. */
  private async start(): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    this.failure = undefined;
    this.dataset['state'] = 'opening';
    try {
      backend.viewAs?.(this.viewerRole);
      let store = await backend.open();
      let seeder = (await backend.openSeeder?.()) ?? store;
      let previous = await seededRun(seeder);
      if (!previous) {
        this.dataset['state'] = 'seeding';
        // A half-written archive (tab closed while seeding) is wiped first.
        const any = await seeder.list('customer', { limit: 1 });
        if (any.items.length > 0) {
          if (seeder !== store) await seeder.close();
          await backend.reset(store);
          store = await backend.open();
          seeder = (await backend.openSeeder?.()) ?? store;
        }
        const asOf = todayIso();
        const page = store;
        const remember = (meta: DemoMeta) => localStorage.setItem(storageKey(`reps:${backend.page}`), JSON.stringify(meta.reps.map((r) => ({ id: r.id, name: r.name }))));
        const meta = await seedStore(seeder, {
          customers: backend.customers,
          asOf,
          onProgress: (p) => (this.progress = p),
          // The page opens on its customers while the rest is written: the list is usable in
          // seconds, not after the whole book (on the ERP page, read as the viewer the switch names).
          onCustomers: (first: DemoMeta) => {
            remember(first);
            this.asOf = first.asOf;
            this.store = page;
            this.dataset['state'] = 'filling';
          },
        });
        remember(meta);
        previous = await seededRun(seeder);
      } else {
        // Seeded already: a generator seed-early.ts started on a wrong hint is not needed.
        cancelEarly();
      }
      setSeededHint(backend.page, previous !== undefined);
      if (seeder !== store) await seeder.close();
      // A browser that did not seed this archive (the ERP page's database is shared) has no reps
      // stored: the sample generator makes the same people from the same seed.
      if (!localStorage.getItem(storageKey(`reps:${backend.page}`))) void this.rememberSampleReps(backend.page);
      this.asOf = previous ? asOfOf(previous) : todayIso();
      this.runs = await loadRuns(store);
      if (backend.page === 'erp') this.serverAdapter = await serverAdapterName();
      this.store = store;
      this.progress = undefined;
      this.dataset['state'] = 'ready';
    } catch (error) {
      console.error(error);
      this.failure = error instanceof Error ? error.message : String(error);
      this.dataset['state'] = 'error';
    }
  }

  private async refreshRuns(): Promise<void> {
    if (this.store) this.runs = await loadRuns(this.store);
  }

  private setLocale(value: string): void {
    this.locale = resolveLocale(value);
    localStorage.setItem(storageKey('locale'), this.locale);
    document.documentElement.lang = this.locale;
    document.title = `${this.m('company')} · ${this.m('nav.customers')}`;
  }

  private setRole(value: string): void {
    this.viewerRole = personOf(value);
    this.backend?.viewAs?.(this.viewerRole);
    this.viewer = viewerFor(this.viewerRole);
    localStorage.setItem(storageKey('role'), this.viewerRole);
  }

  private async resetData(): Promise<void> {
    if (!this.backend || !this.store) return;
    if (!confirm(this.m('resetConfirm'))) return;
    this.dataset['state'] = 'resetting';
    const store = this.store;
    this.store = undefined;
    await this.backend.reset(store);
    setSeededHint(this.backend.page, false);
    location.hash = '#/customers';
    location.reload();
  }

  private renderSeeding() {
    const p = this.progress;
    let text = this.m('loading');
    let value: number | undefined;
    // Counts with the locale's separators: 16,000 / 45,208, not 16000 / 45208.
    const count = (n: number) => new Intl.NumberFormat(this.locale).format(n);
    if (p?.step === 'generating') text = this.m('seed.generating', { customers: count(p.customers) });
    if (p?.step === 'grading') text = this.m('seed.grading');
    if (p?.step === 'writing') {
      text = this.m('seed.writing', { done: count(p.done), total: count(p.total) });
      value = p.done / p.total;
    }
    return html`<section class="seeding panel" aria-busy="true">
      <h2>${this.m('seed.title')}</h2>
      <progress id="seed-progress" max="1" .value=${value ?? 0} aria-label=${this.m('seed.title')} ?indeterminate=${value === undefined}></progress>
      <p role="status" aria-live="polite">${text}</p>
    </section>`;
  }

  /**
   * The skip link, as a button: the page's hash is its route and the target is in this shadow
   * root, so it moves the focus itself.
   */
  private readonly skipToMain = (): void => {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  };

  /** The status line while the rest of the sample archive is written behind a usable page. */
  private renderFilling(p: SeedProgress) {
    const count = (n: number) => new Intl.NumberFormat(this.locale).format(n);
    return p.step === 'writing' ? this.m('seed.filling', { done: count(p.done), total: count(p.total) }) : this.m('seed.title');
  }

  private renderView() {
    const store = this.store;
    if (this.failure) {
      return html`<section class="seeding panel">
        <p class="error" role="alert">${this.m('seed.failed', { message: this.failure })}</p>
        <button @click=${() => void this.start()}>${this.m('seed.retry')}</button>
      </section>`;
    }
    // While the rest of the archive is written, only the list is shown: the other pages read
    // the whole book once when they open, and would show it half-written.
    if (!store || (this.progress && this.route.view !== 'customers')) return this.renderSeeding();
    const common = { store, locale: this.locale, viewer: this.viewer, runs: this.runs, asOf: this.asOf };
    switch (this.route.view) {
      case 'grading':
        return html`<demo-grading-view
          .store=${common.store}
          .locale=${common.locale}
          .viewer=${common.viewer}
          .runs=${common.runs}
          .asOf=${common.asOf}
          .people=${this.peopleNames()}
          @demo-runs-changed=${() => void this.refreshRuns()}
        ></demo-grading-view>`;
      case 'reports':
        return html`<demo-reports-view .store=${common.store} .locale=${common.locale} .viewer=${common.viewer} .runs=${common.runs} .asOf=${common.asOf}></demo-reports-view>`;
      case 'import':
        return html`<demo-import-view .store=${common.store} .locale=${common.locale} .viewer=${common.viewer}></demo-import-view>`;
      case 'agenda':
        return html`<demo-agenda-view .store=${common.store} .locale=${common.locale} .viewer=${common.viewer} .asOf=${common.asOf} .names=${this.peopleNames()}></demo-agenda-view>`;
      case 'audit':
        return html`<demo-audit-view .store=${common.store} .locale=${common.locale} .viewer=${common.viewer} .customerId=${this.route.customerId}></demo-audit-view>`;
      default:
        return html`<demo-customers-view
          .store=${common.store}
          .locale=${common.locale}
          .viewer=${common.viewer}
          .runs=${common.runs}
          .asOf=${common.asOf}
          .customerId=${this.route.customerId}
          .filter=${this.route.view === 'customers' ? this.route.filter : undefined}
          .figuresPending=${this.progress !== undefined}
        ></demo-customers-view>`;
    }
  }

  /** Stores the sample company's reps for this page, as a seed would (the generator loads only now). */
  private async rememberSampleReps(page: DemoPage): Promise<void> {
    const { sampleReps } = await import('@dossier/core/sample');
    localStorage.setItem(storageKey(`reps:${page}`), JSON.stringify(sampleReps({ seed: demoSeed }).map((r) => ({ id: r.id, name: r.name }))));
    this.requestUpdate();
  }

  private directory?: { key: string; people: readonly DirectoryPerson[] };

  /**
   * The company's people for the elements' directory (owners, authors and actors by name): the
   * sample's reps, the manager and the call centre. One array while the reps stay the same, as
   * the elements index it once.
   */
  private people(): readonly DirectoryPerson[] {
    const page = this.backend?.page ?? 'idb';
    const key = localStorage.getItem(storageKey(`reps:${page}`)) ?? '[]';
    if (this.directory?.key !== key) {
      const reps = JSON.parse(key) as { id: string; name: { zh: string; en: string } }[];
      const people: DirectoryPerson[] = [
        { id: 'M001', name: '陈经理', nameEn: 'Manager Chen', role: 'sales-manager' },
        { id: 'CC01', name: '呼叫中心', nameEn: 'Call centre', role: 'call-centre' },
        ...reps.map((r) => ({ id: r.id, name: r.name.zh, nameEn: r.name.en, role: 'sales-rep' })),
      ];
      this.directory = { key, people };
    }
    return this.directory.people;
  }

  /**
   * Names of the people behind user ids in the locale, from the same directory the provider
   * gives the elements: the grading page's runs and the agenda name a person as the migration
   * and the audit log do (陈经理, not 销售经理 in one place and 陈经理 in the next).
   */
  private peopleNames(): Record<string, string> {
    return Object.fromEntries(this.people().map((p) => [p.id, this.locale === 'en' ? (p.nameEn ?? p.name) : p.name]));
  }

  protected override render() {
    const page = this.backend?.page ?? 'idb';
    const link = (view: Route['view'], key: DemoMessage) =>
      html`<a href=${`#/${view}`} aria-current=${this.route.view === view ? 'page' : nothing}>${this.m(key)}</a>`;
    const reps = JSON.parse(localStorage.getItem(storageKey(`reps:${page}`)) ?? '[]') as { id: string; name: { zh: string; en: string } }[];
    const rep = reps.find((r) => r.id === 'R001');
    // The rep by name, never by id (R001): unnamed before the seeding named the reps.
    const repName = rep ? (this.locale === 'en' ? rep.name.en : rep.name.zh) : '';
    return html`
      <header>
        <button class="skip" @click=${this.skipToMain}>${this.m('skip')}</button>
        <div class="logo">
          <svg width="36" height="36" viewBox="0 0 36 36" aria-hidden="true">
            <rect width="36" height="36" rx="8" fill="white" opacity="0.15"></rect>
            <path d="M9 26V10h8a8 8 0 0 1 0 16zM13 14v8h4a4 4 0 0 0 0-8z" fill="white"></path>
          </svg>
          <div>
            <h1>${this.m('company')}</h1>
            <span>${this.m(page === 'erp' ? 'erpTagline' : 'tagline')}</span>
          </div>
        </div>
        <nav aria-label=${this.m('nav.label')}>
          ${link('agenda', 'nav.agenda')} ${link('customers', 'nav.customers')} ${link('grading', 'nav.grading')} ${link('reports', 'nav.reports')} ${link('import', 'nav.import')} ${link('audit', 'nav.audit')}
        </nav>
        <div class="tools">
          <a href=${page === 'erp' ? './index.html' : './erp.html'}>${this.m(page === 'erp' ? 'nav.idb' : 'nav.erp')}</a>
          <label
            >${this.m('language')}
            <select id="locale" @change=${(e: Event) => this.setLocale((e.target as HTMLSelectElement).value)}>
              <option value="zh-CN" ?selected=${this.locale === 'zh-CN'}>中文</option>
              <option value="en" ?selected=${this.locale === 'en'}>English</option>
            </select>
          </label>
          <label
            >${this.m('viewer')}
            <select id="viewer" @change=${(e: Event) => this.setRole((e.target as HTMLSelectElement).value)}>
              <option value="manager" ?selected=${this.viewerRole === 'manager'}>${this.m('viewer.manager')}</option>
              <option value="rep" ?selected=${this.viewerRole === 'rep'}>${this.m('viewer.rep', { rep: repName }).trim()}</option>
              <option value="call-centre" title=${this.m('viewer.callCentreHint')} ?selected=${this.viewerRole === 'call-centre'}>${this.m('viewer.callCentre')}</option>
            </select>
          </label>
          <button id="reset" ?disabled=${!this.store || this.progress !== undefined} @click=${() => void this.resetData()}>${this.m('reset')}</button>
        </div>
      </header>
      <main id="main" tabindex="-1">
        <div class="status-line" role="status">${this.store && this.progress ? this.renderFilling(this.progress) : page === 'erp' ? this.m('erp.adapter', { adapter: this.serverAdapter ?? '…' }) : this.m('idb.adapter')}</div>
        <dossier-provider .store=${this.store} .viewer=${this.viewer} .people=${this.people()} locale=${this.locale}> ${this.renderView()} </dossier-provider>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-app': DemoApp;
  }
}
