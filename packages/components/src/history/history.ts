import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  canWrite,
  fieldAccess,
  findField,
  interactionKindLabels,
  labelIn,
  maskValue,
  recordFields,
  vocabularyLabel,
  type FieldEntry,
  type Interaction,
} from '@dossier/core';
import type { FieldChange, RecordRevision, Store } from '@dossier/storage-adapters';
import { DossierPeopleElement } from '../shared/people-element.js';
import { LocalizeController } from '../shared/localize.js';
import { fieldRuleOf } from '../shared/projection.js';
import { StoreLoader } from '../shared/store-controller.js';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../shared/format.js';
import { base } from '../shared/base.styles.js';
import { panel } from '../shared/panel.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './history.styles.js';
import { messages, type HistoryMessage } from './messages.js';
import { leafChanges } from './changes.js';
import { createdSections, isCreation } from './created.js';
import { errorMessage } from '../shared/error-message.js';
import { StoreMutation } from '../shared/store-mutation.js';
import { backTo, restorablePaths, restoredRecord, sameAt } from './restore.js';

/** The record kinds whose history the element can label (core's field catalogues). */
export type HistoryKind = keyof typeof recordFields;

/** A revision as the store's `history` returns it. */
export type HistoryRevision = RecordRevision<unknown>;

interface Loaded {
  revisions: HistoryRevision[];
  interactions: Interaction[];
}

/** A restore asked for: a whole revision, or one field to its value before a revision. */
interface RestoreAsk {
  readonly rev: number;
  /** The field (history path); absent: the whole revision. */
  readonly path?: readonly string[] | undefined;
}

/** What a restore did: which revision it wrote, from which, how many fields. */
interface RestoreDone {
  readonly from: number;
  readonly rev: number;
  readonly fields: number;
}

/** Who sees the records and what they may do: the context of every field decision. */
interface Ctx {
  readonly ownerId?: string | undefined;
  /** The revisions oldest first (values as the viewer may read them). */
  readonly ordered: readonly HistoryRevision[];
  /** The record as it is now, when the viewer may restore (history loaded from the store, record not removed). */
  readonly current?: HistoryRevision | undefined;
}

/**
 * @tagname dossier-history
 * @summary The history of a record: every revision field by field (who, when, old → new), and
 * for a customer the interaction timeline (企业投入记录). Nothing is overwritten without trace,
 * and this is where the trace is read.
 *
 * Fields are labelled from core's field catalogue, in the locale. A value the viewer may not
 * read is masked or absent (a field unknown to the catalogue counts as secret). Authors and staff
 * are named through the people directory (`people` or the provider's).
 *
 * Loaded from the store (`record-id`), each change offers "restore the old value" and each earlier
 * revision "restore this revision", after a confirmation: written through the store on the
 * viewer's rights and as the viewer (`StoreMutation`), based on the current revision (someone
 * saving in between is a conflict, nothing is written) — so a privacy store checks and audits
 * the write like any edit. Only fields the viewer may read and write are offered or restored;
 * the rest keep their current values. A change that went back to an earlier value says so
 * ("back to the value of revision 2").
 *
 * @csspart base - The wrapper.
 * @csspart revisions - The list of revisions, newest first.
 * @csspart revision - One revision.
 * @csspart revision-header - Revision number, operation, author and time.
 * @csspart changes - The field changes of a revision.
 * @csspart change - One field change.
 * @csspart field - The label of a changed field.
 * @csspart old - The value before.
 * @csspart new - The value after.
 * @csspart timeline - The interaction timeline, newest first.
 * @csspart interaction - One interaction.
 * @csspart status - Empty, loading and error messages.
 * @csspart restore - A "restore" button (of a change or a revision).
 * @csspart confirm - The confirmation of a restore.
 * @csspart restored - What the last restore did, or why it failed.
 * @csspart created - The filled fields of a new record, by information level (the first few, then "show all N fields").
 * @csspart show-all - The button that shows all fields of a new record, or fewer.
 *
 * @cssstate loading - The history is being loaded from the store.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-history record-kind="customer" record-id="C-0001"></dossier-history>
 */
export class DossierHistory extends DossierPeopleElement {
  static override styles = [tokens, base, panel, styles];

  static override properties: PropertyDeclarations = {
    recordKind: { attribute: 'record-kind' },
    recordId: { attribute: 'record-id' },
    revisions: { attribute: false },
    interactions: { attribute: false },
    show: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    store: { attribute: false },
    asked: { state: true, attribute: false },
    done: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
  };

