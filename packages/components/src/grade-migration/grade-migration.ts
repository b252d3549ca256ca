import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  abcGrades,
  explainGrade,
  rfmSegments,
  vocabularyLabel,
  type GradeExplanation,
} from '@dossier/core';
import { LocalizeController } from '../shared/localize.js';
import { mayRead } from '../shared/viewer.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { DossierEvent, emit } from '../shared/events.js';
import { chartStyles } from '../charts/chart.styles.js';
import { DossierReportElement } from '../charts/report-element.js';
import { nextCell, type GridCell } from '../charts/keyboard.js';
import styles from './grade-migration.styles.js';
import { messages, type MigrationMessage } from './messages.js';

/** A customer's grades are internal, like the stored `grade.current` (as the customer card has it). */
const gradeRule = { sensitivity: 'internal', level: 1 } as const;
/**
 * Grade explanations quote the customer's revenue (RFM: the monetary value; scorecards: the
 * figures scored), as sensitive as a transaction `amount`: confidential (as the customer card has it).
 */
const explanationRule = { sensitivity: 'confidential', level: 1 } as const;

/** A customer whose grade differs between the two runs, with both explanations. */
export interface MigrationMover {
  readonly customerId: string;
  readonly from: string;
  readonly to: string;
  readonly fromExplanation: GradeExplanation;
  readonly toExplanation: GradeExplanation;
}

/** The migration between two grading runs: core's `migrationMatrix(fromRun, toRun)` result. */
export interface MigrationInput {
  /** Id of the earlier run. */
  readonly from: string;
  /** Id of the later run. */
  readonly to: string;
  readonly grades: readonly string[];
  /** `counts[fromGrade][toGrade]`. */
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly movers: readonly MigrationMover[];
  readonly entered: readonly string[];
  readonly left: readonly string[];
}

/** What `dossier-migration-select` says: the cell chosen and the customers who moved there. */
export interface MigrationSelectDetail {
  readonly from: string;
  readonly to: string;
  readonly count: number;
  /** Ids of the customers that moved from `from` to `to` (empty on the diagonal). */
  readonly customerIds: readonly string[];
}

/**
 * `dossier-migration-select`: a person chose a cell of the migration matrix. Cancelable:
 * `preventDefault()` keeps the movers list closed (to show them elsewhere).
 *
 * @example
 * matrix.addEventListener('dossier-migration-select', (e) => console.log(e.detail.customerIds));
 */
export class DossierMigrationSelectEvent extends DossierEvent<MigrationSelectDetail> {
  static readonly type = 'dossier-migration-select';
  constructor(detail: MigrationSelectDetail) {
    super(DossierMigrationSelectEvent.type, detail);
  }
}

/**
 * @tagname dossier-grade-migration
 * @summary Grade migration between two grading runs: a from × to matrix of customer counts;
 * choosing a cell (click, Enter or Space) lists the customers who moved, each with the
 * explanation of both grades (why they were A then, why they are B now).
 *
 * Give it core's `migrationMatrix(fromRun, toRun)`, and `names` to show customer names.
 * The matrix is an ARIA grid (arrow keys, Home/End) and is its own data table.
 *
 * The movers pass through the viewer's clearance before rendering, as in the customer card: a
 * customer is listed only when the viewer may read its grades (internal), and its explanations
 * — which quote its revenue — only when the viewer may read revenue (confidential); what is left
 * out never reaches the DOM, and a note says so. Give `owners` so that a rep reads the
 * explanations of their own customers. Without a viewer (no `viewer`, no provider) no mover is
 * listed. The matrix itself holds counts only and is shown to every viewer.
 *
 * @event dossier-migration-select - A cell was chosen; `detail: { from, to, count, customerIds }`. Cancelable.
 *
 * @slot footer - Notes or actions under the widget (the data's source, an export button).
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart matrix - The table of counts.
 * @csspart hint - How to list the movers.
 * @csspart movers - The list of customers who moved (a live region).
 * @csspart mover - One customer who moved.
 * @csspart note - Says that movers or explanations the viewer may not read are left out.
 * @csspart status - Error, loading and empty messages (the error as an alert).
 *
 * @cssproperty --dossier-chart-highlight - Outline of the chosen cell. Default #9a6700 (dark #e3b341).
 *
 * @cssstate loading - `loading` is set.
 * @cssstate error - `error` is set: the error is shown instead of the report.
 * @cssstate empty - There is no migration to show.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-grade-migration .migration=${migrationMatrix(january, february)} .names=${names}></dossier-grade-migration>
 */
