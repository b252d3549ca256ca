import { html, nothing, type PropertyValues } from 'lit';
import {
  agenda,
  agendaReason,
  agendaWhen,
  type Agenda,
  type AgendaItem,
  type AgendaUrgency,
  type Customer,
} from '@dossier/core';
import { DossierWorkElement } from '../shared/work-element.js';
import { LocalizeController } from '../shared/localize.js';
import { DossierSelectEvent, emit } from '../shared/events.js';
import { formatDate, formatNumber } from '../shared/format.js';
import { errorMessage } from '../shared/error-message.js';
import { shownCustomerName, todayOnPageClock } from '../shared/work-view.js';
import { base } from '../shared/base.styles.js';
import { panel, workView } from '../shared/panel.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './agenda.styles.js';
import { messages, type AgendaMessage } from './messages.js';

const urgencies: readonly AgendaUrgency[] = ['overdue', 'today', 'upcoming'];

/**
 * @tagname dossier-agenda
 * @summary Today's and this week's work (今日待办) for a viewer: follow-ups due by the cadence of
 * each customer's grade, open tasks, grade and credit reviews, contracts ending, overdue
 * receivables, credit limits, key persons' birthdays and service cases open too long — grouped
 * by urgency (overdue, today, coming up), key accounts and better grades first, each with why.
 *
 * A sales rep sees its own customers, other roles everyone's (or the `owners` given, a
 * manager's team). The items come from core's pure `agenda`; the records are read through the
 * store contract naming the viewer, or given as `archive`. Choosing an item (click, Enter or
 * Space) dispatches `dossier-select` with the customer's id, as the customer list does.
 *
 * @fires dossier-select - An item was chosen; `detail.customerId` names its customer, `detail.index` its position.
 *
 * @csspart base - The frame.
 * @csspart title - The heading.
 * @csspart summary - Counts per urgency.
 * @csspart group - One urgency group.
 * @csspart group-title - The heading of a group.
 * @csspart item - One item (a button); also `overdue`, `today` or `upcoming`.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssstate loading - The records are being read.
 * @cssstate empty - Nothing is due.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-agenda as-of="2026-03-31" @dossier-select=${(e) => openCard(e.detail.customerId)}></dossier-agenda>
 */
export class DossierAgenda extends DossierWorkElement {
  static override styles = [tokens, base, panel, workView, styles];

  constructor() {
    super(['customer', 'contact', 'transaction', 'interaction', 'opportunity', 'task', 'service-case', 'contract']);
  }

  /** The agenda shown (undefined while nothing is loaded). */
  get current(): Agenda | undefined {
    const archive = this.records;
    if (!archive) return undefined;
    return agenda(archive, { asOf: this.asOf ?? todayOnPageClock(), viewer: this.resolvedViewer, policy: this.policy, owners: this.scope });
  }

  private readonly t = new LocalizeController<AgendaMessage>(this, messages).t;

  private shown?: Agenda;
  private customers = new Map<string, Customer>();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const archive = this.records;
    this.customers = new Map((archive?.customers ?? []).map((c) => [c.id, c]));
    this.shown = this.current;
    const loading = !this.archive && this.loader.status === 'loading' && this.shown === undefined;
    this.setState('loading', loading);
    this.setState('empty', this.shown !== undefined && this.shown.items.length === 0);
  }

  #customerName(id: string): string {
    const customer = this.customers.get(id);
    if (!customer) return id;
    return shownCustomerName(customer, this.resolvedViewer, this.resolvedLocale) ?? id;
  }

  #choose(item: AgendaItem, index: number): void {
    emit(this, new DossierSelectEvent({ customerId: item.customerId, index }));
  }

  override render() {
    const locale = this.resolvedLocale;
    const level = this.level;
    const title = this.asOf ? this.t('titleAsOf', { date: formatDate(locale, this.asOf) }) : this.t('title');
    const shown = this.shown;
    let body;
    if (!this.archive && this.loader.status === 'error') {
      body = html`<p part="status" role="alert">${this.t('failed', { reason: errorMessage(this.loader.error, locale) })}</p>`;
    } else if (!shown) {
      body = html`<p part="status">${this.t('loading')}</p>`;
    } else if (shown.items.length === 0) {
      body = html`<p part="status">${this.t('empty')}</p>`;
    } else {
      let index = 0;
      body = urgencies.map((urgency) => {
        const items = shown.items.filter((i) => i.urgency === urgency);
        if (items.length === 0) return nothing;
        const id = `group-${urgency}`;
        return html`<section class="group" part="group" aria-labelledby=${id}>
          ${heading(level + 1, id, this.t(`urgency.${urgency}`))}
          <ul>
            ${items.map((item) => this.#renderItem(item, index++))}
          </ul>
        </section>`;
      });
    }
    const count = (u: AgendaUrgency) => formatNumber(locale, shown?.items.filter((i) => i.urgency === u).length ?? 0);
    return html`<section part="base" lang=${locale} aria-labelledby="title" aria-busy=${shown === undefined && this.loader.status === 'loading' ? 'true' : 'false'}>
      <header>
        ${heading(level, 'title', title, 'title')}
        ${shown && shown.items.length > 0 ? html`<p part="summary">${this.t('summary', { overdue: count('overdue'), today: count('today'), upcoming: count('upcoming') })}</p>` : nothing}
      </header>
      ${body}
    </section>`;
  }

  #renderItem(item: AgendaItem, index: number) {
    const locale = this.resolvedLocale;
    const customer = this.#customerName(item.customerId);
    const showOwner = this.scope === undefined || this.scope.length > 1;
    const owner = this.names[item.ownerId] ?? item.ownerId;
    return html`<li>
      <button type="button" part="item ${item.urgency}" data-item=${item.id} @click=${() => this.#choose(item, index)}>
        <span class="grade">${item.grade ?? '–'}</span>
        <span class="main">
          <span class="customer">${customer}</span>
          <span class="reason">${agendaReason(item, locale)}</span>
          <span class="meta">
            <span class="rule">${this.t(`rule.${item.rule}`)}</span>
            ${item.keyAccount ? html`<span class="key">${this.t('keyAccount')}</span>` : nothing}
            ${showOwner ? html`<span>${this.t('owner', { owner })}</span>` : nothing}
          </span>
        </span>
        <span class="when">${agendaWhen(item, locale)}</span>
      </button>
    </li>`;
  }
}

/** A heading of a given level (`role="heading"`, as the card does, so the level can be a property). */
function heading(level: number, id: string, text: string, part = 'group-title') {
  return html`<div role="heading" aria-level=${Math.min(6, level)} id=${id} part=${part}>${text}</div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-agenda': DossierAgenda;
  }
}
