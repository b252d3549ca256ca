import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  abcGradeLabels,
  abcGrades,
  findField,
  funnelStageLabels,
  funnelStages,
  labelIn,
  leadIntentLabels,
  leadIntents,
  pinyinInitials,
  recordFields,
  relationshipStageLabels,
  relationshipStages,
  type CustomerListRow,
  type Locale,
  type SheetValue,
} from '@dossier/core';
import type { Query, Store } from '@dossier/storage-adapters';
import { DossierPeopleElement } from '../shared/people-element.js';
import { LocalizeController } from '../shared/localize.js';
import { mayRead } from '../shared/viewer.js';
import { StorePager } from '../shared/store-pager.js';
import { DossierSelectEvent, emit } from '../shared/events.js';
import { formatDate, formatMoney, formatNumber } from '../shared/format.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './customer-list.styles.js';
import { messages, type ListMessage } from './messages.js';
import { distinctValues, listSorts, prepareRows, selectFirstRows, selectRows, storeRowOrder, type ExtraSelection, type ListRow, type ListSort, type PreparedRows, type RowSelection } from './select-rows.js';
import { rowFromStoredCustomer, withFigures, type ListFigures } from './store-rows.js';
import { VisibleWindowController } from './visible-window-controller.js';
import { currentFigures } from './current-figures.js';
import { writeListSheet, type ListExport, type ListExportColumn, type ListExportFormat } from './export-shown.js';
import { allStoreRows } from './store-rows.js';
import { downloadFile } from '../shared/download.js';
import { todayOnPageClock } from '../shared/work-view.js';

export type { ListFigures } from './store-rows.js';
import { errorMessage, reportStoreError } from '../shared/error-message.js';

const internal = { sensitivity: 'internal', level: 1 } as const;
/** Revenue sums transaction amounts, which core's schema marks confidential. */
const confidential = { sensitivity: 'confidential', level: 1 } as const;
/** The lead intent class is internal at level 2 (core's schema). */
const intentLevel = { sensitivity: 'internal', level: 2 } as const;
const storePageSize = 500;
/** Given this many rows or more, the first screen is drawn before the rest are sorted. */
const firstScreenFrom = 5000;
/** The rows put in order before the first screen: a tall screen's worth and some scrolling. */
const firstScreenRows = 100;
/** In store mode the next page loads once the last visible row is this close to the loaded end. */
const loadAhead = 20;
const empty: readonly CustomerListRow[] = [];

/** Resolves once the next frame is painted: a frame, then a task. */
const afterPaint = (): Promise<void> => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));

/**
 * @tagname dossier-customer-list
 * @summary The customer list (客户一览表): one line per customer with name, grade, stage, region,
 * owner and key figures. Virtualised — 100,000 customers scroll with a constant number of rows
 * in the DOM (rows have one fixed height; only those in view, plus two either side, are rendered). Sort, filter by grade, stage, owner and region, search by name or pinyin
 * initials (`hzkj` finds 杭州科技), keyboard navigation, selection event.
 *
 * Give it `rows` (core's `CustomerListRow`, e.g. from `toCustomerListRow`), or a store (through
 * `<dossier-provider>` or the `store` property): then it pages through the store's customers,
 * and search and filters run in the store. Revenue (the last 12 months) and last purchase are
 * then current: computed from the store's transaction lines for the customers loaded, and
 * renewed when lines change. `figures` overrides them (customer id → `{ revenue, lastPurchase }`,
 * e.g. a grading run's), labelled "as of the run of `figuresAsOf`".
 * In store mode the list sorts by name only (the store pages by name), and says how many customers
 * there are and how many match from the store's `count` as the viewer ("共 2,500 位客户",
 * "2,500 位客户中 50 位符合条件"), before their pages are loaded; a store without `count` (written
 * against an older contract) gets "已加载 500 位客户，滚动加载更多".
 *
 * Keyboard: the list is one tab stop; ↑/↓ move, PageUp/PageDown move by a page, Home/End go to
 * the first/last customer, Enter or Space selects.
 *
 * @event dossier-select - A customer was chosen (`detail: { customerId, index }`). Cancelable.
 *
 * @csspart base - The wrapper.
 * @csspart toolbar - Search, filters and sort.
 * @csspart search - The search field.
 * @csspart filter - Each filter select.
 * @csspart filters-toggle - The "筛选 / Filters" button (with the count of active filters) of a narrow container.
 * @csspart filters - The filters: behind that button in a narrow container, in the toolbar in a wide one.
 * @csspart sort - The sort select.
 * @csspart direction - The sort direction button.
 * @csspart export - The export buttons (CSV and Excel) of the customers shown.
 * @csspart count - How many customers there are and how many match the search and filters.
 * @csspart rows - The scrolling listbox.
 * @csspart row - One customer (also `active` for the keyboard position, `selected`).
 * @csspart status - Empty, loading and error messages.
 *
 * @cssproperty --dossier-list-height - Height of the scrolling area. Default 24rem.
 * @cssproperty --dossier-list-row-height - Height of every row (one line; longer text ends in an ellipsis). Default 2.75rem.
 *
 * @cssstate loading - Customers are being loaded from the store.
 * @cssstate empty - No customer is shown.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-customer-list grade="A" sort="revenue" direction="desc"></dossier-customer-list>
 */
