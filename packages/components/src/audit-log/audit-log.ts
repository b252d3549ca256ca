import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { auditActions, auditMatches, defaultRoles, type AuditAction, type AuditEntry, type AuditQuery } from '@dossier/core';
import type { Store } from '@dossier/storage-adapters';
import { DossierPeopleElement } from '../shared/people-element.js';
import { StoreLoader } from '../shared/store-controller.js';
import { LocalizeController } from '../shared/localize.js';
import { formatDateTime, formatNumber } from '../shared/format.js';
import { errorMessage, reportStoreError } from '../shared/error-message.js';
import { base } from '../shared/base.styles.js';
import { panel } from '../shared/panel.styles.js';
import { dateInput, dateInputStyles } from '../shared/date-input.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './audit-log.styles.js';
import { bulkWriteName, entryFieldLabels, kindLabel } from './audit-fields.js';
import { readRuns, runIds, runName, type RunSummary } from './audit-runs.js';
import { messages, type AuditLogMessage } from './messages.js';

/** What the element needs of an audit log: the storage adapters' `AuditLog` (memory, IndexedDB, PostgreSQL). */
export interface AuditLogSource {
  query(query?: AuditQuery): Promise<AuditEntry[]>;
}

/** Entries rendered at first, and added by each "show more". */
const PAGE = 100;

// Field labels of an entry shown before "+N more" (the rest, and keys without a label, counted).
const FIELDS_SHOWN = 4;
/** Customers named in a list view's entry before "and N more". */
const LIST_NAMES_SHOWN = 3;

