import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { AnnualPlanResult, PlanMonth, SatisfactionSummary } from '@dossier/core';
import { LocalizeController } from '../shared/localize.js';
import { mayRead } from '../shared/viewer.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { chartStyles, reportTableStyles } from '../charts/chart.styles.js';
import { DossierTableReport, type TableReportColumn } from '../charts/table-report.js';
import styles from './annual-plan.styles.js';
import { messages, type AnnualPlanMessage } from './messages.js';

// Sales, costs and every figure computed from them are as sensitive as transaction amounts
// (confidential, level 1); a satisfaction score is internal, level 1 (core's schemas).
const moneyField = { sensitivity: 'confidential', level: 1 } as const;
const scoreField = { sensitivity: 'internal', level: 1 } as const;

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * @tagname dossier-annual-plan
 * @summary The annual plan analysis (年度计划分析): sales against target with the variance, gross
 * margin against target, expenses to sales against their target ratio, market share, customer
 * satisfaction, and month by month the cumulative sales against the pro-rata target.
 *
 * Give it core's `annualPlan(book, options)` result as `plan` and core's
 * `satisfactionSummary(answers, period)` as `satisfaction`. Money and every ratio computed from
 * it need the viewer's clearance for transaction amounts (confidential); the satisfaction
 * scores for internal information. What the viewer may not read is left out — never drawn,
 * never in the DOM — and the report says figures are withheld.
 *
 * @slot footer - Notes or actions under the widget.
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart figures - The list of key figures.
 * @csspart chart - The cumulative chart (decorative: the month table says the same).
 * @csspart table - The month table.
 * @csspart status - Error, loading, empty and withheld messages.
 *
 * @cssproperty --dossier-chart-series - Colour of the sales bars. Default: the accent colour.
 *
 * @cssstate loading - `loading` is set.
 * @cssstate error - `error` is set.
 * @cssstate empty - Neither a plan nor a satisfaction summary.
 * @cssstate restricted - Some figures are withheld from the viewer.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-annual-plan .plan=${annualPlan(book, { period, targets: { sales: 1_200_000 } })} .satisfaction=${satisfactionSummary(answers, period)}></dossier-annual-plan>
 */
export class DossierAnnualPlan extends DossierTableReport {
  static override styles = [tokens, base, chartStyles, reportTableStyles, styles];

  static override properties: PropertyDeclarations = {
    plan: { attribute: false },
    satisfaction: { attribute: false },
  };

  /** core's `annualPlan()` result. */
  plan?: AnnualPlanResult;

  /** core's `satisfactionSummary()` result for the same period. */
  satisfaction?: SatisfactionSummary;

  private readonly t = new LocalizeController<AnnualPlanMessage>(this, messages).t;

