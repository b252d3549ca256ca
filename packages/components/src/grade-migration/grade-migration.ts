import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  abcGradeLabels,
  abcGrades,
  canWrite,
  explainGrade,
  gradingRunState,
  gradingRunStates,
  labelIn,
  migrationMatrix,
  rfmSegmentLabels,
  rfmSegments,
  writeCsv,
  type GradeExplanation,
  type GradingRun,
  type GradingRunState,
  type Migration,
  type Mover,
} from '@dossier/core';
import { LocalizeController } from '../shared/localize.js';
import { anonymousViewer, mayRead } from '../shared/viewer.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { dossierEvent, DossierSelectEvent, emit } from '../shared/events.js';
import { formatDate } from '../shared/format.js';
import { downloadFile } from '../shared/download.js';
import { arrows, moveDirection, moverLost, type MoveDirection } from './moves.js';
import { scrollRegion } from '../charts/scroll-region.js';
import { chartStyles } from '../charts/chart.styles.js';
import { DossierReportElement } from '../charts/report-element.js';
import { gridKeydown, type GridCell } from '../charts/keyboard.js';
import styles from './grade-migration.styles.js';
import { messages, type MigrationMessage } from './messages.js';

/** A customer's grades are internal, like the stored `grade.current` (as the customer card has it). */
const gradeRule = { sensitivity: 'internal', level: 1 } as const;
/**
 * Grade explanations quote the customer's revenue (RFM: the monetary value; scorecards: the
 * figures scored), as sensitive as a transaction `amount`: confidential (as the customer card has it).
 */
const explanationRule = { sensitivity: 'confidential', level: 1 } as const;

/** A customer whose grade differs between the two runs, with both explanations: core's `Mover`. */
export type MigrationMover = Mover;

/** The migration between two grading runs: core's `migrationMatrix(fromRun, toRun)` result. */
export type MigrationInput = Migration;

/** What `dossier-migration-select` says: the cell chosen and the customers who moved there. */
export interface MigrationSelectDetail {
  readonly from: string;
  readonly to: string;
  readonly count: number;
  /** Ids of the customers that moved from `from` to `to` (empty on the diagonal). */
  readonly customerIds: readonly string[];
}

/** What `dossier-grade-override` says: a person overrode a customer's grade in the later run, with a reason. */
export interface GradeOverrideDetail {
  /** Id of the run overridden (the later run). */
  readonly runId: string;
  readonly customerId: string;
  /** The grade the person chose. */
  readonly grade: string;
  /** Why (required, never empty). */
  readonly reason: string;
  /** Who overrode it: the viewer's user id. */
  readonly by: string;
}

/**
 * `dossier-grade-override`: a person overrode a grade with a reason. The page stores it the way
 * `dossier grade --overrides` does: core's `overrideGrades(run, [detail], …)` makes a new
 * proposed run, which goes through the review again. Cancelable: `preventDefault()` says it was
 * not taken (the form stays open).
 *
 * @example
 * el.addEventListener('dossier-grade-override', (e) => save(overrideGrades(run, [e.detail], { id: nextId(), ranBy: e.detail.by })));
 */
export class DossierGradeOverrideEvent extends dossierEvent<GradeOverrideDetail>()('dossier-grade-override') {}

/** What `dossier-grading-review` says: move the later run one step (proposed → reviewed → confirmed). */
export interface GradingReviewDetail {
  readonly runId: string;
  readonly to: GradingRunState;
  /** The viewer's user id. */
  readonly by: string;
}

/**
 * `dossier-grading-review`: a reviewer marked the later run reviewed, or the meeting confirmed
 * it. The page applies core's `advanceGradingRun(run, to, { by, at })` and stores the run, as
 * `dossier review` does.
 *
 * @example
 * el.addEventListener('dossier-grading-review', (e) => save(advanceGradingRun(run, e.detail.to, { by: e.detail.by, at: new Date().toISOString() })));
 */
export class DossierGradingReviewEvent extends dossierEvent<GradingReviewDetail>()('dossier-grading-review') {}