const isDay = (value: string | undefined): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * @tagname dossier-audit-log
 * @summary The audit log (审计日志): who read confidential data, revealed a hidden value (and
 * why), changed, exported or erased what, and when — newest first, filtered by date range,
 * person and action.
 *
 * Give it an `audit` log to query (the storage adapters' `AuditLog`; it queries again when a
 * filter changes), or `entries` you already hold. People are shown by name from the people
 * directory (the provider's `people` or the element's own: core's `personName`, so `import`
 * reads 导入 and an unknown id "未知人员", never the id); field paths by their labels from core's
 * field catalogue, never as keys; a grading run by what it was ("评级（截至 2026年11月30日，按销售额占比
 * ABC 分类）"), read from the store in force (the provider's or the element's `store`), never by its
 * id. The log holds field names, never values.
 *
 * Reading the log per customer reads one entry per viewing session and one per grading run
 * (see the storage adapters' README), so it stays short enough to read.
 *
 * @slot footer - Notes or actions under the table (an export button).
 *
 * @csspart base - The frame.
 * @csspart title - The heading.
 * @csspart filters - The filters (date range, person, action).
 * @csspart filter - One filter: its label and control.
 * @csspart table - The table of entries (cards on a narrow container).
 * @csspart more - The button showing the next hundred entries.
 * @csspart status - Loading, empty, no-match and error messages.
 *
 * @cssstate loading - The log is being queried.
 * @cssstate empty - No entry matches.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-audit-log .audit=${privacyStore.audit} customer-id="C-000042" customer-name="杭州科技有限公司"></dossier-audit-log>
 */
export class DossierAuditLog extends DossierPeopleElement {
  static override styles = [tokens, base, panel, dateInputStyles, styles];

  static override properties: PropertyDeclarations = {
    audit: { attribute: false },
    store: { attribute: false },
    entries: { attribute: false },
    customerId: { attribute: 'customer-id' },
    customerName: { attribute: 'customer-name' },
    customerNames: { attribute: false },
    userId: { attribute: 'user-id' },
    action: {},
    from: {},
    to: {},
    names: { attribute: false },
    loaded: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    shown: { state: true, attribute: false },
  };

  /** An audit log to query. */
  audit?: AuditLogSource;

  /**
   * The store the grading runs named in the log are read from (their date and method), as the
   * viewer reads them. Unset: the provider's store; without one a run reads "评级" / "Grading".
   */
  store?: Store;

  /** Entries already read (used when no `audit` is set). */
  entries: readonly AuditEntry[] = [];

  /** Only this customer's entries. */
  customerId?: string;

  /** The name of that customer, for the heading (without it: "this customer", never the id). */
  customerName?: string;

  /** Customers' names by id, shown in the record column instead of ids. */
  customerNames: Readonly<Record<string, string>> = {};

  /** Only this person's entries (the user can change it in the filter). */
  userId?: string;

  /** Only this action (the user can change it in the filter). */
  action?: AuditAction;

  /** First day shown, `YYYY-MM-DD` in the viewer's time zone (the user can change it). */
  from?: string;

  /** Last day shown, `YYYY-MM-DD` in the viewer's time zone, inclusive (the user can change it). */
  to?: string;

  /**
   * Users' names by id. Deprecated: give the provider (or the element) `people`; a name here
   * still wins over the directory's.
   */
  names: Readonly<Record<string, string>> = {};

  private loaded: readonly AuditEntry[] = [];
  private loading = false;
  private failure?: unknown;
  /** Rows rendered: a log holds thousands of entries, the newest page is shown and more on request. */
  private shown = PAGE;
  #generation = 0;
  /** Everyone seen in the log so far: the person filter offers them. */
  readonly #seenUsers = new Set<string>();

  private readonly t = new LocalizeController<AuditLogMessage>(this, messages).t;

  /** The grading runs the entries name, by id: the record column reads their date and method. */
  readonly #runs = new StoreLoader<Store, ReadonlyMap<string, RunSummary>>(this, {
    kinds: ['grading-run'],
    deps: () => [runIds(this.audit ? this.loaded : this.entries), this.resolvedViewer],
    load: (store) => readRuns(store, runIds(this.audit ? this.loaded : this.entries), this.resolvedViewer),
  });

  /** The query of the filters in force (days as instants of the viewer's time zone). */
  get query(): AuditQuery {
    return {
      ...(this.customerId ? { customerId: this.customerId } : {}),
      ...(this.userId ? { userId: this.userId } : {}),
      ...(this.action ? { action: this.action } : {}),
      ...(isDay(this.from) ? { from: new Date(`${this.from}T00:00:00`).toISOString() } : {}),
      ...(isDay(this.to) ? { to: new Date(`${this.to}T23:59:59.999`).toISOString() } : {}),
    };
  }

  /** The entries shown, newest first. */
  get shownEntries(): readonly AuditEntry[] {
    const query = this.query;
    const source = this.audit ? this.loaded : this.entries.filter((entry) => auditMatches(entry, query));
    return [...source].sort((a, b) => (a.at === b.at ? (b.seq ?? 0) - (a.seq ?? 0) : a.at < b.at ? 1 : -1));
  }

  /**
   * Queries the log again (after an action elsewhere wrote to it).
   *
   * @example
   * await store.reveal('customer', id, 'mobile', reason, viewer); await auditLog.refresh();
   */
  async refresh(): Promise<void> {
    const audit = this.audit;
    if (!audit) return;
    // Answers can arrive out of order when the filters change quickly: keep the latest only.
    const generation = ++this.#generation;
    this.loading = true;
    try {
      const entries = await audit.query(this.query);
      if (generation !== this.#generation) return;
      this.loaded = entries;
      this.failure = undefined;
    } catch (error) {
      if (generation === this.#generation) {
        reportStoreError(this, error, 'load');
        this.failure = error;
      }
    } finally {
      if (generation === this.#generation) this.loading = false;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (['audit', 'customerId', 'userId', 'action', 'from', 'to'].some((key) => changed.has(key))) {
      this.shown = PAGE;
      void this.refresh();
    }
    for (const entry of this.audit ? this.loaded : this.entries) this.#seenUsers.add(entry.userId);
    this.setState('loading', this.loading);
    this.setState('empty', !this.loading && this.shownEntries.length === 0);
  }

  private person(id: string): string {
    return this.names[id] ?? this.personName(id);
  }

  private who(entry: AuditEntry): string {
    const name = this.person(entry.userId);
    const role = entry.roleId ? (defaultRoles as Record<string, { label: Record<string, string> } | undefined>)[entry.roleId]?.label[this.resolvedLocale] : undefined;
    return role ? `${name} · ${role}` : name;
  }

  #heading(): string {
    if (this.customerId) return this.customerName ? this.t('titleCustomer', { customer: this.customerName }) : this.t('titleThisCustomer');
    return this.t('title');
  }

  get #filtered(): boolean {
    return Boolean(this.userId || this.action || isDay(this.from) || isDay(this.to));
  }

  #clearFilters(): void {
    this.userId = undefined;
    this.action = undefined;
    this.from = undefined;
    this.to = undefined;
  }

  #renderFilters() {
    const collator = new Intl.Collator(this.resolvedLocale === 'zh-CN' ? 'zh-CN-u-co-pinyin' : 'en');
    const users = [...new Set([...this.#seenUsers, ...(this.userId ? [this.userId] : [])])]
      .map((id) => ({ id, name: this.person(id) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value || undefined;
    return html`<div part="filters" role="group" aria-label=${this.t('filters')}>
      <label part="filter"
        >${this.t('filterFrom')} ${dateInput({ locale: this.resolvedLocale, value: this.from, max: this.to, onChange: (day) => (this.from = day) })}</label>
      <label part="filter"
        >${this.t('filterTo')} ${dateInput({ locale: this.resolvedLocale, value: this.to, min: this.from, onChange: (day) => (this.to = day) })}</label>
      <label part="filter"
        >${this.t('filterUser')}
        <select data-filter="user" @change=${(e: Event) => (this.userId = value(e))}>
          <option value="" ?selected=${!this.userId}>${this.t('allUsers')}</option>
          ${users.map((user) => html`<option value=${user.id} ?selected=${this.userId === user.id}>${user.name}</option>`)}
        </select></label
      >
      <label part="filter"
        >${this.t('filterAction')}
        <select data-filter="action" @change=${(e: Event) => (this.action = value(e) as AuditAction | undefined)}>
          <option value="" ?selected=${!this.action}>${this.t('allActions')}</option>
          ${auditActions.map((action) => html`<option value=${action} ?selected=${this.action === action}>${this.t(`action.${action}`)}</option>`)}
        </select></label
      >
    </div>`;
  }

  #renderStatus(entries: readonly AuditEntry[]) {
    const locale = this.resolvedLocale;
    if (this.failure !== undefined) return html`<p part="status" role="alert">${this.t('failed', { reason: errorMessage(this.failure, locale) })}</p>`;
    if (this.loading && entries.length === 0) return html`<p part="status">${this.t('loading')}</p>`;
    if (entries.length === 0 && this.#filtered) {
      return html`<p part="status" class="no-match">${this.t('noMatch')} <button type="button" @click=${() => this.#clearFilters()}>${this.t('clearFilters')}</button></p>`;
    }
    if (entries.length === 0) return html`<p part="status">${this.t('empty')}</p>`;
    const count = formatNumber(locale, entries.length);
    return html`<p part="status">${entries.length > this.shown ? this.t('summaryShown', { count, shown: formatNumber(locale, this.shown) }) : this.t('summary', { count })}</p>`;
  }

  override render() {
    const locale = this.resolvedLocale;
    const entries = this.shownEntries;
    return html`<section part="base" lang=${locale} aria-labelledby="title" aria-busy=${this.loading ? 'true' : 'false'}>
      <header>
        <h2 part="title" id="title">${this.#heading()}</h2>
        ${this.#renderFilters()}
      </header>
      ${this.#renderStatus(entries)}
      ${this.failure === undefined && entries.length > 0
        ? html`<table part="table">
            <thead>
              <tr>
                <th scope="col">${this.t('when')}</th>
                <th scope="col">${this.t('who')}</th>
                <th scope="col">${this.t('action')}</th>
                <th scope="col">${this.t('record')}</th>
                <th scope="col">${this.t('fields')}</th>
                <th scope="col">${this.t('reason')}</th>
              </tr>
            </thead>
            <tbody>
              ${entries.slice(0, this.shown).map((entry) => this.#renderEntry(entry))}
            </tbody>
          </table>`
        : nothing}
      ${this.failure === undefined && entries.length > this.shown
        ? html`<button type="button" part="more" @click=${() => (this.shown += PAGE)}>${this.t('showMore', { count: formatNumber(locale, Math.min(PAGE, entries.length - this.shown)) })}</button>`
        : nothing}
      <slot name="footer"></slot>
    </section>`;
  }

  #renderRecord(entry: AuditEntry) {
    const kind = kindLabel(this.t, entry.kind);
    const bulk = bulkWriteName(this.t, entry, this.resolvedLocale);
    if (bulk !== undefined) return bulk;
    if (entry.customerIds) return this.#listView(kind ?? '', entry.customerIds);
    if (entry.kind === 'grading-run') {
      const run = this.#runs.value?.get(entry.recordId);
      return html`${run ? runName(this.t, run, this.resolvedLocale) : (kind ?? '')}`;
    }
    const customer = entry.customerId ? this.customerNames[entry.customerId] : undefined;
    if (entry.kind === 'customer' && customer) return html`${customer}`;
    if (customer) return html`${kind ?? ''} · ${customer}`;
    return html`${kind ?? ''} <span class="muted">${entry.recordId}</span>`;
  }

  /** A list view's entry: the customers it showed, by name (the first few, then how many in all). */
  #listView(kind: string, ids: readonly string[]): string {
    const locale = this.resolvedLocale;
    const names = ids.map((id) => this.customerNames[id]).filter((name): name is string => name !== undefined);
    if (names.length === 0) return this.t('listView', { kind, count: formatNumber(locale, ids.length) });
    const first = names.slice(0, LIST_NAMES_SHOWN).join(this.t('listSeparator'));
    return ids.length <= LIST_NAMES_SHOWN && names.length === ids.length
      ? this.t('listNames', { kind, names: first })
      : this.t('listNamesMore', { kind, names: first, total: formatNumber(locale, ids.length), more: formatNumber(locale, ids.length - Math.min(LIST_NAMES_SHOWN, names.length)) });
  }

  #renderEntry(entry: AuditEntry) {
    const locale = this.resolvedLocale;
    const { labels, unlabelled } = entryFieldLabels(this.t, entry, locale);
    const more = Math.max(0, labels.length - FIELDS_SHOWN) + unlabelled;
    return html`<tr data-action=${entry.action}>
      <td data-label=${this.t('when')}><time datetime=${entry.at}>${formatDateTime(locale, entry.at)}</time></td>
      <td data-label=${this.t('who')}>${this.who(entry)}</td>
      <td data-label=${this.t('action')} class="action">${this.t(`action.${entry.action}`)}</td>
      <td data-label=${this.t('record')}>${this.#renderRecord(entry)}</td>
      <td data-label=${this.t('fields')} title=${labels.length > FIELDS_SHOWN ? labels.join(this.t('listSeparator')) : nothing}>${labels.length + more > 0
          ? html`${labels.slice(0, FIELDS_SHOWN).join(this.t('listSeparator'))}${more > 0 ? html` <span class="muted">${this.t('moreFields', { count: formatNumber(locale, more) })}</span>` : nothing}`
          : nothing}</td>
      <td data-label=${this.t('reason')}>${entry.reason ?? nothing}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-audit-log': DossierAuditLog;
  }
}
