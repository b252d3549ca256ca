import { html, nothing, type TemplateResult } from 'lit';
import {
  ageingBuckets,
  translate,
  vocabularyLabel,
  type CustomerSummary,
  type FieldRule,
  type Locale,
  type MessageParams,
  type RecordKind,
  type Viewer,
} from '@dossier/core';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../shared/format.js';
import { fieldRuleOf, recordRulesFor } from '../shared/projection.js';
import { mayRead } from '../shared/viewer.js';
import { dateInput } from '../shared/date-input.js';
import { project } from './projection.js';
import { sectionMessages, type SectionMessage } from './sections-messages.js';

/** What the 360° sections need from the card. */
export interface SectionsContext {
  readonly locale: Locale;
  readonly viewer: Viewer;
  readonly ownerId: string | undefined;
  readonly summary: CustomerSummary;
  /** A member of staff's name by id (never the id). */
  readonly personName: (id: string) => string;
}

type Values = Record<string, unknown>;

// The fields each section lists; their sensitivity comes from core through the shared projection.
const listed = (...paths: string[]): FieldRule[] => paths.map((path) => ({ path, sensitivity: 'secret', level: 3 }));
const opportunityFields = listed('title', 'status', 'budget', 'probability', 'timeline.expectedCloseOn');
const serviceCaseFields = listed('title', 'kind', 'status', 'severity', 'openedOn', 'closedOn', 'resolution');
const contractFields = listed('title', 'kind', 'endOn', 'value', 'renewal');
const taskFields = listed('title', 'kind', 'dueOn', 'ownerId');

/**
 * The card's 360° sections for a customer summary (core's `customerSummary`): key figures,
 * products bought, opportunities, service cases, contracts, receivables ageing, open tasks and
 * the next follow-up. Each section is a `<details>` (collapsible, open by default) with an empty
 * state; every record passes through the shared projection for the viewer, and an amount the
 * viewer may not read shows as restricted.
 *
 * @example
 * renderSections({ locale: 'zh-CN', viewer, ownerId: 'R1', summary, personName: (id) => names[id] ?? '未知人员' })
 */