export class DossierCustomerList extends DossierPeopleElement {
  static override styles = [tokens, base, styles];

  // Declared without decorators: a static list is smaller in the page than one decorator call per field.
  static override properties: PropertyDeclarations = {
    rows: { attribute: false },
    search: {},
    grade: { reflect: true },
    stage: { reflect: true },
    funnel: { reflect: true },
    intent: { reflect: true },
    verification: { reflect: true },
    owner: { reflect: true },
    region: { reflect: true },
    sort: { reflect: true },
    direction: { reflect: true },
    selected: { reflect: true },
    owners: { attribute: false },
    regions: { attribute: false },
    names: { attribute: false },
    label: {},
    store: { attribute: false },
    figures: { attribute: false },
    figuresAsOf: { attribute: 'figures-as-of' },
    asOf: { attribute: 'as-of' },
    figuresPending: { type: Boolean, attribute: 'figures-pending' },
    active: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
    liveFigures: { state: true, attribute: false },
    storeCounts: { state: true, attribute: false },
  };

  /** The customers (core's `CustomerListRow`). When unset, customers come from the store. */
  rows?: readonly ListRow[];

  /** Search text: a substring of the name or of its pinyin initials. */
  search = '';

  /** Grade filter (`A`, `B`, `C`); empty for all. */
  grade = '';

  /** Relationship stage filter; empty for all. */
  stage = '';

  /** Lead funnel stage filter (`undifferentiated`, `qualified`, `key-account`); empty for all. */
  funnel = '';

  /** Lead intent class filter (`A`–`D`); empty for all. */
  intent = '';

  /** `unverified`: only records whose source is not verified; `verified`: only verified ones; empty for all. */
  verification: '' | 'unverified' | 'verified' = '';

  /** Owner (salesperson id) filter; empty for all. */
  owner = '';

  /** Region (territory) filter; empty for all. */
  region = '';

  /** Sort field: `name`, `revenue`, `lastPurchase`, `grade`, `stage` (a store sorts by name only). */
  sort: ListSort = 'name';

  /** Sort direction. */
  direction: 'asc' | 'desc' = 'asc';

  /** Id of the selected customer. */
  selected?: string;

  /** Options of the owner filter; unset: the owners found in `rows`. */
  owners?: readonly string[];

  /** Options of the region filter; unset: the regions found in `rows`. */
  regions?: readonly string[];

  /**
   * People's names by user id, for the owner column and filter: overrides the people directory
   * (`people`, or the provider's), through which owners are named otherwise (never by id).
   */
  names: Readonly<Record<string, string>> = {};

  /** Accessible name of the list; unset: "Customer list" in the locale. */
  label?: string;


  /** The store to page through when `rows` is not given; unset: the provider's. */
  store?: Store;

  /**
   * Revenue and last purchase by customer id, shown in store mode (a store has no per-customer
   * aggregates); unset: those columns show "—". Ignored when `rows` is given.
   */
  figures?: ReadonlyMap<string, ListFigures>;

  /** The day `figures` were computed for (e.g. the grading run's `asOf`), said above the list. */
  figuresAsOf?: string;

  /** The day current figures are computed for (`YYYY-MM-DD`). Unset: today (the page's clock). */
  asOf?: string;

  /**
   * Set while the store's transaction lines are still being written (an import or a first seeding
   * under way): revenue and last purchase show "—" (not known yet), not the sums of a half-written
   * book such as ¥0.00, and are computed when it is cleared. Ignored with `figures` or `rows`.
   */
  figuresPending = false;


  /** Keyboard position in the shown list. */
  private active = -1;
  /** The filters' disclosure is open (it shows only in a narrow container). */
  private filtersOpen = false;
  /** Current figures of the loaded store customers, from the store's lines. */
  private liveFigures: ReadonlyMap<string, ListFigures> = new Map();
  /**
   * In store mode, from the store's `count` as the viewer: every customer (`total`, for the
   * viewer and data it was counted for) and those the store query finds (`matched`, for the query
   * it was counted for). Unset while counting, or when the store has no `count` (say, one written
   * against an older contract): the list then says how many are loaded.
   */
  private storeCounts: { total?: { of: string; n: number }; matched?: { of: string; n: number } } = {};

