import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import { describeFunnelReason, funnelStageLabels, labelIn, leadIntents, type FunnelEntry, type FunnelReport, type FunnelStage, type LeadIntent } from '@dossier/core';
import { LocalizeController } from '../shared/localize.js';
import { mayRead } from '../shared/viewer.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { chartStyles, reportTableStyles } from '../charts/chart.styles.js';
import { DossierTableReport } from '../charts/table-report.js';
import { nextSort, sortRows, type ReportColumn, type SortState } from '../charts/report-table.js';
import { scrollRegion } from '../charts/scroll-region.js';
import styles from './funnel-report.styles.js';
import { messages, type FunnelMessage } from './messages.js';

type StageRow = FunnelReport['stages'][number];

// core's customer schema: funnelStage is internal at level 1, leadIntent internal at level 2.
const stageField = { sensitivity: 'internal', level: 1 } as const;
const intentField = { sensitivity: 'internal', level: 2 } as const;

/**
 * @tagname dossier-funnel-report
 * @summary The lead funnel (客户开发漏斗: 无差别客户 → 合格客户 → 大客户): per stage the leads that
 * reached it and those at it, split by intent class (A/B/C/D), the conversion between stages,
 * and the customers whose recorded stage the rules disagree with, with the rules' reasons.
 *
 * Give it core's `leadFunnel(customers, policy)` result, and `names` (customer id → name) for
 * the customers the viewer may see. Stage counts need the viewer's clearance for the funnel
 * stage (internal, level 1), the split by intent for the lead intent (internal, level 2);
 * without it they show as "Restricted". A differing customer is listed only when `names` has
 * it (nobody is shown by id); the others are counted, not named.
 *
 * @slot footer - Notes or actions under the widget.
 *
 * @fires dossier-drill-down - A stage was chosen: `detail: { report: 'funnel', filter: { customerIds, group: { dimension: 'funnelStage', key } }, label, period? }` (the customers AT that stage).
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart summary - The one-line summary.
 * @csspart funnel - The funnel drawing (decorative: the table says the same).
 * @csspart table - The tables.
 * @csspart status - Error, loading and empty messages.
 *
 * @cssproperty --dossier-chart-series - Colour of the funnel's bars. Default: the accent colour.
 *
 * @cssstate loading - `loading` is set.
 * @cssstate error - `error` is set.
 * @cssstate empty - There is no lead.
 * @cssstate restricted - The viewer may not read the stage counts.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-funnel-report .funnel=${leadFunnel(customers, policy)} .names=${{ C1: '杭州西子贸易' }}></dossier-funnel-report>
 */
export class DossierFunnelReport extends DossierTableReport {
  static override styles = [tokens, base, chartStyles, reportTableStyles, styles];

  static override properties: PropertyDeclarations = {
    funnel: { attribute: false },
    names: { attribute: false },
    sort: { state: true, attribute: false },
  };

  /** core's `leadFunnel()` result. */
  funnel?: FunnelReport;

  /** Customers' names by id: only these customers are named in the differing list. */
  names: Readonly<Record<string, string>> = {};

  /** The column the stage table is sorted by; unset keeps the funnel's order. */
  sort: SortState | undefined;

  private readonly t = new LocalizeController<FunnelMessage>(this, messages).t;