export function renderSections(context: SectionsContext): TemplateResult {
  const { locale, viewer, ownerId, summary } = context;
  const t = (key: SectionMessage, params: MessageParams = {}) => translate(sectionMessages, locale, key, params);
  const access = { ownerId };
  const view = (kind: RecordKind, record: object, fields: readonly FieldRule[]) => project(record, recordRulesFor(kind, record, fields), viewer, access).value as Values;
  // Amounts of the lines, figures derived from them: readable as the transaction amount is.
  const amounts = mayRead(viewer, fieldRuleOf('transaction', {}, 'amount'), access);
  const money = (amount: number) => (amounts ? formatMoney(locale, amount) : t('restricted'));
  const date = (iso: unknown) => (typeof iso === 'string' ? formatDate(locale, iso) : '');
  const restricted = html`<span class="restricted">${t('restricted')}</span>`;

  const { revenue, credit, cadence } = summary;
  const change = revenue.change === undefined ? t('noPrevious') : t('revenueChange', { change: `${revenue.change >= 0 ? '+' : ''}${formatPercent(locale, revenue.change)}` });
  const creditReadable = amounts && mayRead(viewer, fieldRuleOf('customer', {}, 'credit.limit'), access);
  const creditText =
    credit.status === 'no-limit'
      ? t('credit.no-limit')
      : t(`credit.${credit.status}`, { percent: credit.share === undefined ? '–' : formatPercent(locale, credit.share), limit: formatMoney(locale, credit.limit ?? 0) });
  const late = -cadence.daysUntilDue;
  const figures = html`<dl part="figures" class="figures">
    <div><dt>${t('revenue')}</dt><dd>${amounts ? html`<strong>${money(revenue.current)}</strong> <span class="muted">${change}</span>` : restricted}</dd></div>
    <div><dt>${t('lastPurchase')}</dt><dd>${summary.lastPurchase ? date(summary.lastPurchase) : '–'}</dd></div>
    <div>
      <dt>${t('receivables')}</dt>
      <dd>${amounts ? html`${money(summary.receivables.outstanding)}${summary.receivables.overdue > 0 ? html` <span class="danger">${t('overdue', { amount: money(summary.receivables.overdue) })}</span>` : nothing}` : restricted}</dd>
    </div>
    <div><dt>${t('creditUse')}</dt><dd class=${credit.status === 'exceeded' || credit.status === 'near' ? 'danger' : ''}>${creditReadable ? creditText : restricted}</dd></div>
    <div>
      <dt>${t('pipeline')}</dt>
      <dd>${t('pipelineValue', { count: formatNumber(locale, summary.opportunities.open.length), amount: mayRead(viewer, fieldRuleOf('opportunity', {}, 'budget'), access) ? formatMoney(locale, summary.opportunities.amount) : t('restricted') })}</dd>
    </div>
    <div>
      <dt>${t('cadence')}</dt>
      <dd class=${late > 0 ? 'danger' : ''}>${late > 0 ? t('cadenceOverdue', { days: cadence.cadenceDays, late }) : t('cadenceValue', { days: cadence.cadenceDays, date: date(cadence.nextDue) })}</dd>
    </div>
  </dl>`;

  const section = (id: string, title: string, count: number, body: TemplateResult | typeof nothing, empty: string) =>
    html`<details part="section ${id}" open>
      <summary>${title}${count > 0 ? html` <span class="count">(${formatNumber(locale, count)})</span>` : nothing}</summary>
      ${count === 0 ? html`<p class="muted empty">${empty}</p>` : body}
    </details>`;

  // One record of a section: its title (restricted when the viewer may not read it) and its details, joined by " · ".
  const item = (title: unknown, details: readonly unknown[], more: unknown = nothing, part?: string) =>
    html`<li part=${part ?? nothing}><span class="item-title">${title ?? t('restricted')}</span>
      <span class="muted">${details.filter(Boolean).join(' · ')}</span>
      ${more}</li>`;

  const products = section(
    'products',
    t('products'),
    summary.products.length,
    html`<ul>
      ${summary.products.slice(0, 5).map(
        (p) => html`<li><span class="item-title">${p.name ?? p.category ?? p.productId ?? '–'}</span>
          <span class="muted">${t(p.quantity === 1 ? 'productLine.one' : 'productLine', { amount: money(p.revenue), quantity: formatNumber(locale, p.quantity), date: date(p.lastDate) })}</span></li>`,
      )}
    </ul>`,
    t('noProducts'),
  );

  const opportunities = section(
    'opportunities',
    t('opportunities'),
    summary.opportunities.open.length,
    html`<ul>
      ${summary.opportunities.open.map((record) => {
        const o = view('opportunity', record, opportunityFields);
        const timeline = o['timeline'] as Values | undefined;
        return item(o['title'], [
          typeof o['budget'] === 'number' ? formatMoney(locale, o['budget']) : undefined,
          typeof o['probability'] === 'number' ? formatPercent(locale, o['probability']) : undefined,
          timeline?.['expectedCloseOn'] ? t('expectedClose', { date: date(timeline['expectedCloseOn']) }) : undefined,
        ]);
      })}
    </ul>`,
    t('noOpportunities'),
  );

  const cases = section(
    'service-cases',
    t('serviceCases'),
    summary.serviceCases.length,
    html`<ul>
      ${summary.serviceCases.map((record) => {
        const s = view('service-case', record, serviceCaseFields);
        const label = (vocabulary: 'serviceCaseKinds' | 'serviceCaseStatuses' | 'serviceSeverities', value: unknown) =>
          typeof value === 'string' ? vocabularyLabel(locale, vocabulary, value as never) : undefined;
        return item(
          s['title'],
          [label('serviceCaseKinds', s['kind']), label('serviceCaseStatuses', s['status']), label('serviceSeverities', s['severity']), s['openedOn'] ? t('openedOn', { date: date(s['openedOn']) }) : undefined],
          s['resolution'] ? html`<span class="muted">${s['resolution']}</span>` : nothing,
        );
      })}
    </ul>`,
    t('noServiceCases'),
  );

  const contracts = section(
    'contracts',
    t('contracts'),
    summary.contracts.length,
    html`<ul>
      ${summary.contracts.map((record) => {
        const c = view('contract', record, contractFields);
        return item(c['title'], [
          typeof c['kind'] === 'string' ? vocabularyLabel(locale, 'contractKinds', c['kind'] as never) : undefined,
          c['endOn'] ? t('endsOn', { date: date(c['endOn']) }) : t('noEnd'),
          typeof c['value'] === 'number' ? formatMoney(locale, c['value']) : undefined,
          typeof c['renewal'] === 'string' ? vocabularyLabel(locale, 'contractRenewals', c['renewal'] as never) : undefined,
        ]);
      })}
    </ul>`,
    t('noContracts'),
  );

  const receivables = section(
    'receivables',
    t('ageing'),
    summary.receivables.lines.length,
    amounts
      ? html`<dl class="buckets">
          ${ageingBuckets.map((bucket) => html`<div><dt>${t(`bucket.${bucket}`)}</dt><dd>${money(summary.receivables.buckets[bucket])}</dd></div>`)}
        </dl>`
      : html`<p>${restricted}</p>`,
    t('noReceivables'),
  );

  const tasks = html`<details part="section tasks" open>
    <summary>${t('tasks')}${summary.openTasks.length > 0 ? html` <span class="count">(${formatNumber(locale, summary.openTasks.length)})</span>` : nothing}</summary>
    <p class="muted">${t('nextFollowUp', { date: date(cadence.nextDue) })}</p>
    ${summary.openTasks.length === 0
      ? html`<p class="muted empty">${t('noTasks')}</p>`
      : html`<ul>
          ${summary.openTasks.map((record) => {
            const k = view('task', record, taskFields);
            const owner = typeof k['ownerId'] === 'string' ? context.personName(k['ownerId']) : undefined;
            return item(k['title'], [typeof k['kind'] === 'string' ? vocabularyLabel(locale, 'taskKinds', k['kind'] as never) : undefined, k['dueOn'] ? t('dueOn', { date: date(k['dueOn']) }) : undefined, owner], nothing, 'task');
          })}
        </ul>`}
  </details>`;

  return html`<div part="sections" class="sections">${figures}${tasks}${products}${opportunities}${cases}${contracts}${receivables}</div>`;
}