  private prepared: PreparedRows = prepareRows(empty);
  /** Names that more than one row carries: those rows also show where they are. */
  private repeated: { from: readonly CustomerListRow[]; names: ReadonlySet<string> } = { from: empty, names: new Set() };
  private selectionKey = '';
  private shown: number[] = [];
  /**
   * Given many rows: only the first `exact` of `shown` are in order until the rest is sorted
   * after the first screen is drawn (or as soon as a row past them is asked for).
   */
  private unsorted: { selection: RowSelection; exact: number } | undefined;
  /** Store rows with `figures` applied, and what they were built from. */
  private figured: { from: readonly CustomerListRow[]; figures: ReadonlyMap<string, ListFigures> | undefined; rows: readonly CustomerListRow[] } = {
    from: empty,
    figures: undefined,
    rows: empty,
  };
  private readonly visible = new VisibleWindowController(this, { onScroll: () => this.loadMoreIfNeeded() });
  /** The store's customers, page by page, for the search and the store-side filters, as the viewer. */
  private readonly pages = new StorePager<Store, CustomerListRow>(this, {
    kinds: ['customer'],
    // New or changed lines: the figures of the loaded customers are computed again (one feed).
    watch: { kinds: ['transaction'], onChange: () => this.loadFigures(this.pages.items.map((r) => r.id), true) },
    enabled: () => this.rows === undefined,
    deps: () => [this.asOf, this.search, this.grade, this.stage, this.owner, this.region, JSON.stringify(this.extraSelection), this.direction, this.mayUseInternal, this.resolvedViewer.userId, this.resolvedViewer.role.id],
    loadPage: async (store, cursor) => {
      const listed = store.list('customer', { ...this.storeQuery(), limit: storePageSize, ...(cursor === undefined ? {} : { cursor }) });
      if (cursor === undefined) this.loadCounts(store, listed);
      const page = await listed;
      return { items: page.items.map((record) => rowFromStoredCustomer(record.value, this.resolvedLocale)), nextCursor: page.nextCursor };
    },
    onPage: (rows, first) => {
      this.loadFigures(rows.map((r) => r.id), first);
      // A viewport taller than the page (or a scroll while it loaded) needs the next one now.
      void this.updateComplete.then(() => this.loadMoreIfNeeded());
    },
    // A new search, filter or viewer starts at the top; new data keeps the scroll position.
    onNewQuery: () => {
      this.newQuery = true;
      this.visible.scrollToTop();
    },
  });
  /** The first page about to load is for a new query, not for new data (the total stays). */
  private newQuery = false;
  /** Grows with each count started. */
  private countsLoad = 0;
  /** The count whose answer is shown: an answer of an older one than that is dropped. */
  private countsShown = 0;
  private figuresLoad = 0;


  /** Number of customers shown after search and filters. */
  get shownCount(): number {
    return this.shown.length;
  }

  /** The row shown at a position (after search, filter and sort). */
  rowAt(index: number): CustomerListRow | undefined {
    if (this.unsorted && index >= this.unsorted.exact) this.sortRest();
    const i = this.shown[index];
    return i === undefined ? undefined : this.prepared.rows[i];
  }

  private get storeMode(): boolean {
    return this.rows === undefined && this.pages.store !== undefined;
  }

  /** Whether the viewer may filter and sort on internal fields (grade, stage, owner, region, figures). */
  private get mayUseInternal(): boolean {
    return mayRead(this.resolvedViewer, internal);
  }

  /** Whether the viewer may sort on revenue (confidential) for every customer. */
  private get mayUseConfidential(): boolean {
    return mayRead(this.resolvedViewer, confidential);
  }