  get #stagesReadable(): boolean {
    return mayRead(this.resolvedViewer, stageField);
  }

  get #intentsReadable(): boolean {
    return mayRead(this.resolvedViewer, intentField);
  }

  #stageLabel(stage: FunnelStage): string {
    return labelIn(funnelStageLabels, this.resolvedLocale, stage);
  }

  #intentLabel(intent: LeadIntent | 'none'): string {
    return intent === 'none' ? this.t('noIntent') : this.t('intent', { intent });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('empty', (this.funnel?.total ?? 0) === 0);
    this.setState('restricted', !this.#stagesReadable);
  }

  protected override render() {
    const title = this.label ?? this.t('title');
    return this.figure(title, (this.funnel?.total ?? 0) === 0, () => this.#renderReport(this.funnel!, title));
  }

  /** The one-line summary, or the note that figures are withheld. */
  get summary(): string {
    const funnel = this.funnel;
    if (!funnel || !this.#stagesReadable) return this.t('summaryRestricted');
    const [, qualified, key] = funnel.stages;
    return this.t('summary', {
      total: this.number(funnel.total, 0),
      qualified: this.number(qualified?.reached ?? 0, 0),
      qualifiedRate: this.percent(funnel.conversion.qualified),
      keyAccounts: this.number(key?.reached ?? 0, 0),
      keyAccountRate: this.percent(funnel.conversion.keyAccount),
    });
  }

  #renderReport(funnel: FunnelReport, title: string) {
    if (!this.#stagesReadable) return html`<p part="summary">${this.summary}</p>`;
    const restricted = this.chartText('restricted');
    const intents = [...leadIntents, 'none'] as const;
    const columns: ReportColumn<StageRow>[] = [
      { key: 'stage', label: this.t('stage'), value: (r) => funnel.stages.indexOf(r), format: (r) => this.#stageLabel(r.stage) },
      { key: 'reached', label: this.t('reached'), value: (r) => r.reached, format: (r) => this.number(r.reached, 0), bar: true },
      { key: 'at', label: this.t('at'), value: (r) => r.at, format: (r) => this.number(r.at, 0) },
      ...intents.map((intent) => ({
        key: `intent-${intent}`,
        label: this.#intentLabel(intent),
        value: (r: StageRow) => (this.#intentsReadable ? r.byIntent[intent] : null),
        format: (r: StageRow) => (this.#intentsReadable ? this.number(r.byIntent[intent], 0) : restricted),
      })),
    ];
    return html`<p part="summary">${this.summary}</p>
      ${this.#renderFunnel(funnel)}
      ${this.table({
        caption: title,
        columns,
        rows: sortRows(funnel.stages, columns, this.sort, this.resolvedLocale),
        sort: this.sort,
        onSort: (key) => (this.sort = nextSort(this.sort, key, key === 'stage')),
        onRow: (row) => this.drillDown('funnel', { customerIds: funnel.entries.filter((e) => e.stage === row.stage).map((e) => e.customerId), group: { dimension: 'funnelStage', key: row.stage } }, this.#stageLabel(row.stage)),
      })}
      ${this.#renderDiffering(funnel.differing)}`;
  }

  /** Centred bars, as wide as the share of leads that reached each stage (the table says the same). */
  #renderFunnel(funnel: FunnelReport) {
    const total = Math.max(funnel.total, 1);
    return html`<ol part="funnel" aria-hidden="true">
      ${funnel.stages.map((s) => {
        const width = Math.max((s.reached / total) * 100, 0.5);
        return html`<li>
          <svg viewBox="0 0 100 10" preserveAspectRatio="none" class="stage-bar">${svg`<rect x=${(100 - width) / 2} width=${width} height="10"></rect>`}</svg>
          <span class="stage-text">${this.t('stageBar', { stage: this.#stageLabel(s.stage), reached: this.number(s.reached, 0), at: this.number(s.at, 0) })}</span>
        </li>`;
      })}
    </ol>`;
  }

  #renderDiffering(differing: readonly FunnelEntry[]) {
    if (differing.length === 0) return html`<p class="note">${this.t('noneDiffering')}</p>`;
    const named = differing.filter((e) => Object.hasOwn(this.names, e.customerId));
    const hidden = differing.length - named.length;
    const rows = named.map((e) => [
      this.names[e.customerId]!,
      e.recordedStage === undefined ? this.chartText('notAvailable') : this.#stageLabel(e.recordedStage),
      this.#stageLabel(e.stage),
      e.reasons.map((r) => describeFunnelReason(this.resolvedLocale, r)).join(this.resolvedLocale === 'zh-CN' ? '；' : '; '),
    ]);
    return html`<section class="differing">
      <h3>${this.t('differing')}</h3>
      ${rows.length > 0
        ? scrollRegion(
            this.t('differing'),
            html`<table part="table">
              <thead><tr>${[this.t('customer'), this.t('recorded'), this.t('byRules'), this.t('reasons')].map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
              <tbody>${rows.map(([name, ...rest]) => html`<tr><th scope="row">${name}</th>${rest.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
            </table>`,
          )
        : nothing}
      ${hidden > 0 ? html`<p class="note">${this.t('hiddenDiffering', { count: this.number(hidden, 0) })}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-funnel-report': DossierFunnelReport;
  }
}