  /** Kind of the record (`customer`, `contact`, `interaction` …). */
  recordKind: HistoryKind = 'customer';

  /** Id of the record to load from the store when `revisions` is not given. */
  recordId?: string;

  /** The revisions (the store's `history`, oldest first). Wins over `record-id`. */
  revisions?: readonly HistoryRevision[];

  /** The customer's interactions for the timeline. */
  interactions?: readonly Interaction[];

  /** What to show: `all`, `revisions` or `timeline`. */
  show: 'all' | 'revisions' | 'timeline' = 'all';

  /** Level of the section headings (1–6). */
  headingLevel = 3;


  /** The store to load `record-id` from; unset: the provider's. */
  store?: Store;


  private readonly loader = new StoreLoader<Store, Loaded | undefined>(this, {
    kinds: ['customer', 'contact', 'interaction', 'opportunity', 'transaction', 'competitor-note'],
    deps: () => [this.revisions ? undefined : this.recordKind, this.revisions ? undefined : this.recordId, this.interactions !== undefined, this.resolvedViewer],
    load: async (store) => {
      const id = this.revisions ? undefined : this.recordId;
      if (!id) return undefined;
      const kind = this.recordKind;
      // Reads name the viewer: a store that enforces confidentiality redacts old values too.
      const viewer = this.resolvedViewer;
      const [revisions, interactions] = await Promise.all([
        store.history(kind, id, { viewer }) as Promise<HistoryRevision[]>,
        kind === 'customer' && this.interactions === undefined
          ? store.list('interaction', { customerId: id, limit: 1000, viewer }).then((page) => page.items.map((r) => r.value as unknown as Interaction))
          : Promise.resolve([] as Interaction[]),
      ]);
      return { revisions, interactions };
    },
  });


  private readonly t = new LocalizeController<HistoryMessage>(this, messages).t;

  private readonly write = new StoreMutation(this);

