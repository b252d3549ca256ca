import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  fieldAccess,
  findField,
  maskValue,
  recordFields,
  vocabularyLabel,
  type FieldEntry,
  type Interaction,
} from '@dossier/core';
import type { FieldChange, RecordRevision, Store } from '@dossier/storage-adapters';
import { DossierElement } from '../shared/dossier-element.js';
import { LocalizeController } from '../shared/localize.js';
import { fieldRuleOf } from '../shared/projection.js';
import { StoreLoader } from '../shared/store-controller.js';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../shared/format.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './history.styles.js';
import { messages, type HistoryMessage } from './messages.js';
import { leafChanges } from './changes.js';
import { errorMessage } from '../shared/error-message.js';

/** The record kinds whose history the element can label (core's field catalogues). */
export type HistoryKind = keyof typeof recordFields;

/** A revision as the store's `history` returns it. */
export type HistoryRevision = RecordRevision<unknown>;

interface Loaded {
  revisions: HistoryRevision[];
  interactions: Interaction[];
}

/**
 * @tagname dossier-history
 * @summary The history of a record: every revision field by field (who, when, old → new), and
 * for a customer the interaction timeline (企业投入记录). Nothing is overwritten without trace,
 * and this is where the trace is read.
 *
 * Fields are labelled from core's field catalogue, in the locale. A value the viewer may not
 * read is masked or absent (a field unknown to the catalogue counts as secret).
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
 *
 * @cssstate loading - The history is being loaded from the store.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-history record-kind="customer" record-id="C-0001"></dossier-history>
 */
export class DossierHistory extends DossierElement {
  static override styles = [tokens, base, styles];

  /** Kind of the record (`customer`, `contact`, `interaction` …). */
  @property({ attribute: 'record-kind' }) recordKind: HistoryKind = 'customer';

  /** Id of the record to load from the store when `revisions` is not given. */
  @property({ attribute: 'record-id' }) recordId?: string;

  /** The revisions (the store's `history`, oldest first). Wins over `record-id`. */
  @property({ attribute: false }) revisions?: readonly HistoryRevision[];

  /** The customer's interactions for the timeline. */
  @property({ attribute: false }) interactions?: readonly Interaction[];

  /** What to show: `all`, `revisions` or `timeline`. */
  @property({ reflect: true }) show: 'all' | 'revisions' | 'timeline' = 'all';