/**
 * `dossier-migration-select`: a person chose a cell of the migration matrix. Cancelable:
 * `preventDefault()` keeps the movers list closed (to show them elsewhere).
 *
 * @example
 * matrix.addEventListener('dossier-migration-select', (e) => console.log(e.detail.customerIds));
 */
export class DossierMigrationSelectEvent extends dossierEvent<MigrationSelectDetail>()('dossier-migration-select') {}

const purchaseIndexes = new WeakMap<GradingRun, ReadonlyMap<string, string | undefined>>();

/** A run's last purchase per customer, indexed once per run (an export of thousands of movers looks each up). */
function lastPurchases(run: GradingRun): ReadonlyMap<string, string | undefined> {
  let index = purchaseIndexes.get(run);
  if (!index) purchaseIndexes.set(run, (index = new Map(run.customers.map((c) => [c.customerId, c.figures.lastPurchase]))));
  return index;
}

/** A mover as listed: what the viewer may read of it. */
interface Listed {
  readonly mover: MigrationMover;
  readonly direction: MoveDirection;
  readonly lost: boolean;
  readonly explained: boolean;
}

/**
 * @tagname dossier-grade-migration
 * @summary Grade migration between two grading runs: a from × to matrix of customer counts,
 * upgrades and downgrades told apart by colour, arrow and word (and a legend); choosing a cell
 * lists the customers who moved — lost customers flagged — with owner, last purchase, both
 * explanations, a way to open the customer, an export, and an override with a reason.
 *
 * Give it core's `migrationMatrix(fromRun, toRun)` as `migration`, or the two runs as
 * `fromRun` and `toRun` (then the runs are named by their dates, last purchases come from their
 * figures, and the later run's review state and override form appear). `names` gives customer
 * names, `owners` their owners' ids; owners and overriders are named through the people
 * directory (`people` or the provider's).
 *
 * The movers pass through the viewer's clearance before rendering, as in the customer card: a
 * customer is listed only when the viewer may read its grades (internal), and its explanations
 * — which quote its revenue — only when the viewer may read revenue (confidential); what is left
 * out never reaches the DOM or the export, and a note says so. The override form is offered to
 * a viewer who may write grades (internal) of that customer. The matrix holds counts only.
 *
 * @event dossier-migration-select - A cell was chosen; `detail: { from, to, count, customerIds }`. Cancelable.
 * @event dossier-select - "Open" on a mover; `detail: { customerId, index }` (as the customer list's).
 * @event dossier-drill-down - "Show in the customer list" for a cell's movers; `detail: { report: 'migration', filter: { customerIds }, label }`.
 * @event dossier-grade-override - An override with its reason; `detail: { runId, customerId, grade, reason, by }`.
 * @event dossier-grading-review - The later run marked reviewed or confirmed; `detail: { runId, to, by }`.
 *
 * @slot footer - Notes or actions under the widget (the data's source).
 *
 * @csspart base - The figure.
 * @csspart title - The caption.
 * @csspart review - The later run's review state and its advance button.
 * @csspart matrix - The table of counts.
 * @csspart legend - What the colours and arrows mean.
 * @csspart hint - How to list the movers.
 * @csspart movers - The list of customers who moved (a live region).
 * @csspart mover - One customer who moved.
 * @csspart direction - The up/down/changed badge of a mover.
 * @csspart lost - The lost badge.
 * @csspart open - The button that opens the customer.
 * @csspart export - The export button.
 * @csspart list - The button that shows the cell's movers in the customer list (`dossier-drill-down`).
 * @csspart override - The override form of a mover.
 * @csspart note - Says that movers or explanations the viewer may not read are left out.
 * @csspart status - Error, loading and empty messages (the error as an alert).
 *
 * @cssproperty --dossier-chart-highlight - Outline of the chosen cell. Default #9a6700 (dark #e3b341).
 * @cssproperty --dossier-color-up - Upgrades. Default #1a7f37 (dark #3fb950).
 * @cssproperty --dossier-color-down - Downgrades and lost customers. Default #b42318 (dark #ff938a).
 *
 * @cssstate loading - `loading` is set.
 * @cssstate error - `error` is set: the error is shown instead of the report.
 * @cssstate empty - There is no migration to show.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-grade-migration .fromRun=${january} .toRun=${february} .names=${names} .owners=${owners}></dossier-grade-migration>
 */
