import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  ageingBuckets,
  personName,
  receivablesAgeing,
  unassignedPersonId,
  type AgeingRow,
  type ReceivablesAgeing,
} from '@dossier/core';
import { DossierWorkElement } from '../shared/work-element.js';
import { LocalizeController } from '../shared/localize.js';
import { mayRead } from '../shared/viewer.js';
import { formatDate, formatMoney, formatNumber } from '../shared/format.js';
import { errorMessage } from '../shared/error-message.js';
import { fieldRuleOf } from '../shared/projection.js';
import { shownCustomerName, todayOnPageClock } from '../shared/work-view.js';
import { base } from '../shared/base.styles.js';
import { panel, workView } from '../shared/panel.styles.js';
import { scrollRegion, scrollRegionStyles } from '../charts/scroll-region.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './receivables.styles.js';
import { messages, type ReceivablesMessage } from './messages.js';


/**
 * @tagname dossier-receivables
 * @summary Receivables ageing (应收账款账龄): what each customer — or each rep — still owes, in the
 * buckets 0–30, 31–60, 61–90 and over 90 days since the invoice, with what is overdue; a row opens
 * its lines (drill-down). Figures are core's `receivablesAgeing`, exact to the fen.
 *
 * A sales rep sees its own customers; other roles everyone's (or `owners`). Amounts are shown
 * only to a viewer who may read transaction amounts. Records are read through the store naming
 * the viewer, or given as `archive`.
 *
 * @csspart base - The frame.
 * @csspart title - The heading.
 * @csspart group-by - The per customer / per rep choice.
 * @csspart table - The ageing table.
 * @csspart lines - The lines of an opened row.
 * @csspart status - Loading, empty, restricted and error messages.
 *
 * @cssstate loading - The records are being read.
 * @cssstate empty - Nothing is owed.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-receivables as-of="2026-03-31" group-by="rep"></dossier-receivables>
 */
export class DossierReceivables extends DossierWorkElement {
  static override styles = [tokens, base, panel, workView, scrollRegionStyles, styles];

  static override properties: PropertyDeclarations = {
    groupBy: { attribute: 'group-by', reflect: true },
    opened: { state: true, attribute: false },
  };

  /** Rows per customer or per rep. */
  groupBy: 'customer' | 'rep' = 'customer';

  /** Keys of the rows whose lines are shown. */
  private opened = new Set<string>();

  constructor() {
    super(['customer', 'transaction']);
  }

  /** The ageing shown (undefined while nothing is loaded). */
  get ageing(): ReceivablesAgeing | undefined {
    const archive = this.records;
    if (!archive) return undefined;
    const scope = this.scope;
    const customers = scope === undefined ? archive.customers : archive.customers.filter((c) => scope.includes(c.salespersonId));
    return receivablesAgeing({ customers, transactions: archive.transactions }, { asOf: this.asOf ?? todayOnPageClock(), policy: this.policy });
  }

  private readonly t = new LocalizeController<ReceivablesMessage>(this, messages).t;

