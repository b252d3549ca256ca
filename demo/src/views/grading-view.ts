import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { advanceGradingRun, migrationMatrix, overrideGrades, type GradingRun, type Locale, type Migration } from '@dossier/core';
import type { DossierGradeOverrideEvent, DossierGradingReviewEvent, DossierSelectEvent } from '@dossier/components';
import { DemoView } from './demo-view.js';
import { viewStyles } from '../styles.js';
import { runYearlyGrading, type GradingProgress } from '../grading.js';
import { displayName, listAll } from '../data.js';

/**
 * The yearly grading: a button that runs it with a progress bar, the list of runs, and the
 * migration matrix between two runs (who moved grade, and each mover's two explanations).
 *
 * @fires demo-runs-changed - A run was added.
 */
@customElement('demo-grading-view')
export class DemoGradingView extends DemoView {
  static override styles = [
    viewStyles,
    css`
      .bar {
        display: grid;
        gap: 0.5rem;
        margin-top: 0.75rem;
      }
    `,
  ];

  @property({ attribute: false }) runs: GradingRun[] = [];
  @property() asOf = '';
  /** People's names by user id (who ran a grading). */
  @property({ attribute: false }) people: Readonly<Record<string, string>> = {};

  @state() private progress?: GradingProgress;
  @state() private done?: string;
  @state() private failure?: string;
  @state() private fromId?: string;
  @state() private toId?: string;
  @state() private names: Record<string, string> = {};
  /** Customer id → its salesperson, so that a rep reads the explanations of their own customers. */
  @state() private owners: Record<string, string> = {};

  private namesLocale?: Locale;
  private migrationCache?: { from: GradingRun; to: GradingRun; migration: Migration };

  protected override willUpdate(): void {
    if (this.store && this.namesLocale !== this.locale) {
      this.namesLocale = this.locale;
      void this.loadNames();
    }
  }

  private async loadNames(): Promise<void> {
    const locale = this.locale;
    const customers = await listAll(this.store!, 'customer');
    this.names = Object.fromEntries(customers.map((r) => [r.id, displayName(r.value, locale)]));
    this.owners = Object.fromEntries(customers.flatMap((r) => (r.value.salespersonId ? [[r.id, r.value.salespersonId]] : [])));
  }

  private async run(): Promise<void> {
    if (!this.store || this.progress) return;
    this.failure = undefined;
    this.done = undefined;
    this.dataset['grading'] = 'running';
    this.dataset['steps'] = '';
    try {
      const run = await runYearlyGrading(this.store, {
        asOf: this.asOf,
        by: this.viewer?.userId ?? 'unknown',
        onProgress: (p) => {
          this.progress = p;
          // The steps the progress bar went through, for whoever checks (the end-to-end test).
          const steps = new Set((this.dataset['steps'] ?? '').split(' ').filter(Boolean)).add(p.step);
          this.dataset['steps'] = [...steps].join(' ');
        },
      });
      this.done = this.m('grading.done', { id: this.runLabel(run), customers: this.count(run.customers.length) });
      this.fromId = undefined;
      this.toId = undefined;
      this.dispatchEvent(new CustomEvent('demo-runs-changed', { bubbles: true, composed: true }));
      this.dataset['grading'] = 'done';
    } catch (error) {
      console.error(error);
      this.failure = error instanceof Error ? error.message : String(error);
      this.dataset['grading'] = 'error';
    } finally {
      this.progress = undefined;
    }
  }

  /** The two runs compared: the ones chosen, else the last two. */
  private pair(): { from: GradingRun; to: GradingRun } | undefined {
    const runs = this.runs;
    if (runs.length < 2) return undefined;
    return { to: runs.find((r) => r.id === this.toId) ?? runs[runs.length - 1]!, from: runs.find((r) => r.id === this.fromId) ?? runs[runs.length - 2]! };
  }