/** What the log form hands to the card. */
export interface LogEntry {
  readonly kind: 'call' | 'visit';
  readonly subject: string;
  readonly nextStep: string;
  readonly nextStepDue: string;
}

/**
 * The one-click "log a call / visit" form with a next step (which becomes a task).
 *
 * @example
 * renderLogForm({ locale: 'en', defaultDue: '2026-01-17', status: undefined, onLog: async (entry) => save(entry) })
 */
export function renderLogForm(options: { locale: Locale; defaultDue: string; status: { ok: boolean; text: string } | undefined; onLog: (entry: LogEntry) => Promise<boolean> }): TemplateResult {
  const { locale } = options;
  const t = (key: SectionMessage, params: MessageParams = {}) => translate(sectionMessages, locale, key, params);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const entry: LogEntry = { kind: text('kind') === 'visit' ? 'visit' : 'call', subject: text('subject'), nextStep: text('nextStep'), nextStepDue: text('nextStepDue') || options.defaultDue };
    // Cleared once written, ready for the next call; kept as typed when the store refused it.
    void options.onLog(entry).then((ok) => ok && form.reset());
  };
  return html`<details part="section log">
    <summary>${t('log')}</summary>
    <form part="log-form" class="log-form" @submit=${submit}>
      <label>${t('logKind')}
        <select name="kind">
          <option value="call">${vocabularyLabel(locale, 'interactionKinds', 'call')}</option>
          <option value="visit">${vocabularyLabel(locale, 'interactionKinds', 'visit')}</option>
        </select></label>
      <label>${t('logSubject')} <input name="subject" autocomplete="off" /></label>
      <label>${t('nextStep')} <input name="nextStep" required autocomplete="off" /></label>
      <label>${t('nextStepDue')} ${dateInput({ locale, name: 'nextStepDue', required: true, value: options.defaultDue })}</label>
      <button type="submit">${t('logSubmit')}</button>
      ${options.status ? html`<p role=${options.status.ok ? 'status' : 'alert'} class=${options.status.ok ? 'muted' : 'error'}>${options.status.text}</p>` : nothing}
    </form>
  </details>`;
}

/** The sentence after a log was written or refused. */
export function logStatus(locale: Locale, ok: boolean, params: MessageParams): { ok: boolean; text: string } {
  return { ok, text: translate(sectionMessages, locale, ok ? 'logged' : 'logFailed', params) };
}
