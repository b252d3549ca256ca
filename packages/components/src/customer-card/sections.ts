import { html, nothing, type TemplateResult } from 'lit';
import {
  ageingBuckets,
  contractKindLabels,
  contractRenewalLabels,
  findField,
  interactionKindLabels,
  labelIn,
  recordFields,
  serviceCaseKindLabels,
  serviceCaseStatusLabels,
  serviceSeverityLabels,
  taskKindLabels,
  translate,
  type LabelTable,
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
import { pair, section, translator } from './templates.js';
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
  const t = translator(sectionMessages, locale);
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
  const danger = (when: boolean) => (when ? 'danger' : undefined);
  const figures = html`<dl part="figures" class="figures">
    ${pair(t('revenue'), amounts ? html`<strong>${money(revenue.current)}</strong> <span class="muted">${change}</span>` : restricted)}
    ${pair(t('lastPurchase'), summary.lastPurchase ? date(summary.lastPurchase) : '–')}
    ${pair(
      t('receivables'),
      amounts ? html`${money(summary.receivables.outstanding)}${summary.receivables.overdue > 0 ? html` <span class="danger">${t('overdue', { amount: money(summary.receivables.overdue) })}</span>` : nothing}` : restricted,
    )}
    ${pair(t('creditUse'), creditReadable ? creditText : restricted, danger(credit.status === 'exceeded' || credit.status === 'near'))}
    ${pair(
      t('pipeline'),
      t('pipelineValue', { count: formatNumber(locale, summary.opportunities.open.length), amount: mayRead(viewer, fieldRuleOf('opportunity', {}, 'budget'), access) ? formatMoney(locale, summary.opportunities.amount) : t('restricted') }),
    )}
    ${pair(t('cadence'), late > 0 ? t('cadenceOverdue', { days: cadence.cadenceDays, late }) : t('cadenceValue', { days: cadence.cadenceDays, date: date(cadence.nextDue) }), danger(late > 0))}
  </dl>`;

  // One record of a section: its title (restricted when the viewer may not read it) and its details, joined by " · ".
  const item = (title: unknown, details: readonly unknown[], more: unknown = nothing, part?: string) =>
    html`<li part=${part ?? nothing}><span class="item-title">${title ?? t('restricted')}</span>
      <span class="muted">${details.filter(Boolean).join(' · ')}</span>
      ${more}</li>`;
  // A value of a vocabulary by its label; a date in a sentence (`due {date}`); undefined when absent.
  const label = <V extends readonly string[]>(table: LabelTable<V>, value: unknown) => (typeof value === 'string' ? labelIn(table, locale, value) : undefined);
  const dated = (key: SectionMessage, iso: unknown) => (iso ? t(key, { date: date(iso) }) : undefined);
  // A section listing records, one line each (`shown`: the ones listed, when fewer than counted).
  const listing = <T,>(id: string, title: SectionMessage, empty: SectionMessage, records: readonly T[], line: (record: T) => TemplateResult, lead?: unknown, shown = records) =>
    section(locale, id, t(title), records.length, html`<ul>${shown.map(line)}</ul>`, t(empty), lead);

  const products = listing(
    'products',
    'products',
    'noProducts',
    summary.products,
    (p) => item(p.name ?? p.category ?? p.productId ?? '–', [t(p.quantity === 1 ? 'productLine.one' : 'productLine', { amount: money(p.revenue), quantity: formatNumber(locale, p.quantity), date: date(p.lastDate) })]),
    undefined,
    summary.products.slice(0, 5),
  );

  const opportunities = listing('opportunities', 'opportunities', 'noOpportunities', summary.opportunities.open, (record) => {
    const o = view('opportunity', record, opportunityFields);
    return item(o['title'], [
      typeof o['budget'] === 'number' ? formatMoney(locale, o['budget']) : undefined,
      typeof o['probability'] === 'number' ? formatPercent(locale, o['probability']) : undefined,
      dated('expectedClose', (o['timeline'] as Values | undefined)?.['expectedCloseOn']),
    ]);
  });

  const cases = listing('service-cases', 'serviceCases', 'noServiceCases', summary.serviceCases, (record) => {
    const s = view('service-case', record, serviceCaseFields);
    return item(
      s['title'],
      [label(serviceCaseKindLabels, s['kind']), label(serviceCaseStatusLabels, s['status']), label(serviceSeverityLabels, s['severity']), dated('openedOn', s['openedOn'])],
      s['resolution'] ? html`<span class="muted">${s['resolution']}</span>` : nothing,
    );
  });

  const contracts = listing('contracts', 'contracts', 'noContracts', summary.contracts, (record) => {
    const c = view('contract', record, contractFields);
    return item(c['title'], [
      label(contractKindLabels, c['kind']),
      dated('endsOn', c['endOn']) ?? t('noEnd'),
      typeof c['value'] === 'number' ? formatMoney(locale, c['value']) : undefined,
      label(contractRenewalLabels, c['renewal']),
    ]);
  });

  const receivables = section(
    locale,
    'receivables',
    t('ageing'),
    summary.receivables.lines.length,
    amounts ? html`<dl class="buckets">${ageingBuckets.map((bucket) => pair(t(`bucket.${bucket}`), money(summary.receivables.buckets[bucket])))}</dl>` : html`<p>${restricted}</p>`,
    t('noReceivables'),
  );

  const tasks = listing(
    'tasks',
    'tasks',
    'noTasks',
    summary.openTasks,
    (record) => {
      const k = view('task', record, taskFields);
      return item(k['title'], [label(taskKindLabels, k['kind']), dated('dueOn', k['dueOn']), typeof k['ownerId'] === 'string' ? context.personName(k['ownerId']) : undefined], nothing, 'task');
    },
    html`<p class="muted">${t('nextFollowUp', { date: date(cadence.nextDue) })}</p>`,
  );

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
  const t = translator(sectionMessages, locale);
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
      <label>${findField(recordFields.interaction, 'kind')?.label[locale]}
        <select name="kind">
          <option value="call">${labelIn(interactionKindLabels, locale, 'call')}</option>
          <option value="visit">${labelIn(interactionKindLabels, locale, 'visit')}</option>
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