  /**
   * Stores a run the migration changed: an override (a new proposed run, reviewed again, as
   * `dossier grade --overrides` makes it) or a review step of the later run.
   */
  private async saveRun(run: GradingRun): Promise<void> {
    if (!this.store) return;
    try {
      await this.store.put('grading-run', run, { viewer: this.viewer });
      if (run.id !== this.toId) this.toId = run.id;
      this.dispatchEvent(new CustomEvent('demo-runs-changed', { bubbles: true, composed: true }));
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  private migration(): Migration | undefined {
    const pair = this.pair();
    if (!pair) return undefined;
    const { from, to } = pair;
    const cache = this.migrationCache;
    if (cache && cache.from === from && cache.to === to) return cache.migration;
    const migration = migrationMatrix(from, to);
    this.migrationCache = { from, to, migration };
    return migration;
  }

  private renderProgress() {
    const p = this.progress;
    if (!p) return nothing;
    const label = p.step === 'customers' ? this.m('grading.step.customers', { done: p.done, total: p.total }) : this.m(`grading.step.${p.step}`);
    return html`<div class="bar">
      <progress id="grading-progress" max="1" .value=${p.share} aria-label=${this.m('grading.running')}></progress>
      <span role="status">${label}</span>
    </div>`;
  }

  private date(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  }

  private count(n: number): string {
    return new Intl.NumberFormat(this.locale).format(n);
  }

  /** A run as people name it: by its as-of date (its id is a key, not a name). */
  private runLabel(run: GradingRun): string {
    return this.m('grading.runLabel', { asOf: this.date(run.asOf) });
  }

  /** Who ran a grading, by name: a person of the directory, the seeding, or an import. */
  private person(id: string): string {
    if (id === 'system') return this.m('people.system');
    if (id === 'import') return this.m('people.import');
    return this.people[id] ?? id;
  }

  protected override render() {
    const migration = this.migration();
    const runs = this.runs;
    const select = (which: 'from' | 'to', current: string | undefined) =>
      html`<label
        >${this.m(which === 'from' ? 'grading.from' : 'grading.to')}
        <select
          id=${`migration-${which}`}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            if (which === 'from') this.fromId = value;
            else this.toId = value;
          }}
        >
          ${runs.map((r) => html`<option value=${r.id} ?selected=${r.id === current}>${this.runLabel(r)}</option>`)}
        </select></label
      >`;
    return html`
      <section class="panel" aria-labelledby="grading-title">
        <h2 id="grading-title">${this.m('grading.title')}</h2>
        <p class="muted">${this.m('grading.explain')}</p>
        <button id="run-grading" ?disabled=${this.progress !== undefined} @click=${() => void this.run()}>${this.m('grading.run', { asOf: this.date(this.asOf) })}</button>
        ${this.renderProgress()} ${this.done ? html`<p class="notice" role="status" id="grading-done">${this.done}</p>` : nothing}
        ${this.failure ? html`<p class="error" role="alert">${this.m('error', { message: this.failure })}</p>` : nothing}
      </section>
      <section class="panel" aria-labelledby="runs-title">
        <h3 id="runs-title">${this.m('grading.runs')}</h3>
        <table>
          <thead>
            <tr>
              <th>${this.m('grading.asOf')}</th>
              <th class="number">${this.m('grading.customers')}</th>
              <th>${this.m('grading.ranBy')}</th>
            </tr>
          </thead>
          <tbody>
            ${[...runs].reverse().map(
              (r) => html`<tr data-run=${r.id}>
                <td class="nowrap">${this.date(r.asOf)}</td>
                <td class="number">${this.count(r.customers.length)}</td>
                <td>${this.person(r.ranBy)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <section class="panel" aria-labelledby="migration-title">
        <h3 id="migration-title">${this.m('grading.migration')}</h3>
        ${migration
          ? html`<div class="row">${select('from', migration.from)} ${select('to', migration.to)}</div>
              <p class="muted" id="movers-count">${this.m('grading.movers', { count: migration.movers.length })}</p>
              <dossier-grade-migration
                .fromRun=${this.pair()?.from}
                .toRun=${this.pair()?.to}
                .names=${this.names}
                .owners=${this.owners}
                ?reviewer=${this.viewer?.role.id === 'sales-manager'}
                @dossier-select=${(e: DossierSelectEvent) => (location.hash = `#/customers/${encodeURIComponent(e.detail.customerId)}`)}
                @dossier-grade-override=${(e: DossierGradeOverrideEvent) => void this.saveRun(overrideGrades(this.pair()!.to, [e.detail], { id: `run-${Date.now()}`, ranBy: e.detail.by, ranAt: new Date().toISOString() }))}
                @dossier-grading-review=${(e: DossierGradingReviewEvent) => void this.saveRun(advanceGradingRun(this.pair()!.to, e.detail.to, { by: e.detail.by, at: new Date().toISOString() }))}
              ></dossier-grade-migration>`
          : html`<p class="muted">${this.m('grading.needTwo')}</p>`}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-grading-view': DemoGradingView;
  }
}
