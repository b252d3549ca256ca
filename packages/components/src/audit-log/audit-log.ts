import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  auditActions,
  auditMatches,
  defaultRoles,
  findField,
  recordFields,
  type AuditAction,
  type AuditEntry,
  type AuditQuery,
} from '@dossier/core';
import { DossierElement } from '../shared/dossier-element.js';
import { LocalizeController } from '../shared/localize.js';
import { formatDateTime, formatNumber } from '../shared/format.js';
import { errorMessage, reportStoreError } from '../shared/error-message.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './audit-log.styles.js';
import { messages, type AuditLogMessage } from './messages.js';

/** What the element needs of an audit log: the storage adapters' `AuditLog` (memory, IndexedDB, PostgreSQL). */
export interface AuditLogSource {
  query(query?: AuditQuery): Promise<AuditEntry[]>;
}

// Field paths of an entry are shown by their label; a long list is cut after this many.
const FIELDS_SHOWN = 4;

/**
 * @tagname dossier-audit-log
 * @summary The audit log (审计日志): who read confidential data, revealed a hidden value (and
 * why), changed, exported or erased what, and when — newest first, per customer or per user.
 *
 * Give it an `audit` log to query (the storage adapters' `AuditLog`; it queries again when
 * `customerId`, `userId` or the action filter change), or `entries` you already hold. Field
 * paths are labelled from core's field catalogue; user ids are shown through `names`. The log
 * holds field names, never values, so the element shows no personal data beyond ids.
 *
 * @slot footer - Notes or actions under the table (an export button).
 *
 * @csspart base - The frame.
 * @csspart title - The heading.
 * @csspart filter - The action filter.
 * @csspart table - The table of entries.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssproperty --dossier-audit-log-max-height - Height after which the table scrolls. Default: 28rem.
 *
 * @cssstate loading - The log is being queried.
 * @cssstate empty - No entry matches.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-audit-log .audit=${privacyStore.audit} customer-id="C-000001" .names=${{ 'rep-2': '王芳' }}></dossier-audit-log>
 */
export class DossierAuditLog extends DossierElement {
  static override styles = [tokens, base, styles];

  /** An audit log to query. */
  @property({ attribute: false }) audit?: AuditLogSource;

  /** Entries already read (used when no `audit` is set). */
  @property({ attribute: false }) entries: readonly AuditEntry[] = [];

  /** Only this customer's entries. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** Only this user's entries. */
  @property({ attribute: 'user-id' }) userId?: string;

  /** Only this action (the user can change it in the filter). */
  @property() action?: AuditAction;

  /** Users' names by id (the id is shown otherwise). */
  @property({ attribute: false }) names: Readonly<Record<string, string>> = {};

  @state() private loaded: readonly AuditEntry[] = [];
  @state() private loading = false;
  @state() private failure?: unknown;
  private generation = 0;

  private readonly t = new LocalizeController<AuditLogMessage>(this, messages).t;

  private get query(): AuditQuery {
    return {
      ...(this.customerId ? { customerId: this.customerId } : {}),
      ...(this.userId ? { userId: this.userId } : {}),
      ...(this.action ? { action: this.action } : {}),
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
    const generation = ++this.generation;
    this.loading = true;
    try {
      const entries = await audit.query(this.query);
      if (generation !== this.generation) return;
      this.loaded = entries;
      this.failure = undefined;
    } catch (error) {
      if (generation === this.generation) {
        reportStoreError(this, error, 'load');
        this.failure = error;
      }
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (['audit', 'customerId', 'userId', 'action'].some((key) => changed.has(key))) void this.refresh();
    this.setState('loading', this.loading);
    this.setState('empty', !this.loading && this.shownEntries.length === 0);
  }

  private fieldLabel(kind: string, path: string): string {
    const catalog = (recordFields as Partial<Record<string, Parameters<typeof findField>[0]>>)[kind];
    const entry = catalog ? findField(catalog, path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))) : undefined;
    return entry ? entry.label[this.resolvedLocale] : path;
  }

  private who(entry: AuditEntry): string {
    const name = this.names[entry.userId] ?? entry.userId;
    const role = entry.roleId ? (defaultRoles as Record<string, { label: Record<string, string> } | undefined>)[entry.roleId]?.label[this.resolvedLocale] ?? entry.roleId : undefined;
    return role ? `${name} · ${role}` : name;
  }

  private heading(): string {
    if (this.customerId) return this.t('titleCustomer', { customer: this.customerId });
    if (this.userId) return this.t('titleUser', { user: this.names[this.userId] ?? this.userId });
    return this.t('title');
  }

  override render() {
    const locale = this.resolvedLocale;
    const entries = this.shownEntries;
    return html`<section part="base" lang=${locale} aria-labelledby="title" aria-busy=${this.loading ? 'true' : 'false'}>
      <header>
        <h2 part="title" id="title">${this.heading()}</h2>
        <label part="filter"
          >${this.t('filterAction')}
          <select @change=${(e: Event) => (this.action = ((e.target as HTMLSelectElement).value || undefined) as AuditAction | undefined)}>
            <option value="" ?selected=${!this.action}>${this.t('allActions')}</option>
            ${auditActions.map((action) => html`<option value=${action} ?selected=${this.action === action}>${this.t(`action.${action}`)}</option>`)}
          </select></label
        >
      </header>
      ${this.failure !== undefined
        ? html`<p part="status" role="alert">${this.t('failed', { reason: errorMessage(this.failure, locale) })}</p>`
        : this.loading && entries.length === 0
          ? html`<p part="status">${this.t('loading')}</p>`
          : entries.length === 0
            ? html`<p part="status">${this.t('empty')}</p>`
            : html`<p part="status">${this.t('summary', { count: formatNumber(this.resolvedLocale, entries.length) })}</p>
                <div class="scroll" tabindex="0">
                  <table part="table">
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
                      ${entries.map((entry) => this.renderEntry(entry))}
                    </tbody>
                  </table>
                </div>`}
      <slot name="footer"></slot>
    </section>`;
  }

  private renderEntry(entry: AuditEntry) {
    const locale = this.resolvedLocale;
    const fields = entry.fields ?? [];
    const kindKey = `kind.${entry.kind}` as AuditLogMessage;
    const kind = kindKey in messages.en ? this.t(kindKey) : entry.kind;
    return html`<tr data-action=${entry.action}>
      <td><time datetime=${entry.at}>${formatDateTime(locale, entry.at)}</time></td>
      <td>${this.who(entry)}</td>
      <td class="action">${this.t(`action.${entry.action}`)}</td>
      <td>${kind} <span class="muted">${entry.recordId}</span></td>
      <td>
        ${fields.slice(0, FIELDS_SHOWN).map((path, i) => html`${i > 0 ? this.t('listSeparator') : nothing}${this.fieldLabel(entry.kind, path)}`)}
        ${fields.length > FIELDS_SHOWN ? html` <span class="muted">${this.t('moreFields', { count: formatNumber(this.resolvedLocale, fields.length - FIELDS_SHOWN) })}</span>` : nothing}
      </td>
      <td>${entry.reason ?? ''}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-audit-log': DossierAuditLog;
  }
}