  /** Level of the section headings (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;


  /** The store to load `record-id` from; unset: the provider's. */
  @property({ attribute: false }) store?: Store;


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
    const latest = revisions?.[revisions.length - 1]?.value as { salespersonId?: string; customerId?: string } | undefined;
    const context = { ownerId: latest?.salespersonId };
    return html`<div part="base" lang=${locale}>
      ${status ?? nothing}
      ${this.show !== 'timeline' && !status ? this.renderRevisions(revisions ?? [], context) : nothing}
      ${this.show !== 'revisions' && !status && (this.recordKind === 'customer' || this.interactions) ? this.renderTimeline(interactions, context) : nothing}
    </div>`;
  }

  private heading(id: string, key: HistoryMessage) {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<div class="heading" id=${id} role="heading" aria-level=${level}>${this.t(key)}</div>`;
  }

  private renderRevisions(revisions: readonly HistoryRevision[], context: { ownerId?: string | undefined }) {
    const catalog = recordFields[this.recordKind] ?? [];
    const newestFirst = [...revisions].sort((a, b) => b.rev - a.rev);
    return html`<section aria-labelledby="revisions-heading">
      ${this.heading('revisions-heading', 'revisions')}
      ${newestFirst.length === 0
        ? html`<p class="muted">${this.t('noRevisions')}</p>`
        : html`<ol part="revisions">
            ${newestFirst.map((revision) => this.renderRevision(revision, catalog, context))}
          </ol>`}
    </section>`;
  }

  private renderRevision(revision: HistoryRevision, catalog: readonly FieldEntry[], context: { ownerId?: string | undefined }) {
    const locale = this.resolvedLocale;
    const op = revision.op === 'put' && revision.rev === 1 ? 'op.created' : (`op.${revision.op}` as HistoryMessage);
    const changes = leafChanges(revision.changes ?? []).filter((c) => !ignoredPaths.has(c.path.join('.')));
    return html`<li part="revision">
      <div part="revision-header">
        <span class="op">${this.t(op)}</span> · <span>${this.t('revision', { rev: revision.rev })}</span> · <span>${this.t('by', { by: revision.by })}</span> ·
        <time datetime=${revision.at}>${formatDateTime(locale, revision.at)}</time>
      </div>
      ${changes.length === 0
        ? html`<p class="muted">${this.t('noChanges')}</p>`
        : html`<ul part="changes">
            ${changes.map((change) => this.renderChange(change, catalog, revision.value, context))}
          </ul>`}
    </li>`;
  }

  private renderChange(change: FieldChange, catalog: readonly FieldEntry[], record: unknown, context: { ownerId?: string | undefined }) {
    const locale = this.resolvedLocale;
    // Elements of lists of groups come as `addresses.0.city`: the catalogue names `addresses[].city`.
    const entry = findField(catalog, change.path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)));
    const path = change.path.join('.');
    // A field the catalogue does not know is never shown by its key.
    const label = entry ? entry.label[locale] : this.t('unknownField');
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
      return this.formatValue(value, entry);
    };
    const hasBefore = 'before' in change;
    const hasAfter = 'after' in change;
    return html`<li part="change">
      <span part="field">${label}</span>:
      ${hasBefore && hasAfter
        ? html`<span class="visually-hidden">${this.t('from')}</span> <del part="old">${show(change.before)}</del> <span aria-hidden="true">→</span>
            <span class="visually-hidden">${this.t('to')}</span> <ins part="new">${show(change.after)}</ins>`
        : hasAfter
          ? html`<span class="visually-hidden">${this.t('added')}</span> <ins part="new">${show(change.after)}</ins>`
          : html`<span class="visually-hidden">${this.t('removed')}</span> <del part="old">${show(change.before)}</del> <span aria-hidden="true">→</span>
              ${this.t('empty')}`}
    </li>`;
  }

  private formatValue(value: unknown, entry: FieldEntry | undefined): string {
    const locale = this.resolvedLocale;
    if (value === undefined || value === null || value === '') return this.t('empty');
    if (Array.isArray(value)) return value.length === 0 ? this.t('empty') : value.map((v) => this.formatValue(v, entry)).join(locale === 'zh-CN' ? '、' : ', ');
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

  private renderTimeline(interactions: readonly Interaction[], context: { ownerId?: string | undefined }) {
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
      ${this.heading('timeline-heading', 'timeline')}
      ${sorted.length === 0
        ? html`<p class="muted">${this.t('noInteractions')}</p>`
        : !may('kind') || !may('at')
          ? html`<p class="restricted">${this.t('restricted')}</p>`
          : html`<ol part="timeline">
              ${sorted.map(
                ({ i, at }) => html`<li part="interaction">
                  <div class="when"><time datetime=${at}>${formatDateTime(locale, at)}</time></div>
                  <div>
                    <span class="op">${vocabularyLabel(locale, 'interactionKinds', i.kind)}</span>${i.subject && may('subject') ? html` · ${i.subject}` : nothing}
                  </div>
                  <div class="muted">
                    ${[
                      i.place && may('place') ? this.t('place', { place: i.place }) : undefined,
                      i.by && may('by') ? this.t('staff', { by: i.by }) : undefined,
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

/** Bookkeeping fields that change on every write and say nothing to a person. */
const ignoredPaths = new Set(['updatedAt', 'schemaVersion']);

declare global {
  interface HTMLElementTagNameMap {
    'dossier-history': DossierHistory;
  }
}