  get #moneyReadable(): boolean {
    return mayRead(this.resolvedViewer, moneyField);
  }

  get #scoresReadable(): boolean {
    return mayRead(this.resolvedViewer, scoreField);
  }

  private get empty(): boolean {
    return this.plan === undefined && this.satisfaction === undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('empty', this.empty);
    this.setState('restricted', !this.empty && (!this.#moneyReadable || !this.#scoresReadable));
  }

  /** `2025-03` as the locale writes a month. */
  #month(month: string): string {
    const locale = this.resolvedLocale;
    let format = monthFormats.get(locale);
    if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' })));
    return format.format(new Date(`${month}-01T00:00:00Z`));
  }

  protected override render() {
    const title = this.label ?? this.t('title');
    return this.figure(title, this.empty, () => this.#renderReport());
  }

  /** The key figures as [label, value] pairs, only those the viewer may read. */
  get figures(): [string, string][] {
    const figures: [string, string][] = [];
    const plan = this.plan;
    if (plan && this.#moneyReadable) {
      figures.push([
        this.t('sales'),
        plan.salesTarget === null
          ? this.t('salesNoTarget', { sales: this.money(plan.sales) })
          : this.t('salesValue', { sales: this.money(plan.sales), target: this.money(plan.salesTarget), achievement: this.percent(plan.salesAchievement), variance: this.money(plan.salesVariance) }),
      ]);
      figures.push([
        this.t('grossMargin'),
        plan.grossMarginTarget === null
          ? this.t('grossMarginNoTarget', { margin: this.money(plan.grossMargin) })
          : this.t('grossMarginValue', { margin: this.money(plan.grossMargin), target: this.money(plan.grossMarginTarget), achievement: this.percent(plan.grossMarginAchievement) }),
      ]);
      const expense = { ratio: this.percent(plan.expenseToSales), expenses: this.money(plan.expenses) };
      const missing = this.chartText('notAvailable');
      figures.push([
        this.t('expenseRatio'),
        plan.expenses === null
          ? missing
          : plan.expenseToSalesTarget === null
            ? this.t('expenseNoTarget', expense)
            : this.t('expenseValue', { ...expense, target: this.percent(plan.expenseToSalesTarget) }),
      ]);
      figures.push([this.t('marketShare'), plan.marketSales === null ? missing : this.t('marketValue', { share: this.percent(plan.marketShare), market: this.money(plan.marketSales) })]);
    }
    const satisfaction = this.satisfaction;
    if (satisfaction && this.#scoresReadable) {
      figures.push([
        this.t('satisfaction'),
        satisfaction.answers === 0
          ? this.t('satisfactionNone')
          : this.t('satisfactionValue', {
              average: this.number(satisfaction.average, 1),
              answers: this.number(satisfaction.answers, 0),
              customers: this.number(satisfaction.customers, 0),
              satisfied: this.percent(satisfaction.satisfiedShare),
            }),
      ]);
    }
    return figures;
  }

  #renderReport() {
    const figures = this.figures;
    const withheld = (this.plan !== undefined && !this.#moneyReadable) || (this.satisfaction !== undefined && !this.#scoresReadable);
    const months = this.plan && this.#moneyReadable ? this.plan.months : [];
    return html`${figures.length > 0
        ? html`<dl part="figures">${figures.map(([label, value]) => html`<div class="figure"><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`
        : nothing}
      ${withheld ? html`<p part="status" role="status">${this.t('restricted')}</p>` : nothing}
      ${months.length > 0 ? this.#renderMonths(months) : nothing}`;
  }

  #renderMonths(months: readonly PlanMonth[]) {
    const caption = this.t('months');
    const columns: TableReportColumn<PlanMonth>[] = [
      { key: 'month', label: this.t('month'), value: (m) => m.month, format: (m) => this.#month(m.month) },
      { key: 'sales', kind: 'money', label: this.t('monthSales'), value: (m) => m.sales, format: (m) => this.money(m.sales) },
      { key: 'cumulative', kind: 'money', label: this.t('cumulative'), value: (m) => m.cumulativeSales, format: (m) => this.money(m.cumulativeSales) },
      { key: 'target', kind: 'money', label: this.t('cumulativeTarget'), value: (m) => m.cumulativeTarget, format: (m) => this.money(m.cumulativeTarget) },
    ];
    return html`${this.#renderChart(months)}
      ${this.table({ caption, columns, rows: months, sort: undefined, onSort: () => undefined })}`;
  }

  /** Cumulative sales as bars, the cumulative target as a line: decorative, the table is the data. */
  #renderChart(months: readonly PlanMonth[]) {
    const max = Math.max(1, ...months.map((m) => Math.max(m.cumulativeSales, m.cumulativeTarget ?? 0)));
    const step = 100 / months.length;
    const y = (v: number) => 100 - (Math.max(v, 0) / max) * 96;
    const target = months.every((m) => m.cumulativeTarget !== null)
      ? months.map((m, i) => `${(i + 0.5) * step},${y(m.cumulativeTarget!)}`).join(' ')
      : undefined;
    return html`<svg part="chart" aria-hidden="true" viewBox="0 0 100 100" preserveAspectRatio="none">
      ${months.map((m, i) => svg`<rect class="bar" x=${i * step + step * 0.15} width=${step * 0.7} y=${y(m.cumulativeSales)} height=${100 - y(m.cumulativeSales)}></rect>`)}
      ${target ? svg`<polyline class="target" points=${target}></polyline>` : nothing}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-annual-plan': DossierAnnualPlan;
  }
}