  /** The restore waiting for confirmation, and the outcome of the last one. */
  private asked: RestoreAsk | undefined;
  private done: RestoreDone | undefined;
  /** First revisions whose every field is shown (not only the first few). */
  private expanded: ReadonlySet<number> = new Set();

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.setState('loading', !this.revisions && this.loader.status === 'loading');
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const loaded = this.loader.value;
    const revisions = this.revisions ?? loaded?.revisions;
    const interactions = this.interactions ?? loaded?.interactions ?? [];
    let status: TemplateResult | undefined;
    if (!this.revisions && this.recordId) {
      if (this.loader.status === 'error') {
        status = html`<p part="status" class="error" role="alert">${this.t('error', { message: errorMessage(this.loader.error, locale) })}</p>`;
      } else if (!loaded) {
        status = html`<p part="status" role="status">${this.t('loading')}</p>`;
      }
    }
    // The owner decides what a sales rep may see: taken from the latest revision of a customer.
    const ordered = [...(revisions ?? [])].sort((a, b) => a.rev - b.rev);
    const head = ordered[ordered.length - 1];
    const latest = head?.value as { salespersonId?: string; customerId?: string } | undefined;
    // Restores go through the store: only for a history loaded from it, of a record not removed.
    const restorable = !this.revisions && this.recordId && head && !head.deleted && this.write.store && this.resolvedViewer.role.write.length > 0;
    const context: Ctx = { ownerId: latest?.salespersonId, ordered, current: restorable ? head : undefined };
    return html`<div part="base" lang=${locale}>
      ${status ?? nothing}
      ${this.show !== 'timeline' && !status ? this.#renderRevisions(revisions ?? [], context) : nothing}
      ${this.show !== 'revisions' && !status && (this.recordKind === 'customer' || this.interactions) ? this.#renderTimeline(interactions, context) : nothing}
    </div>`;
  }

  #heading(id: string, key: HistoryMessage) {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<div class="heading" id=${id} role="heading" aria-level=${level}>${this.t(key)}</div>`;
  }

  #renderRevisions(revisions: readonly HistoryRevision[], context: Ctx) {
    const catalog = recordFields[this.recordKind] ?? [];
    const newestFirst = [...revisions].sort((a, b) => b.rev - a.rev);
    return html`<section aria-labelledby="revisions-heading">
      ${this.#heading('revisions-heading', 'revisions')}
      ${this.#renderOutcome()}
      ${newestFirst.length === 0
        ? html`<p class="muted">${this.t('noRevisions')}</p>`
        : html`<ol part="revisions">
            ${newestFirst.map((revision) => this.#renderRevision(revision, catalog, context))}
          </ol>`}
    </section>`;
  }

  #renderRevision(revision: HistoryRevision, catalog: readonly FieldEntry[], context: Ctx) {
    const locale = this.resolvedLocale;
    const op = revision.op === 'put' && revision.rev === 1 ? 'op.created' : (`op.${revision.op}` as HistoryMessage);
    const changes = leafChanges(revision.changes ?? []).filter((c) => !ignoredPaths.has(c.path.join('.')));
    const current = context.current;
    const restoreCount =
      current && revision.rev !== current.rev && !revision.deleted
        ? restorablePaths(current.value, revision.value, (path) => this.#mayRestore(path, revision.value, context)).length
        : 0;
    const asked = this.asked?.rev === revision.rev && !this.asked.path;
    return html`<li part="revision">
      <div part="revision-header">
        <span class="op">${this.t(op)}</span> · <span>${this.t('revision', { rev: revision.rev })}</span> · <span>${this.t('by', { by: this.personName(revision.by) })}</span> ·
        <time datetime=${revision.at}>${formatDateTime(locale, revision.at)}</time>
        ${restoreCount > 0 && !asked
          ? html`<button type="button" part="restore" class="restore" aria-label=${this.t('restoreRevisionLabel', { rev: revision.rev })}
              @click=${() => this.#ask({ rev: revision.rev })}>${this.t('restoreRevision')}</button>`
          : nothing}
      </div>
      ${asked ? this.#renderConfirm(this.t('confirmRevision', { rev: revision.rev, count: formatNumber(locale, restoreCount) })) : nothing}
      ${changes.length === 0
        ? html`<p class="muted">${this.t('noChanges')}</p>`
        : isCreation(revision)
          ? this.#renderCreated(changes, catalog, revision, context)
          : html`<ul part="changes">
              ${changes.map((change) => this.#renderChange(change, catalog, revision, context))}
            </ul>`}
    </li>`;
  }

  /**
   * A new record: its filled fields by core's catalogue sections, in catalogue order, the first
   * few shown and the rest behind "show all N fields".
   */
  #renderCreated(changes: readonly FieldChange[], catalog: readonly FieldEntry[], revision: HistoryRevision, context: Ctx) {
    const locale = this.resolvedLocale;
    const sections = createdSections(this.recordKind, locale, catalog, changes, this.t('unknownField'));
    const total = sections.reduce((n, s) => n + s.fields.length, 0);
    const open = this.expanded.has(revision.rev) || total <= FIRST_FIELDS + 1;
    let room = open ? total : FIRST_FIELDS;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3) + 1);
    const id = (n: number) => `created-${revision.rev}-${n}`;
    return html`<div part="created" class="created">
      ${sections.map((section) => {
        const shown = section.fields.slice(0, Math.max(0, room));
        room -= shown.length;
        return shown.length === 0
          ? nothing
          : html`<div class="section-title" id=${id(section.level)} role="heading" aria-level=${level}>${section.title}</div>
              <ul part="changes" aria-labelledby=${id(section.level)}>
                ${shown.map((field) => this.#renderChange(field.change, catalog, revision, context, field.label))}
              </ul>`;
      })}
      ${total > FIRST_FIELDS + 1
        ? html`<button type="button" part="show-all" class="show-all" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.#toggle(revision.rev)}>
            ${open ? this.t('showFewer') : this.t('showAll', { count: formatNumber(locale, total) })}
          </button>`
        : nothing}
    </div>`;
  }

  #toggle(rev: number): void {
    const next = new Set(this.expanded);
    if (!next.delete(rev)) next.add(rev);
    this.expanded = next;
  }

  /** Whether the viewer may restore a field: read it (not masked) and write it. */
  #mayRestore(path: string, record: unknown, context: Ctx): boolean {
    const rule = fieldRuleOf(this.recordKind, record, path);
    return fieldAccess(this.resolvedViewer, rule, context) === 'read' && canWrite(this.resolvedViewer, rule, context);
  }

  #renderConfirm(question: string) {
    const busy = this.write.pending;
    return html`<div part="confirm" class="confirm" role="group" aria-label=${question}>
      <p>${question}</p>
      <p class="muted">${this.t('confirmNote')}</p>
      <button type="button" class="primary" ?disabled=${busy} @click=${() => void this.restore()}>${this.t('confirmRestore')}</button>
      <button type="button" ?disabled=${busy} @click=${() => (this.asked = undefined)}>${this.t('cancel')}</button>
    </div>`;
  }

  #renderOutcome() {
    const status = this.write.status;
    if (status === 'conflict') return html`<p part="restored" class="error" role="alert">${this.t('restoreConflict')}</p>`;
    if (status === 'error') return html`<p part="restored" class="error" role="alert">${this.t('restoreError', { message: this.write.errorMessage ?? '' })}</p>`;
    if (status === 'success' && this.done) {
      return html`<p part="restored" role="status">${this.t('restoredTo', { from: this.done.from, rev: this.done.rev, count: formatNumber(this.resolvedLocale, this.done.fields) })}</p>`;
    }
    return nothing;
  }

  #ask(ask: RestoreAsk): void {
    this.write.reset();
    this.done = undefined;
    this.asked = ask;
  }

  /** Writes the asked restore through the store, based on the current revision. */
  private async restore(): Promise<void> {
    const ask = this.asked;
    const ordered = [...(this.loader.value?.revisions ?? [])].sort((a, b) => a.rev - b.rev);
    const current = ordered[ordered.length - 1];
    if (!ask || !current) return;
    const index = ordered.findIndex((r) => r.rev === ask.rev);
    const revision = ordered[index];
    if (!revision) return;
    const context: Ctx = { ownerId: (current.value as { salespersonId?: string }).salespersonId, ordered, current };
    // one field: to its value before that revision; a revision: every field the viewer may restore
    const target = ask.path ? ordered[index - 1]?.value : revision.value;
    const paths = ask.path
      ? this.#mayRestore(ask.path.join('.'), revision.value, context) ? [ask.path] : []
      : restorablePaths(current.value, revision.value, (path) => this.#mayRestore(path, revision.value, context));
    if (paths.length === 0) return;
    const outcome = await this.write.put(this.recordKind as never, restoredRecord(current.value, target, paths), { baseRev: current.rev });
    this.asked = undefined;
    if (outcome.status === 'success') {
      this.done = { from: ask.path ? ask.rev - 1 : ask.rev, rev: outcome.records[0]?.rev ?? current.rev + 1, fields: paths.length };
    }
  }

  #renderChange(change: FieldChange, catalog: readonly FieldEntry[], revision: HistoryRevision, context: Ctx, named?: string) {
    const record = revision.value;
    const locale = this.resolvedLocale;
    // Elements of lists of groups come as `addresses.0.city`: the catalogue names `addresses[].city`.
    const entry = findField(catalog, change.path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)));
    const path = change.path.join('.');
    // A field the catalogue does not know is never shown by its key.
    const label = named ?? (entry ? entry.label[locale] : this.t('unknownField'));
    // The one rule every element masks by, for this revision's own kind of record (a company's
    // name is public, a person's confidential); a field no rule covers counts as secret.
    const rule = fieldRuleOf(this.recordKind, record, path);
    const access = fieldAccess(this.resolvedViewer, rule, context);
    const show = (value: unknown) => {
      if (access === 'hidden') return html`<span class="restricted">${this.t('restricted')}</span>`;
      if (access === 'masked') {
        return typeof value === 'string' && rule.mask
          ? html`${maskValue(rule.mask, value)}<span class="visually-hidden">${this.t('masked')}</span>`
          : html`<span class="restricted">${this.t('restricted')}</span>`;
      }
      return this.#formatValue(value, entry);
    };
    const hasBefore = 'before' in change;
    const hasAfter = 'after' in change;
    const index = context.ordered.indexOf(revision);
    const previous = context.ordered[index - 1];
    const current = context.current;
    // the old value can be restored when the viewer may, and the field does not hold it already
    const restorable =
      access === 'read' && current && previous && this.#mayRestore(path, record, context) && !sameAt(current.value, previous.value, change.path);
    const back = access === 'read' ? backTo(context.ordered, index, change.path) : undefined;
    const asked = this.asked?.rev === revision.rev && this.asked.path?.join('.') === path;
    return html`<li part="change">
      <span part="field">${label}</span>${this.t('colon')}${hasBefore && hasAfter
        ? html`<span class="visually-hidden">${this.t('from')} </span><del part="old">${show(change.before)}</del> <span aria-hidden="true">→</span>
            <span class="visually-hidden">${this.t('to')}</span> <ins part="new">${show(change.after)}</ins>`
        : hasAfter
          ? html`<span class="visually-hidden">${this.t('added')} </span><ins part="new">${show(change.after)}</ins>`
          : html`<span class="visually-hidden">${this.t('removed')} </span><del part="old">${show(change.before)}</del> <span aria-hidden="true">→</span>
              ${this.t('empty')}`}
      ${back !== undefined ? html`<span class="back">${this.t('backTo', { rev: back })}</span>` : nothing}
      ${restorable && !asked
        ? html`<button type="button" part="restore" class="restore" aria-label=${this.t('restoreValueLabel', { field: label, value: this.#formatValue(change.before, entry) })}
            @click=${() => this.#ask({ rev: revision.rev, path: change.path })}>${this.t('restoreValue')}</button>`
        : nothing}
      ${asked ? this.#renderConfirm(this.t('confirmValue', { field: label, value: this.#formatValue(change.before, entry) })) : nothing}
    </li>`;
  }

  #formatValue(value: unknown, entry: FieldEntry | undefined): string {
    const locale = this.resolvedLocale;
    if (value === undefined || value === null || value === '') return this.t('empty');
    // owners, staff and collectors are people: by name, never by id
    if (typeof value === 'string' && entry && personFields.has(entry.path.split('.').pop()!)) return this.personName(value);
    if (Array.isArray(value)) return value.length === 0 ? this.t('empty') : value.map((v) => this.#formatValue(v, entry)).join(locale === 'zh-CN' ? '、' : ', ');
    if (typeof value === 'boolean') return this.t(value ? 'yes' : 'no');
    if (entry?.vocabulary && (typeof value === 'string' || typeof value === 'number')) {
      return vocabularyLabel(locale, entry.vocabulary, value as never);
    }
    if (entry?.choices && typeof value === 'string') {
      const choice = (entry.choices as Record<string, Record<string, string>>)[value];
      if (choice?.[locale]) return choice[locale];
    }
    if (typeof value === 'number') return entry?.kind === 'money' ? formatMoney(locale, value) : formatNumber(locale, value);
    if (typeof value === 'string') {
      if (entry?.kind === 'date') return formatDate(locale, value);
      if (entry?.kind === 'instant') return formatDateTime(locale, value);
      return value;
    }
    return JSON.stringify(value);
  }

  #renderTimeline(interactions: readonly Interaction[], context: Ctx) {
    const locale = this.resolvedLocale;
    const viewer = this.resolvedViewer;
    const catalog = recordFields.interaction;
    const may = (path: string) => {
      const entry = findField(catalog, path);
      return entry ? fieldAccess(viewer, { path, sensitivity: entry.sensitivity, level: entry.level }, context) === 'read' : false;
    };
    const sorted = [...interactions]
      .map((i) => ({ i, at: i.at instanceof Date ? i.at.toISOString() : String(i.at) }))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    return html`<section aria-labelledby="timeline-heading">
      ${this.#heading('timeline-heading', 'timeline')}
      ${sorted.length === 0
        ? html`<p class="muted">${this.t('noInteractions')}</p>`
        : !may('kind') || !may('at')
          ? html`<p class="restricted">${this.t('restricted')}</p>`
          : html`<ol part="timeline">
              ${sorted.map(
                ({ i, at }) => html`<li part="interaction">
                  <div class="when"><time datetime=${at}>${formatDateTime(locale, at)}</time></div>
                  <div>
                    <span class="op">${labelIn(interactionKindLabels, locale, i.kind)}</span>${i.subject && may('subject') ? html` · ${i.subject}` : nothing}
                  </div>
                  <div class="muted">
                    ${[
                      i.place && may('place') ? this.t('place', { place: i.place }) : undefined,
                      i.by && may('by') ? this.t('staff', { by: this.personName(i.by) }) : undefined,
                      i.cost !== undefined && may('cost') ? this.t('cost', { cost: formatMoney(locale, i.cost) }) : undefined,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                  ${i.notes && may('notes') ? html`<p class="notes">${i.notes}</p>` : nothing}
                </li>`,
              )}
            </ol>`}
    </section>`;
  }
}

/** Fields whose value is a person's id (shown by name through the people directory). */
const personFields = new Set(['salespersonId', 'ownerId', 'by', 'collectedBy']);

/** How many fields of a new record show before "show all N fields". */
const FIRST_FIELDS = 8;

/** Bookkeeping fields that change on every write and say nothing to a person. */
const ignoredPaths = new Set(['updatedAt', 'schemaVersion']);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-history': DossierHistory;
  }
}