export class DossierGradeMigration extends DossierReportElement {
  static override styles = [tokens, base, chartStyles, styles];

  /** core's `migrationMatrix(fromRun, toRun)` result. */
  @property({ attribute: false }) migration?: MigrationInput;

  /** Customer names by id, shown in the movers list (the id is shown otherwise). */
  @property({ attribute: false }) names: Readonly<Record<string, string>> = {};

  /**
   * Owner (salesperson id) of each customer by id, so that a rep reads what it may of its own
   * customers; a customer without one is judged by what the viewer may read of every customer.
   */
  @property({ attribute: false }) owners: Readonly<Record<string, string>> = {};



  /** Most movers listed at once. */
  @property({ type: Number, attribute: 'max-movers' }) maxMovers = 50;

  /** A caption replacing the default title. */
  @property() label?: string;

  @state() private focusCell: GridCell = { row: 0, column: 0 };

  /** The chosen cell, if any. */
  @state() private selected: GridCell | undefined;


  private readonly t = new LocalizeController<MigrationMessage>(this, messages).t;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('migration')) {
      this.selected = undefined;
      this.focusCell = { row: 0, column: 0 };
    }
    this.setState('empty', !this.migration || this.migration.grades.length === 0);
  }

  /** A grade in words: ABC grades and RFM segments by their labels, anything else as is. */
  gradeLabel(grade: string): string {
    const locale = this.resolvedLocale;
    if ((abcGrades as readonly string[]).includes(grade)) return vocabularyLabel(locale, 'abcGrades', grade as (typeof abcGrades)[number]);
    if ((rfmSegments as readonly string[]).includes(grade)) return vocabularyLabel(locale, 'rfmSegments', grade as (typeof rfmSegments)[number]);
    return grade;
  }

  private count(from: string, to: string): number {
    return this.migration?.counts[from]?.[to] ?? 0;
  }

  /** The summary given as the matrix' caption. */
  get summary(): string {
    const m = this.migration;
    if (!m || m.grades.length === 0) return this.chartText('noData');
    let total = 0;
    let stayed = 0;
    for (const a of m.grades) {
      for (const b of m.grades) {
        const count = this.count(a, b);
        total += count;
        if (a === b) stayed += count;
      }
    }
    return this.t('summary', {
      total: this.number(total, 0),
      stayed: this.number(stayed, 0),
      moved: this.number(total - stayed, 0),
      entered: this.number(m.entered.length, 0),
      left: this.number(m.left.length, 0),
    });
  }

  protected override render() {
    const m = this.migration;
    const title = this.label ?? (m ? this.t('title', { from: m.from, to: m.to }) : '');
    const empty = !m || m.grades.length === 0;
    return html`<figure part="base" lang=${this.resolvedLocale} aria-busy=${this.loading ? 'true' : 'false'}>
      ${title ? html`<figcaption part="title">${title}</figcaption>` : nothing}
      ${this.status(empty) ?? this.renderMatrix(m!)}
      <slot name="footer"></slot>
    </figure>`;
  }

  private renderMatrix(m: MigrationInput) {
    const grades = m.grades;
    return html`<div class="scroll">
        <table part="matrix" class="matrix" role="grid" @keydown=${this.onKeydown}>
          <caption>${this.summary}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('corner')}</th>
              ${grades.map((g) => html`<th scope="col">${this.t('toHeader', { grade: this.gradeLabel(g) })}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${grades.map(
              (from, row) => html`<tr>
                <th scope="row">${this.t('fromHeader', { grade: this.gradeLabel(from) })}</th>
                ${grades.map((to, column) => {
                  const count = this.count(from, to);
                  const focused = this.focusCell.row === row && this.focusCell.column === column;
                  const selected = this.selected?.row === row && this.selected.column === column;
                  return html`<td class="cell ${from === to ? 'stay' : ''} ${count === 0 ? 'empty' : ''}" data-row=${row} data-column=${column}
                    tabindex=${focused ? 0 : -1} aria-selected=${selected ? 'true' : 'false'}
                    @click=${() => this.choose({ row, column })} @focus=${() => (this.focusCell = { row, column })}>
                    <span class="n">${this.number(count, 0)}</span><span class="visually-hidden"> ${this.t('unit')}</span>
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p part="hint">${this.t('hint')}</p>
      <section part="movers" aria-live="polite">${this.selected ? this.renderMovers(m, this.selected) : nothing}</section>`;
  }

  private renderMovers(m: MigrationInput, cell: GridCell) {
    const from = m.grades[cell.row]!;
    const to = m.grades[cell.column]!;
    const count = this.count(from, to);
    if (from === to) return html`<h3>${this.t('stayedTitle', { count: this.number(count, 0), grade: this.gradeLabel(from) })}</h3>`;
    const movers = m.movers.filter((x) => x.from === from && x.to === to);
    const locale = this.resolvedLocale;
    const listed = this.listed(movers);
    const shown = listed
      .slice(0, Math.max(0, this.maxMovers))
      .map((x) => ({ mover: x, explained: mayRead(this.resolvedViewer, explanationRule, this.moverContext(x)) }));
    const unexplained = shown.some((x) => !x.explained);
    return html`<h3>${this.t('moversTitle', { from: this.gradeLabel(from), to: this.gradeLabel(to), count: this.number(movers.length, 0) })}</h3>
      ${movers.length === 0
        ? html`<p>${this.t('noMovers')}</p>`
        : html`${shown.length > 0
              ? html`<ul>
                  ${shown.map(
                    ({ mover: x, explained }) => html`<li part="mover" data-customer-id=${x.customerId}>
                      <span class="who">${Object.hasOwn(this.names, x.customerId) ? this.names[x.customerId] : x.customerId}</span>
                      ${explained
                        ? html`<dl>
                            <dt>${this.t('before', { run: m.from })}</dt>
                            <dd>${explainGrade(x.fromExplanation, locale)}</dd>
                            <dt>${this.t('after', { run: m.to })}</dt>
                            <dd>${explainGrade(x.toExplanation, locale)}</dd>
                          </dl>`
                        : nothing}
                    </li>`,
                  )}
                </ul>`
              : nothing}
            ${listed.length > shown.length ? html`<p>${this.t('more', { count: this.number(listed.length - shown.length, 0) })}</p>` : nothing}
            ${movers.length > listed.length
              ? html`<p part="note">${this.t('moversWithheld', { count: this.number(movers.length - listed.length, 0) })}</p>`
              : nothing}
            ${unexplained ? html`<p part="note">${this.t('explanationsWithheld')}</p>` : nothing}`}`;
  }

  private moverContext(x: MigrationMover): { ownerId: string | undefined } {
    return { ownerId: Object.hasOwn(this.owners, x.customerId) ? this.owners[x.customerId] : undefined };
  }

  /** The movers the viewer may see listed: being listed in a cell tells a customer's two grades. */
  private listed(movers: readonly MigrationMover[]): MigrationMover[] {
    return movers.filter((x) => mayRead(this.resolvedViewer, gradeRule, this.moverContext(x)));
  }

  private choose(cell: GridCell): void {
    const m = this.migration;
    if (!m) return;
    const from = m.grades[cell.row]!;
    const to = m.grades[cell.column]!;
    this.focusCell = cell;
    // the event names only the movers the viewer sees listed
    const customerIds = from === to ? [] : this.listed(m.movers.filter((x) => x.from === from && x.to === to)).map((x) => x.customerId);
    const accepted = emit(this, new DossierMigrationSelectEvent({ from, to, count: this.count(from, to), customerIds }));
    this.selected = accepted ? cell : undefined;
  }

  private onKeydown = (event: KeyboardEvent): void => {
    const n = this.migration?.grades.length ?? 0;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(this.focusCell);
      return;
    }
    if (event.key === 'Escape' && this.selected) {
      this.selected = undefined;
      return;
    }
    const next = nextCell(event.key, this.focusCell, n, n, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    this.focusCell = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`td[data-row="${next.row}"][data-column="${next.column}"]`)?.focus(),
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-grade-migration': DossierGradeMigration;
  }
  interface GlobalEventHandlersEventMap {
    'dossier-migration-select': DossierMigrationSelectEvent;
  }
}