  private readonly localize = new LocalizeController<ListMessage>(this, messages);
  private readonly t = this.localize.t;
  private readonly tn = this.localize.tn;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const internalOk = this.mayUseInternal;
    // Set: the figures shown go (an answer still on its way is dropped); cleared: computed now.
    if (changed.get('figuresPending') !== undefined) {
      if (this.figuresPending) {
        this.figuresLoad++;
        this.liveFigures = new Map();
      } else this.loadFigures(this.pages.items.map((r) => r.id), true);
    }
    if (this.storeMode) {
      // Lit runs willUpdate before the controllers: the pager starts a new load now, so that
      // this update already knows it is loading.
      this.pages.sync();
      const storeRows = this.pages.items;
      const figures = this.figures ?? this.liveFigures;
      if (this.figured.from !== storeRows || this.figured.figures !== figures) {
        this.figured = { from: storeRows, figures, rows: withFigures(storeRows, figures) };
      }
      if (this.prepared.rows !== this.figured.rows || JSON.stringify(this.extraSelection) !== this.selectionKey) {
        // The store filters grade, stage, owner, region and text; funnel, intent and verification
        // are filtered here, on the pages loaded (more pages load while too few rows pass); a
        // search's prefix matches come first (every page of a search loads: see loadMoreIfNeeded).
        this.prepared = prepareRows(this.figured.rows);
        this.unsorted = undefined;
        this.selectionKey = JSON.stringify(this.extraSelection);
        this.shown = storeRowOrder(this.figured.rows, this.extraSelection, this.search);
      }
    } else {
      const rows = this.rows ?? empty;
      const selection = {
        text: this.search,
        ...(internalOk ? { grade: this.grade, stage: this.stage, owner: this.owner, region: this.region, ...this.extraSelection } : {}),
        sort: !internalOk || (this.sort === 'revenue' && !this.mayUseConfidential) ? 'name' : this.sort,
        direction: this.direction,
      } as const;
      const key = JSON.stringify(selection);
      // Only a new data set or a new selection re-filters (100k rows: not on every scroll frame).
      if (this.prepared.rows !== rows || key !== this.selectionKey) {
        if (this.prepared.rows !== rows) this.prepared = prepareRows(rows);
        // A new search, filter or sort starts at the top; new data keeps the scroll position.
        if (key !== this.selectionKey && this.selectionKey !== '') this.visible.scrollToTop();
        this.selectionKey = key;
        this.showRows(selection);
      }
    }
    if (this.repeated.from !== this.prepared.rows) this.repeated = { from: this.prepared.rows, names: repeatedNames(this.prepared.rows) };
    if (this.active >= this.shown.length) this.active = this.shown.length - 1;
    this.setState('empty', this.shown.length === 0);
    this.setState('loading', this.storeMode && this.pages.status === 'loading');
  }

  /**
   * Orders the given rows for a selection. Many rows: the first screenful in order now (core's
   * sort key made only for the names in the first characters' buckets) and the rest once the
   * first screen is drawn: opening 100k rows does not wait for sorting them all.
   */
  private showRows(selection: RowSelection): void {
    const first = this.prepared.rows.length >= firstScreenFrom ? selectFirstRows(this.prepared, selection, firstScreenRows) : undefined;
    if (!first) {
      // The names repeated among the first rows only: found again below, for every row.
      if (this.unsorted) this.repeated = { from: empty, names: new Set() };
      this.unsorted = undefined;
      this.shown = selectRows(this.prepared, selection);
      return;
    }
    this.shown = first.shown;
    const unsorted = (this.unsorted = { selection, exact: first.exact });
    this.repeated = { from: this.prepared.rows, names: first.repeated };
    // After the first screen is painted: a frame, then a task.
    void afterPaint().then(() => this.unsorted === unsorted && this.sortRest());
  }

  /** Sorts every row of the selection (see showRows) and finds every repeated name. */
  private sortRest(): void {
    const unsorted = this.unsorted;
    if (!unsorted) return;
    this.unsorted = undefined;
    this.shown = selectRows(this.prepared, unsorted.selection);
    this.repeated = { from: this.prepared.rows, names: repeatedNames(this.prepared.rows) };
    this.requestUpdate();
  }

  /**
   * Counts the customers with the store's `count` once the first page of a query is drawn: the total
   * again when the data, the store or the viewer changed (not for a new search), and those the
   * query finds when it narrows. A store without `count`, or a count that fails, leaves them
   * unknown (the list then says how many are loaded). An answer is shown unless a newer one is
   * already (changes that come faster than a count takes must not starve it; what it counted is
   * matched to the query shown by `storeCountText`), and the next page's load leaves it be.
   */
  private loadCounts(store: Store, firstPage: Promise<unknown>): void {
    const load = ++this.countsLoad;
    const newQuery = this.newQuery;
    this.newQuery = false;
    if (typeof store.count !== 'function') {
      this.storeCounts = {};
      return;
    }
    const { query, totalOf, matchedOf, narrowed } = this.countQuery();
    const known = this.storeCounts.total;
    const keepTotal = newQuery && known?.of === totalOf ? known : undefined;
    // Counted once the first page is drawn (a frame, then a task): an IndexedDB count of live
    // records reads every record, and beside the first page it held back the first rows of 100k
    // customers (118 → 440 ms).
    const counted = firstPage
      .then(
        () => this.updateComplete,
        () => undefined,
      )
      .then(afterPaint);
    const count = (q: Query) => counted.then(() => store.count!('customer', q));
    Promise.all([keepTotal ? keepTotal.n : count({ viewer: query.viewer }), narrowed ? count(query) : undefined]).then(
      ([total, matched]) => {
        if (load < this.countsShown) return;
        this.countsShown = load;
        this.storeCounts = { total: { of: totalOf, n: total }, ...(matched === undefined ? {} : { matched: { of: matchedOf, n: matched } }) };
      },
      () => {
        // The list's own page load reports a failing store; here the counts stay unknown.
        if (load < this.countsShown) return;
        this.countsShown = load;
        this.storeCounts = {};
      },
    );
  }

  /**
   * The count line of store mode: the true total and, when the store query narrows, how many
   * match; undefined while they are unknown (the caller then says how many are loaded).
   */
  private storeCountText(): string | undefined {
    const locale = this.resolvedLocale;
    const { totalOf, matchedOf, narrowed: narrowedInStore } = this.countQuery();
    const total = this.storeCounts.total?.of === totalOf ? this.storeCounts.total.n : undefined;
    if (total === undefined) return undefined;
    const matched = !narrowedInStore ? total : this.storeCounts.matched?.of === matchedOf ? this.storeCounts.matched.n : undefined;
    if (matched === undefined) return undefined;
    const extras = this.extraSelection;
    const narrowedHere = [extras.funnel, extras.intent, extras.verification].some(Boolean);
    const n = (value: number) => formatNumber(locale, value);
    if (!narrowedHere) return narrowedInStore ? this.tn('count', total, { shown: n(matched), total: n(total) }) : this.tn('countAll', total, { total: n(total) });
    // Funnel, intent and verification are filtered on the pages loaded: exact once all are.
    if (this.pages.cursor === undefined) return this.tn('count', total, { shown: n(this.shown.length), total: n(total) });
    return this.tn('countOfMore', total, { total: n(total), loaded: n(this.pages.items.length), shown: n(this.shown.length) });
  }

  /**
   * What the counts count: the store query without its order, whether it narrows, and the keys
   * the total (the viewer) and the matches (the viewer and the query) are known for.
   */
  private countQuery(): { query: Query; totalOf: string; matchedOf: string; narrowed: boolean } {
    const { sort: _sort, direction: _direction, ...query } = this.storeQuery();
    const viewer = this.resolvedViewer;
    const totalOf = `${viewer.userId}\u0000${viewer.role.id}`;
    return { query, totalOf, matchedOf: JSON.stringify({ ...query, viewer: totalOf }), narrowed: Object.keys(query).some((key) => key !== 'viewer') };
  }

  /** The store query of the search and the store-side filters, in name order, as the viewer. */
  private storeQuery(): Query {
    const filters = this.mayUseInternal
      ? Object.fromEntries(Object.entries({ grade: this.grade, stage: this.stage, owner: this.owner, region: this.region }).filter(([, v]) => v))
      : {};
    // The viewer is named, so a store that enforces confidentiality masks, searches and sorts for it.
    return { viewer: this.resolvedViewer, ...filters, ...(this.search.trim() ? { text: this.search.trim() } : {}), sort: 'name', direction: this.direction };
  }

  /**
   * The customers shown (every one that matches the search and filters, also those not loaded
   * yet in store mode) as a file, with the list's columns as it shows them: names, not ids;
   * grades and stages by their labels; revenue as an exact number; restricted cells say so.
   * Named `客户列表-<date>` in zh-CN, `customer-list-<date>` in English.
   */
  async exportShown(format: ListExportFormat = 'csv'): Promise<ListExport> {
    let rows: ListRow[];
    const store = this.pages.store;
    if (this.storeMode && store) {
      const extras = this.extraSelection;
      const found = await allStoreRows(store, this.storeQuery(), this.resolvedLocale);
      rows = storeRowOrder(found, extras, this.search).map((i) => found[i]!);
      // Figures pending: their cells stay empty, as the list shows "—".
      const figures =
        this.figures ?? (this.figuresPending ? new Map<string, ListFigures>() : await currentFigures(store, rows.map((r) => r.id), { asOf: this.asOf ?? todayOnPageClock(), viewer: this.resolvedViewer }));
      rows = withFigures(rows, figures);
    } else {
      this.sortRest();
      rows = this.shown.map((i) => this.prepared.rows[i]!);
    }
    return writeListSheet(rows, this.exportColumns(), format, this.t('fileName', { date: this.asOf ?? todayOnPageClock() }));
  }

  private async download(format: ListExportFormat): Promise<void> {
    try {
      const file = await this.exportShown(format);
      downloadFile(file.data as BlobPart, file.name, file.type);
    } catch (error) {
      reportStoreError(this, error, 'load');
    }
  }

  private exportColumns(): ListExportColumn[] {
    const locale = this.resolvedLocale;
    const restricted = this.t('restricted');
    const internalCell = (read: (row: ListRow) => SheetValue) => (row: ListRow) =>
      mayRead(this.resolvedViewer, internal, { ownerId: row.salespersonId }) ? read(row) : restricted;
    return [
      { header: this.t('name'), value: (row) => row.displayName },
      { header: this.t('grade'), value: internalCell((row) => (row.grade ? labelIn(abcGradeLabels, locale, row.grade) : '')) },
      { header: this.t('stage'), value: internalCell((row) => labelIn(relationshipStageLabels, locale, row.stage)) },
      { header: this.t('region'), value: internalCell((row) => row.territory) },
      { header: this.t('owner'), value: internalCell((row) => this.ownerName(row.salespersonId)) },
      {
        header: this.revenueLabel,
        value: (row) =>
          !mayRead(this.resolvedViewer, confidential, { ownerId: row.salespersonId }) ? restricted : Number.isFinite(row.figures.amount) ? row.figures.amount : '',
      },
      { header: this.t('lastPurchase'), value: internalCell((row) => row.figures.lastPurchase ?? '') },
    ];
  }

  /** Computes the current figures of some loaded customers (after their rows are shown). */
  private loadFigures(ids: readonly string[], replace: boolean): void {
    const store = this.pages.store;
    if (!store || this.figures || !this.storeMode || this.figuresPending) return;
    const load = replace ? ++this.figuresLoad : this.figuresLoad;
    currentFigures(store, ids, { asOf: this.asOf ?? todayOnPageClock(), viewer: this.resolvedViewer }).then(
      (found) => {
        if (load !== this.figuresLoad) return;
        const next = new Map(replace ? [] : this.liveFigures);
        for (const [id, f] of found) next.set(id, f);
        this.liveFigures = next;
      },
      (error: unknown) => reportStoreError(this, error, 'load'),
    );
  }

  /** In store mode, loads the next page when the user has scrolled near the end of those loaded. */
  private loadMoreIfNeeded(): void {
    if (!this.storeMode || this.pages.status !== 'ready' || this.pages.cursor === undefined) return;
    // A search loads all its pages: a name starting with the text may be on the last one, and it
    // is shown first (prefix matches first, as in memory).
    if (this.search.trim() || this.visible.windowFor(this.shown.length).lastVisible >= this.shown.length - loadAhead) this.pages.more();
  }

  /** The revenue column's name: the last 12 months when the list computes it from the store's lines. */
  private get revenueLabel(): string {
    return this.storeMode && !this.figures ? this.t('revenueRecent') : this.t('revenue');
  }

  /** The funnel, intent and verification filters the viewer may use. */
  private get extraSelection(): ExtraSelection {
    if (!this.mayUseInternal) return {};
    return { funnel: this.funnel, verification: this.verification, ...(mayRead(this.resolvedViewer, intentLevel) ? { intent: this.intent } : {}) };
  }

  /** An owner's name: `names` first, else the people directory ("未分配" when none). */
  private ownerName(id: string | undefined): string {
    return (id ? this.names[id] : undefined) ?? this.personName(id);
  }

  /** In store mode (the owners are not all loaded): the active people of the directory. */
  private directoryOwners(): string[] {
    return this.resolvedPeople.filter((p) => p.active !== false).map((p) => p.id);
  }

  /** How many filters narrow the list (of those the viewer may use). */
  private get activeFilters(): number {
    const extras = this.extraSelection;
    return this.mayUseInternal ? [this.grade, this.stage, this.owner, this.region, extras.funnel, extras.intent, extras.verification].filter(Boolean).length : 0;
  }

  /** Whether a search or filter narrows the list. */
  private get narrowed(): boolean {
    return this.search.trim() !== '' || this.activeFilters > 0;
  }

  /** The placeholder's example: the initials of a customer the list holds, so that it finds something. */
  private searchExample(): string {
    const row = this.prepared.rows.find((r) => /^[a-z]{3}/.test(r.sortKey || pinyinInitials(r.displayName)) && /\p{Script=Han}/u.test(r.displayName));
    return row ? (row.sortKey || pinyinInitials(row.displayName)).slice(0, 4) : 'hzkj';
  }

  private select(index: number): void {
    const row = this.rowAt(index);
    if (!row) return;
    this.active = index;
    if (emit(this, new DossierSelectEvent({ customerId: row.id, index }))) this.selected = row.id;
  }

  /** Moves the keyboard position and scrolls it into view. */
  private async moveTo(index: number): Promise<void> {
    if (this.shown.length === 0) return;
    const target = Math.max(0, Math.min(this.shown.length - 1, index));
    this.active = target;
    this.visible.reveal(target, this.shown.length);
    await this.updateComplete;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const page = this.visible.pageRows;
    const current = this.active < 0 ? -1 : this.active;
    const moves: Record<string, () => number> = {
      ArrowDown: () => current + 1,
      ArrowUp: () => Math.max(0, current - 1),
      PageDown: () => current + page,
      PageUp: () => current - page,
      Home: () => 0,
      End: () => this.shown.length - 1,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      void this.moveTo(move());
    } else if ((event.key === 'Enter' || event.key === ' ') && this.active >= 0) {
      event.preventDefault();
      this.select(this.active);
    }
  }

  /** Set by a pointer press on the list: the focus it brings must not move the keyboard position. */
  private pressed = false;

  private onFocus(): void {
    // A press focuses the list before its click: the click chooses the row. Moving to row 0 (or
    // the selected one) here would scroll the list away from under the pointer.
    const pressed = this.pressed;
    this.pressed = false;
    if (pressed) return;
    if (this.active < 0 && this.shown.length > 0) {
      if (this.selected) this.sortRest();
      const selectedIndex = this.selected ? this.shown.findIndex((i) => this.prepared.rows[i]?.id === this.selected) : -1;
      void this.moveTo(selectedIndex >= 0 ? selectedIndex : 0);
    }
  }

  private renderRow(index: number) {
    const row = this.rowAt(index);
    if (!row) return nothing;
    const locale = this.resolvedLocale;
    const readable = mayRead(this.resolvedViewer, internal, { ownerId: row.salespersonId });
    const revenueReadable = mayRead(this.resolvedViewer, confidential, { ownerId: row.salespersonId });
    const active = index === this.active;
    const selected = row.id === this.selected;
    const parts = `row${active ? ' active' : ''}${selected ? ' selected' : ''}`;
    const na = this.t('notAvailable');
    const cells = readable
      ? html`<span class="c-grade">${row.grade ? html`<dossier-tier-badge .grade=${row.grade} .locale=${locale} .theme=${this.resolvedTheme}></dossier-tier-badge>` : na}</span>
          <span class="c-stage">${labelIn(relationshipStageLabels, locale, row.stage)}</span>
          <span class="c-region">${row.territory || na}</span>
          <span class="c-owner">${this.ownerName(row.salespersonId)}</span>
          <span class="number c-revenue" data-label=${this.revenueLabel}
            >${!revenueReadable
              ? html`<span class="restricted">${this.t('restricted')}</span>`
              : Number.isFinite(row.figures.amount)
                ? formatMoney(locale, row.figures.amount)
                : na}</span
          >
          <span class="date c-last" data-label=${this.t('lastPurchase')}>${row.figures.lastPurchase ? formatDate(locale, row.figures.lastPurchase) : na}</span>`
      : html`<span class="restricted c-grade">${this.t('restricted')}</span><span class="c-stage"></span><span class="c-region"></span><span class="c-owner"></span
          ><span class="c-revenue"></span><span class="c-last"></span>`;
    return html`<div
      part=${parts}
      role="option"
      id=${`row-${index}`}
      aria-selected=${selected ? 'true' : 'false'}
      aria-setsize=${this.shown.length}
      aria-posinset=${index + 1}
      @click=${() => this.select(index)}
    >
      <span class="name"
        >${row.displayName}${this.repeated.names.has(row.displayName) && (row.address || row.territory)
          ? html`<span class="where"> · ${row.address || row.territory}</span>`
          : nothing}</span
      >
      ${cells}
    </div>`;
  }

  private renderFilter(
    key: 'grade' | 'stage' | 'owner' | 'region' | 'funnel' | 'intent' | 'verification',
    options: readonly { value: string; label: string }[],
    label: string = this.t(key as ListMessage),
  ) {
    return html`<label
      >${label}
      <select
        part="filter"
        data-filter=${key}
        .value=${this[key]}
        @change=${(e: Event) => {
          (this as Record<typeof key, string>)[key] = (e.target as HTMLSelectElement).value;
          this.active = -1;
        }}
      >
        <option value="" ?selected=${this[key] === ''}>${this.t('all')}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${this[key] === o.value}>${o.label}</option>`)}
      </select></label
    >`;
  }

  /**
   * The filters. In a narrow container they sit behind a "筛选 / Filters" disclosure that
   * counts the active ones (the toolbar would wrap to four rows on a phone); wide, the
   * disclosure's button is hidden and the filters sit in the toolbar.
   */
  private renderFilters(owners: readonly string[], regions: readonly string[]) {
    const locale = this.resolvedLocale;
    const active = this.activeFilters;
    return html`<button
        part="filters-toggle"
        type="button"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${active ? this.t('filtersActive', { count: formatNumber(locale, active) }) : this.t('filters')}
      </button>
      <div part="filters" id="filters" role="group" aria-label=${this.t('filters')} class=${this.filtersOpen ? 'open' : ''}>
        ${this.renderFilter('grade', abcGrades.map((g) => ({ value: g, label: labelIn(abcGradeLabels, locale, g) })))}
        ${this.renderFilter('stage', relationshipStages.map((s) => ({ value: s, label: labelIn(relationshipStageLabels, locale, s) })))}
        ${owners.length ? this.renderFilter('owner', owners.map((o) => ({ value: o, label: this.ownerName(o) }))) : nothing}
        ${regions.length ? this.renderFilter('region', regions.map((r) => ({ value: r, label: r }))) : nothing}
        ${this.renderFilter('funnel', funnelStages.map((v) => ({ value: v, label: labelIn(funnelStageLabels, locale, v) })), customerFieldLabel('funnelStage', locale))}
        ${'intent' in this.extraSelection
          ? this.renderFilter('intent', leadIntents.map((v) => ({ value: v, label: labelIn(leadIntentLabels, locale, v) })), customerFieldLabel('leadIntent', locale))
          : nothing}
        ${this.renderFilter('verification', [
          { value: 'unverified', label: this.t('unverified') },
          { value: 'verified', label: customerFieldLabel('source.verified', locale) },
        ])}
      </div>`;
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const internalOk = this.mayUseInternal;
    const storeMode = this.storeMode;
    const total = storeMode ? this.pages.items.length : this.prepared.rows.length;
    // The filters' options only for a viewer who sees the filters (a pass over every given row).
    const owners = !internalOk ? [] : (this.owners ?? (storeMode ? this.directoryOwners() : distinctValuesCached(this.prepared.rows, 'salespersonId')));
    const regions = !internalOk ? [] : (this.regions ?? (storeMode ? [] : distinctValuesCached(this.prepared.rows, 'territory')));
    const sorts = storeMode || !internalOk ? (['name'] as const) : listSorts.filter((s) => s !== 'revenue' || this.mayUseConfidential);
    const view = this.visible.windowFor(this.shown.length);
    const activeRendered = this.active >= view.start && this.active < view.end;
    const rendered: unknown[] = [];
    for (let index = view.start; index < view.end; index++) rendered.push(this.renderRow(index));
    let status: { text: string; error?: boolean } | undefined;
    if (storeMode && this.pages.status === 'error') status = { text: this.t('error', { message: errorMessage(this.pages.error, locale) }), error: true };
    else if (storeMode && this.pages.status === 'loading' && this.pages.items.length === 0) status = { text: this.t('loading') };
    // A search or filter that finds nothing is not an empty archive.
    else if (this.shown.length === 0) status = { text: this.t(total === 0 && !this.narrowed ? 'empty' : 'noMatch') };
    const direction = this.t(this.direction === 'asc' ? 'ascending' : 'descending');

    return html`<div part="base" lang=${locale}>
      <div part="toolbar">
        <label
          >${this.t('search')}
          <input
            part="search"
            type="search"
            .value=${this.search}
            placeholder=${this.t('searchPlaceholder', { example: this.searchExample() })}
            @input=${(e: Event) => {
              this.search = (e.target as HTMLInputElement).value;
              this.active = -1;
            }}
        /></label>
        ${internalOk ? this.renderFilters(owners, regions) : nothing}
        <label
          >${this.t('sort')}
          <select
            part="sort"
            @change=${(e: Event) => {
              this.sort = (e.target as HTMLSelectElement).value as ListSort;
              this.active = -1;
            }}
          >
            ${sorts.map((s) => html`<option value=${s} ?selected=${this.sort === s}>${this.t(s)}</option>`)}
          </select></label
        >
        <button
          part="direction"
          type="button"
          aria-label=${this.t('direction', { direction })}
          @click=${() => {
            this.direction = this.direction === 'asc' ? 'desc' : 'asc';
            this.active = -1;
          }}
        >
          <span aria-hidden="true">${this.direction === 'asc' ? '↑' : '↓'}</span> <span class="direction-text">${direction}</span>
        </button>
        ${this.shown.length
          ? html`<span class="exports"
              ><button part="export" type="button" data-format="csv" @click=${() => void this.download('csv')}>${this.t('exportCsv')}</button
              ><button part="export" type="button" data-format="xlsx" @click=${() => void this.download('xlsx')}>${this.t('exportXlsx')}</button></span
            >`
          : nothing}
      </div>
      <p part="count" role="status">
        ${(storeMode ? this.storeCountText() : undefined) ??
        (storeMode && this.pages.cursor
          ? this.shown.length === total
            ? this.tn('countMore', total, { shown: formatNumber(this.resolvedLocale, total) })
            : this.tn('countMoreFiltered', total, { loaded: formatNumber(this.resolvedLocale, total), shown: formatNumber(this.resolvedLocale, this.shown.length) })
          : this.shown.length === total
          ? this.tn('countAll', total, { total: formatNumber(this.resolvedLocale, total) })
          : this.tn('count', total, { shown: formatNumber(this.resolvedLocale, this.shown.length), total: formatNumber(this.resolvedLocale, total) }))}
        ${storeMode && this.pages.status === 'loading' && this.pages.items.length > 0 ? this.t('loadingMore') : nothing}
        ${this.figures && this.figuresAsOf ? html`<span class="as-of">${this.t('figuresAsOf', { date: formatDate(locale, this.figuresAsOf) })}</span>` : nothing}
      </p>
      <div class="columns" aria-hidden="true">
        <span>${this.t('name')}</span><span>${this.t('grade')}</span><span>${this.t('stage')}</span><span>${this.t('region')}</span><span
          >${this.t('owner')}</span
        ><span class="number">${this.revenueLabel}</span><span>${this.t('lastPurchase')}</span>
      </div>
      ${status ? html`<p part="status" class=${status.error ? 'error' : ''} role=${status.error ? 'alert' : 'status'}>${status.text}</p>` : nothing}
      <div
        part="rows"
        role="listbox"
        tabindex=${this.shown.length ? '0' : '-1'}
        aria-label=${this.label ?? this.t('title')}
        aria-activedescendant=${activeRendered ? `row-${this.active}` : nothing}
        ?hidden=${this.shown.length === 0}
        @keydown=${this.onKeyDown}
        @pointerdown=${() => (this.pressed = true)}
        @pointerup=${() => (this.pressed = false)}
        @pointercancel=${() => (this.pressed = false)}
        @focus=${this.onFocus}
      >
        <div class="spacer" aria-hidden="true"></div>
        ${rendered}
      </div>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const scroller = this.renderRoot.querySelector<HTMLElement>('[part=rows]') ?? undefined;
    const rows = scroller ? [...scroller.querySelectorAll<HTMLElement>(':scope > [role=option]')] : [];
    // Sizes and positions through the CSSOM, not style attributes: a page whose Content Security
    // Policy forbids inline styles still lays the list out.
    const view = this.visible.windowFor(this.shown.length);
    const spacer = this.renderRoot.querySelector<HTMLElement>('.spacer');
    if (spacer) spacer.style.height = `${view.height}px`;
    const rowHeight = this.visible.rowHeight;
    rows.forEach((row, k) => (row.style.transform = `translateY(${view.offset + k * rowHeight}px)`));
    this.visible.observe(scroller, rows[0]);
  }
}

/** A customer field's label from core's catalogue. */
function customerFieldLabel(path: string, locale: Locale): string {
  return findField(recordFields.customer, path)?.label[locale] ?? path;
}

function repeatedNames(rows: readonly CustomerListRow[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const row of rows) (seen.has(row.displayName) ? repeated : seen).add(row.displayName);
  return repeated;
}

const distinctCache = new WeakMap<readonly CustomerListRow[], Map<string, string[]>>();
function distinctValuesCached(rows: readonly CustomerListRow[], field: 'salespersonId' | 'territory'): string[] {
  let byField = distinctCache.get(rows);
  if (!byField) distinctCache.set(rows, (byField = new Map()));
  let values = byField.get(field);
  if (!values) byField.set(field, (values = distinctValues(rows, field)));
  return values;
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-customer-list': DossierCustomerList;
  }
}