export class DossierGradeMigration extends DossierReportElement {
  static override styles = [tokens, base, chartStyles, styles];

  static override properties: PropertyDeclarations = {
    migration: { attribute: false },
    fromRun: { attribute: false },
    toRun: { attribute: false },
    names: { attribute: false },
    owners: { attribute: false },
    maxMovers: { type: Number, attribute: 'max-movers' },
    reviewer: { type: Boolean },
    focusCell: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    overriding: { state: true, attribute: false },
    overrideProblem: { state: true, attribute: false },
    sent: { state: true, attribute: false },
  };

  /** core's `migrationMatrix(fromRun, toRun)` result; computed from the runs when unset. */
  migration?: MigrationInput;

  /** The earlier run (names the run by its date, gives last purchases). */
  fromRun?: GradingRun;

  /** The later run (names it, gives last purchases, its review state and the override form). */
  toRun?: GradingRun;

  /** Customer names by id, as the viewer may read them (explanations say "this customer" otherwise). */
  names: Readonly<Record<string, string>> = {};

  /**
   * Owner (salesperson id) of each customer by id: shown by name, and so that a rep reads what it
   * may of its own customers; a customer without one is judged by what the viewer may read of every customer.
   */
  owners: Readonly<Record<string, string>> = {};

  /** Most movers listed at once (the export has them all). */
  maxMovers = 50;

  /** The viewer may move the later run through the review (proposed → reviewed → confirmed). */
  reviewer = false;

  private focusCell: GridCell = { row: 0, column: 0 };

  /** The chosen cell, if any. */
  private selected: GridCell | undefined;

  /** The mover whose override form is open, its problem, and the overrides sent. */
  private overriding: string | undefined;
  private overrideProblem: 'overrideNeedsReason' | 'overrideSameGrade' | undefined;
  private sent: Readonly<Record<string, { grade: string; reason: string }>> = {};