  private shown?: ReceivablesAgeing;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('groupBy')) this.opened = new Set();
    this.shown = this.ageing;
    this.setState('loading', !this.archive && this.loader.status === 'loading' && this.shown === undefined);
    this.setState('empty', this.shown !== undefined && this.shown.byCustomer.length === 0);
  }

  private label(key: string): string {
    if (this.groupBy === 'rep') {
      if (Object.hasOwn(this.names, key)) return this.names[key]!;
      // reps by the people directory (未分配 for `unassigned`, 未知人员 for an id it lacks), else the id
      return this.resolvedPeople.length > 0 || key === unassignedPersonId ? personName(this.resolvedPeople, key, this.resolvedLocale) : key;
    }
    return this.#customerLabel(key);
  }

  /** A customer's name as the viewer may see it (the id only while the customer is not loaded). */
  #customerLabel(key: string): string {
    const customer = (this.records)?.customers.find((c) => c.id === key);
    if (!customer) return key;
    return shownCustomerName(customer, this.resolvedViewer, this.resolvedLocale) ?? key;
  }

  #toggle(key: string): void {
    const opened = new Set(this.opened);
    if (!opened.delete(key)) opened.add(key);
    this.opened = opened;
  }

  override render() {
    const locale = this.resolvedLocale;
    const level = this.level;
    const shown = this.shown;
    // Amounts are readable as a transaction's amount is (every customer in scope, as its owner sees it).
    const scope = this.scope;
    const readable = mayRead(this.resolvedViewer, fieldRuleOf('transaction', {}, 'amount'), { ownerId: scope?.length === 1 ? scope[0] : undefined });
    let body;
    if (!this.archive && this.loader.status === 'error') body = html`<p part="status" role="alert">${this.t('failed', { reason: errorMessage(this.loader.error, locale) })}</p>`;
    else if (!shown) body = html`<p part="status">${this.t('loading')}</p>`;
    else if (!readable) body = html`<p part="status">${this.t('restricted')}</p>`;
    else if (shown.byCustomer.length === 0) body = html`<p part="status">${this.t('empty')}</p>`;
    else body = this.#renderTable(shown);
    return html`<section part="base" lang=${locale} aria-labelledby="title">
      <header>
        <div part="title" id="title" role="heading" aria-level=${level}>${this.asOf ? this.t('titleAsOf', { date: formatDate(locale, this.asOf) }) : this.t('title')}</div>
        <label part="group-by"
          >${this.t('groupBy')}<select @change=${(e: Event) => (this.groupBy = (e.target as HTMLSelectElement).value === 'rep' ? 'rep' : 'customer')}>
            <option value="customer" ?selected=${this.groupBy === 'customer'}>${this.t('byCustomer')}</option>
            <option value="rep" ?selected=${this.groupBy === 'rep'}>${this.t('byRep')}</option>
          </select></label
        >
      </header>
      ${body}
    </section>`;
  }

  #renderTable(ageing: ReceivablesAgeing) {
    const locale = this.resolvedLocale;
    const money = (amount: number) => formatMoney(locale, amount);
    const rows = this.groupBy === 'rep' ? ageing.byRep : ageing.byCustomer;
    const figures = (row: Omit<AgeingRow, 'key' | 'lines'>) => html`<td>${money(row.outstanding)}</td>
      ${ageingBuckets.map((bucket) => html`<td>${money(row.buckets[bucket])}</td>`)}
      <td class=${row.overdue > 0 ? 'overdue' : ''}>${money(row.overdue)}</td>`;
    // named by the grouping: the section around it already bears the title (landmarks' names differ)
    return scrollRegion(
      this.t(this.groupBy === 'rep' ? 'byRep' : 'byCustomer'),
      html`<table part="table">
        <thead>
          <tr>
            <th scope="col">${this.t(this.groupBy === 'rep' ? 'rep' : 'customer')}</th>
            <th scope="col">${this.t('outstanding')}</th>
            ${ageingBuckets.map((bucket) => html`<th scope="col">${this.t(`bucket.${bucket}`)}</th>`)}
            <th scope="col">${this.t('overdue')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => {
            const name = this.label(row.key);
            const open = this.opened.has(row.key);
            const id = `lines-${rows.indexOf(row)}`;
            return html`<tr>
                <th scope="row">
                  <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} data-key=${row.key}
                    @click=${() => this.#toggle(row.key)}>${name}<span class="visually-hidden">${this.t('lineCount', { count: formatNumber(locale, row.lines.length) })}</span></button>
                </th>
                ${figures(row)}
              </tr>
              ${open ? this.#renderLines(row, id) : nothing}`;
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${this.t('total')}</th>
            ${figures(ageing.total)}
          </tr>
        </tfoot>
      </table>`,
    );
  }

  #renderLines(row: AgeingRow, id: string) {
    const locale = this.resolvedLocale;
    return html`<tr class="lines" id=${id}>
      <td colspan="7">
        <table part="lines">
          <thead>
            <tr>
              <th scope="col">${this.t('line')}</th>
              ${this.groupBy === 'rep' ? html`<th scope="col">${this.t('customer')}</th>` : nothing}
              <th scope="col">${this.t('invoiceDate')}</th>
              <th scope="col">${this.t('dueDate')}</th>
              <th scope="col">${this.t('outstanding')}</th>
              <th scope="col">${this.t('daysOverdue')}</th>
            </tr>
          </thead>
          <tbody>
            ${row.lines.map(
              (line) => html`<tr>
                <td>${line.transactionId}</td>
                ${this.groupBy === 'rep' ? html`<td>${this.#customerLabel(line.customerId)}</td>` : nothing}
                <td>${formatDate(locale, line.invoiceDate)}</td>
                <td>${formatDate(locale, line.dueDate)}</td>
                <td>${formatMoney(locale, line.outstanding)}</td>
                <td class=${line.overdueDays > 0 ? 'overdue' : ''}>${formatNumber(locale, line.overdueDays)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-receivables': DossierReceivables;
  }
}