  private readonly t = new LocalizeController<MigrationMessage>(this, messages).t;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('migration') || changed.has('fromRun') || changed.has('toRun')) {
      this.selected = undefined;
      this.overriding = undefined;
      this.focusCell = { row: 0, column: 0 };
    }
    if (changed.has('toRun')) this.sent = {};
    const m = this.data;
    this.setState('empty', !m || m.grades.length === 0);
  }

  /** The migration shown: `migration`, else core's `migrationMatrix(fromRun, toRun)`. */
  get data(): MigrationInput | undefined {
    if (this.migration) return this.migration;
    if (!this.fromRun || !this.toRun) return undefined;
    if (this.#computed?.from !== this.fromRun || this.#computed.to !== this.toRun) {
      this.#computed = { from: this.fromRun, to: this.toRun, migration: migrationMatrix(this.fromRun, this.toRun) };
    }
    return this.#computed.migration;
  }
  #computed: { from: GradingRun; to: GradingRun; migration: MigrationInput } | undefined;

  /** A grade in words: ABC grades and RFM segments by their labels, anything else as is. */
  gradeLabel(grade: string): string {
    const locale = this.resolvedLocale;
    if ((abcGrades as readonly string[]).includes(grade)) return labelIn(abcGradeLabels, locale, grade as (typeof abcGrades)[number]);
    if ((rfmSegments as readonly string[]).includes(grade)) return labelIn(rfmSegmentLabels, locale, grade as (typeof rfmSegments)[number]);
    return grade;
  }

  /** A run by its date ("2026年1月1日 的评级"), never by its id; without the run: "earlier/later run". */
  runName(which: 'from' | 'to'): string {
    const run = which === 'from' ? this.fromRun : this.toRun;
    const id = this.data?.[which];
    if (run && run.id === id) return this.t('runOf', { date: formatDate(this.resolvedLocale, run.asOf) });
    return this.t(which === 'from' ? 'earlierRun' : 'laterRun');
  }

  private count(from: string, to: string): number {
    return this.data?.counts[from]?.[to] ?? 0;
  }

  /** The summary given as the matrix' caption. */
  get summary(): string {
    const m = this.data;
    if (!m || m.grades.length === 0) return this.chartText('noData');
    let total = 0;
    let stayed = 0;
    let up = 0;
    let down = 0;
    for (const a of m.grades) {
      for (const b of m.grades) {
        const count = this.count(a, b);
        total += count;
        const direction = moveDirection(a, b);
        if (direction === 'stay') stayed += count;
        else if (direction === 'up') up += count;
        else if (direction === 'down') down += count;
      }
    }
    const n = (v: number) => this.number(v, 0);
    const params = { total: n(total), stayed: n(stayed), moved: n(total - stayed), up: n(up), down: n(down), entered: n(m.entered.length), left: n(m.left.length) };
    if (!m.grades.includes('A')) return this.t('summaryChanged', params);
    return this.t('summary', { ...params, lost: n(m.movers.filter(moverLost).length) });
  }

  protected override render() {
    const m = this.data;
    const title = this.label ?? (m ? this.t('title', { from: this.runName('from'), to: this.runName('to') }) : '');
    const empty = !m || m.grades.length === 0;
    return html`<figure part="base" lang=${this.resolvedLocale} aria-busy=${this.loading ? 'true' : 'false'}>
      ${title ? this.caption(title) : nothing}
      ${empty ? nothing : this.#renderReview()}
      ${this.status(empty) ?? this.#renderMatrix(m!, title)}
      <slot name="footer"></slot>
    </figure>`;
  }

  #renderReview() {
    const run = this.toRun;
    if (!run || run.id !== this.data?.to) return nothing;
    const locale = this.resolvedLocale;
    const current = gradingRunState(run);
    const next = gradingRunStates[gradingRunStates.indexOf(current) + 1];
    const steps = run.review?.steps ?? [];
    return html`<div part="review" class="review">
      <span>${this.t('state', { run: this.runName('to'), state: this.t(`state.${current}`) })}</span>
      ${steps.length > 0
        ? html`<ol class="steps">
            ${steps.map((s) => html`<li>${this.t('stateStep', { state: this.t(`step.${s.state}`), by: this.personName(s.by), date: s.at ? formatDate(locale, s.at.slice(0, 10)) : '—' })}</li>`)}
          </ol>`
        : nothing}
      ${next && this.reviewer && this.resolvedViewer !== anonymousViewer
        ? html`<button type="button" @click=${() => emit(this, new DossierGradingReviewEvent({ runId: run.id, to: next, by: this.resolvedViewer.userId }))}>
            ${this.t('advance', { state: this.t(`state.${next}`) })}
          </button>`
        : nothing}
    </div>`;
  }

  #renderMatrix(m: MigrationInput, title: string) {
    const grades = m.grades;
    const ladder = grades.includes('A');
    const lostIn = (from: string, to: string) => m.movers.filter((x) => x.from === from && x.to === to && moverLost(x)).length;
    return html`${scrollRegion(
        title || this.summary,
        html`<table part="matrix" class="matrix" role="grid" @keydown=${this.#onKeydown}>
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
                  const direction = moveDirection(from, to);
                  const lost = count > 0 ? lostIn(from, to) : 0;
                  const focused = this.focusCell.row === row && this.focusCell.column === column;
                  const selected = this.selected?.row === row && this.selected.column === column;
                  return html`<td class="cell ${direction} ${count === 0 ? 'empty' : ''}" data-row=${row} data-column=${column}
                    tabindex=${focused ? 0 : -1} aria-selected=${selected ? 'true' : 'false'}
                    @click=${() => this.#choose({ row, column })} @focus=${() => (this.focusCell = { row, column })}>
                    ${direction === 'up' || direction === 'down'
                      ? html`<span class="arrow" aria-hidden="true">${arrows[direction]}</span>`
                      : nothing}<span class="n">${this.number(count, 0)}</span><span class="visually-hidden"> ${this.t('unit')}${direction === 'up' || direction === 'down' ? html`, ${this.t(direction === 'up' ? 'cellUp' : 'cellDown')}` : nothing}</span>
                    ${lost > 0 ? html`<span class="cell-lost">${this.t('cellLost', { count: this.number(lost, 0) })}</span>` : nothing}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>`,
      )}
      ${ladder
        ? html`<ul part="legend" class="legend" aria-label=${this.t('legendLabel')}>
            <li><span class="swatch up" aria-hidden="true">${arrows.up}</span>${this.t('legendUp')}</li>
            <li><span class="swatch down" aria-hidden="true">${arrows.down}</span>${this.t('legendDown')}</li>
            <li><span class="swatch lost" aria-hidden="true">!</span>${this.t('legendLost')}</li>
          </ul>`
        : nothing}
      <p part="hint">${this.t('hint')}</p>
      <section part="movers" aria-live="polite">${this.selected ? this.#renderMovers(m, this.selected) : nothing}</section>`;
  }

  #renderMovers(m: MigrationInput, cell: GridCell) {
    const from = m.grades[cell.row]!;
    const to = m.grades[cell.column]!;
    const count = this.count(from, to);
    if (from === to) return html`<h3>${this.t('stayedTitle', { count: this.number(count, 0), grade: this.gradeLabel(from) })}</h3>`;
    const movers = m.movers.filter((x) => x.from === from && x.to === to);
    const listed = this.#listed(movers);
    const shown = listed.slice(0, Math.max(0, this.maxMovers));
    const unexplained = shown.some((x) => !x.explained);
    const title = this.t('moversTitle', { from: this.gradeLabel(from), to: this.gradeLabel(to), count: this.number(movers.length, 0) });
    return html`<div class="movers-head">
        <h3>${title}</h3>
        ${listed.length > 0
          ? html`<span class="actions">
              <button type="button" part="list" @click=${() => this.drillDown('migration', { customerIds: listed.map((x) => x.mover.customerId) }, title)}>${this.t('inList')}</button>
              <button type="button" part="export" @click=${() => this.download(from, to)}>${this.t('export')}</button>
            </span>`
          : nothing}
      </div>
      ${movers.length === 0
        ? html`<p>${this.t('noMovers')}</p>`
        : html`${shown.length > 0 ? html`<ul>${shown.map((x, index) => this.#renderMover(m, x, index))}</ul>` : nothing}
            ${listed.length > shown.length ? html`<p>${this.t('more', { count: this.number(listed.length - shown.length, 0) })}</p>` : nothing}
            ${movers.length > listed.length
              ? html`<p part="note">${this.t('moversWithheld', { count: this.number(movers.length - listed.length, 0) })}</p>`
              : nothing}
            ${unexplained ? html`<p part="note">${this.t('explanationsWithheld')}</p>` : nothing}`}`;
  }

  #renderMover(m: MigrationInput, x: Listed, index: number) {
    const { mover, direction, lost, explained } = x;
    const id = mover.customerId;
    const name = this.#customerName(id);
    const owner = this.owners[id];
    const last = this.#lastPurchase(id);
    const sent = this.sent[id];
    return html`<li part="mover" class=${direction} data-customer-id=${id}>
      <div class="mover-head">
        <button type="button" part="open" class="who" aria-label=${this.t('open', { name })} @click=${() => emit(this, new DossierSelectEvent({ customerId: id, index }))}>${name}</button>
        <span part="direction" class="badge ${direction}"><span aria-hidden="true">${arrows[direction]}</span> ${this.t(direction === 'stay' ? 'changed' : direction)}
          ${this.gradeLabel(mover.from)} → ${this.gradeLabel(mover.to)}</span>
        ${lost ? html`<span part="lost" class="badge lost"><span aria-hidden="true">!</span> ${this.t('lost')}</span>` : nothing}
      </div>
      <p class="meta">
        ${Object.hasOwn(this.owners, id) ? html`<span>${this.t('owner', { name: this.personName(owner) })}</span>` : nothing}
        <span>${last ? this.t('lastPurchase', { date: formatDate(this.resolvedLocale, last) }) : this.t('noPurchase')}</span>
      </p>
      ${explained
        ? html`<dl>
            <dt>${this.t('before', { run: this.runName('from') })}</dt>
            <dd>${this.explain(mover.fromExplanation, undefined)}</dd>
            <dt>${this.t('after', { run: this.runName('to') })}</dt>
            <dd>${this.explain(mover.toExplanation, mover.from)}</dd>
          </dl>`
        : nothing}
      ${sent ? html`<p class="sent" role="status">${this.t('overrideSent', { grade: this.gradeLabel(sent.grade), reason: sent.reason })}</p>` : this.#renderOverride(m, mover)}
    </li>`;
  }

  #renderOverride(m: MigrationInput, mover: MigrationMover) {
    const run = this.toRun;
    if (!run || run.id !== m.to || !canWrite(this.resolvedViewer, gradeRule, this.#moverContext(mover))) return nothing;
    const id = mover.customerId;
    if (this.overriding !== id) {
      return html`<button type="button" class="link" @click=${() => ((this.overriding = id), (this.overrideProblem = undefined))}>${this.t('override')}</button>`;
    }
    const problemId = `override-problem-${id}`;
    return html`<form part="override" class="override" @submit=${(e: SubmitEvent) => this.#submitOverride(e, m, mover)}>
      <label>${this.t('overrideGrade')}
        <select name="grade">
          ${m.grades.filter((g) => g !== mover.to).map((g) => html`<option value=${g}>${this.gradeLabel(g)}</option>`)}
        </select>
      </label>
      <label>${this.t('overrideReason')}
        <textarea name="reason" rows="2" aria-required="true" aria-invalid=${this.overrideProblem ? 'true' : 'false'}
          aria-describedby=${this.overrideProblem ? problemId : nothing}></textarea>
      </label>
      ${this.overrideProblem ? html`<p id=${problemId} class="problem" role="alert">${this.t(this.overrideProblem)}</p>` : nothing}
      <div class="actions">
        <button type="submit">${this.t('overrideSubmit')}</button>
        <button type="button" @click=${() => (this.overriding = undefined)}>${this.t('overrideCancel')}</button>
      </div>
    </form>`;
  }

  #submitOverride(event: SubmitEvent, m: MigrationInput, mover: MigrationMover): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const grade = (form.elements.namedItem('grade') as HTMLSelectElement).value;
    const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
    if (grade === mover.to) return void (this.overrideProblem = 'overrideSameGrade');
    if (reason === '') {
      this.overrideProblem = 'overrideNeedsReason';
      void this.updateComplete.then(() => form.querySelector('textarea')?.focus());
      return;
    }
    const detail = { runId: m.to, customerId: mover.customerId, grade, reason, by: this.resolvedViewer.userId };
    if (!emit(this, new DossierGradeOverrideEvent(detail))) return;
    this.sent = { ...this.sent, [mover.customerId]: { grade, reason } };
    this.overriding = undefined;
    this.overrideProblem = undefined;
  }

  /** The customer's name as given, else its id (the page gave no name to show). */
  #customerName(id: string): string {
    return Object.hasOwn(this.names, id) ? this.names[id]! : id;
  }

  /** An explanation naming the customer by name (or "this customer") and people by name; lost said in words. */
  private explain(explanation: GradeExplanation, previousGrade: string | undefined): string {
    const id = explanation.customerId;
    return explainGrade(explanation, this.resolvedLocale, {
      name: Object.hasOwn(this.names, id) ? this.names[id]! : null,
      personName: (person) => this.personName(person),
      previousGrade,
    });
  }

  /** The last purchase in the later run's window, else in the earlier one's (a lost customer's). */
  #lastPurchase(id: string): string | undefined {
    const of = (run: GradingRun | undefined) => (run ? lastPurchases(run).get(id) : undefined);
    return of(this.toRun) ?? of(this.fromRun);
  }

  #moverContext(x: MigrationMover): { ownerId: string | undefined } {
    return { ownerId: Object.hasOwn(this.owners, x.customerId) ? this.owners[x.customerId] : undefined };
  }

  /** The movers the viewer may see listed (being listed in a cell tells a customer's two grades). */
  #listed(movers: readonly MigrationMover[]): Listed[] {
    return movers
      .filter((x) => mayRead(this.resolvedViewer, gradeRule, this.#moverContext(x)))
      .map((mover) => ({
        mover,
        direction: moveDirection(mover.from, mover.to),
        lost: moverLost(mover),
        explained: mayRead(this.resolvedViewer, explanationRule, this.#moverContext(mover)),
      }));
  }

  /**
   * The movers of a cell as CSV rows (header first), as the export writes them: only what the
   * viewer may read, names and people by name, explanations in words.
   */
  moversCsv(from: string, to: string): string {
    const m = this.data;
    if (!m) return writeCsv([]);
    const locale = this.resolvedLocale;
    const rows: string[][] = [
      (['col.customer', 'col.from', 'col.to', 'col.move', 'col.owner', 'col.lastPurchase', 'col.before', 'col.after'] as const).map((k) => this.t(k)),
    ];
    for (const x of this.#listed(m.movers.filter((v) => v.from === from && v.to === to))) {
      const id = x.mover.customerId;
      const last = this.#lastPurchase(id);
      rows.push([
        this.#customerName(id),
        this.gradeLabel(x.mover.from),
        this.gradeLabel(x.mover.to),
        [this.t(x.direction === 'stay' ? 'changed' : x.direction), ...(x.lost ? [this.t('lost')] : [])].join(locale === 'zh-CN' ? '、' : ', '),
        Object.hasOwn(this.owners, id) ? this.personName(this.owners[id]) : '',
        last ? formatDate(locale, last) : '',
        x.explained ? this.explain(x.mover.fromExplanation, undefined) : '',
        x.explained ? this.explain(x.mover.toExplanation, x.mover.from) : '',
      ]);
    }
    return writeCsv(rows);
  }

  /** The export's file name: in Chinese in zh-CN, with the grades and the later run's date. */
  exportFileName(from: string, to: string): string {
    const date = this.toRun && this.toRun.id === this.data?.to ? this.toRun.asOf : '';
    // ABC grades by letter (A类 in Chinese), RFM segments by their label without spaces
    const grade = (g: string) =>
      (abcGrades as readonly string[]).includes(g) ? (this.resolvedLocale === 'zh-CN' ? `${g}类` : g) : this.gradeLabel(g).replace(/\s+/g, '-');
    return this.t('fileName', { from: grade(from), to: grade(to), date }).replace(/[\\/:*?"<>|]+/g, '-').replace(/[-_]+\.csv$/, '.csv');
  }

  private download(from: string, to: string): void {
    downloadFile(this.moversCsv(from, to), this.exportFileName(from, to), 'text/csv;charset=utf-8');
  }

  #choose(cell: GridCell): void {
    const m = this.data;
    if (!m) return;
    const from = m.grades[cell.row]!;
    const to = m.grades[cell.column]!;
    this.focusCell = cell;
    // the event names only the movers the viewer sees listed
    const customerIds = from === to ? [] : this.#listed(m.movers.filter((x) => x.from === from && x.to === to)).map((x) => x.mover.customerId);
    const accepted = emit(this, new DossierMigrationSelectEvent({ from, to, count: this.count(from, to), customerIds }));
    this.selected = accepted ? cell : undefined;
    this.overriding = undefined;
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const n = this.data?.grades.length ?? 0;
    if ((event.target as HTMLElement).tagName !== 'TD') return;
    if (event.key === 'Escape' && this.selected) {
      this.selected = undefined;
      return;
    }
    gridKeydown(this, event, { cell: this.focusCell, size: n, choose: (cell) => this.#choose(cell), move: (cell) => (this.focusCell = cell) });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-grade-migration': DossierGradeMigration;
  }
  interface GlobalEventHandlersEventMap {
    'dossier-migration-select': DossierMigrationSelectEvent;
    'dossier-grade-override': DossierGradeOverrideEvent;
    'dossier-grading-review': DossierGradingReviewEvent;
  }
}
