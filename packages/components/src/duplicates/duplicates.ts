import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { DuplicatePair, MergePlan, RelatedRecords } from '@dossier/core';
import { maxPageSize, type DuplicateScan, type Store } from '@dossier/storage-adapters';
import { DossierElement } from '../shared/dossier-element.js';
import { dossierEvent, emit } from '../shared/events.js';
import { formatNumber, formatPercent } from '../shared/format.js';
import { LocalizeController } from '../shared/localize.js';
import { StoreMutation } from '../shared/store-mutation.js';
import { errorMessage } from '../shared/error-message.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { choiceValueText, fieldChoice, fieldChoiceStyles } from '../customer-form/conflict-view.js';
import type { Json } from '../customer-form/json.js';
import type { CustomerJson, ReviewField } from './merge-review.js';
import type * as Lazy from './scan.js';
import styles from './duplicates.styles.js';
import { messages, type DuplicatesMessage } from './messages.js';

/** What `dossier-merge` says: which customer absorbed which, and whether the merge was undone. */
export interface MergeDetail {
  readonly survivorId: string;
  readonly absorbedId: string;
  /** `true` when this event reports the undo of the merge. */
  readonly undone: boolean;
}

/**
 * `dossier-merge`: two duplicate customers were merged (or the merge was undone) through the
 * store. Not cancelable in effect: it reports a write that happened.
 *
 * @example
 * el.addEventListener('dossier-merge', (e) => refreshList(e.detail.survivorId));
 */
export class DossierMergeEvent extends dossierEvent<MergeDetail>()('dossier-merge') {}

/** The pair under review: both records as the viewer reads them, what follows the absorbed one, the fields offered. */
interface Review {
  readonly pair: DuplicatePair;
  readonly records: Readonly<Record<string, CustomerJson>>;
  readonly revs: Readonly<Record<string, number>>;
  readonly related: RelatedRecords;
  survivorId: string;
  fields: ReviewField[];
  readonly chosen: Set<string>;
}

class ScanCancelled extends Error {}

/**
 * @tagname dossier-duplicates
 * @summary Finds customers recorded twice in a store and merges them field by field, with undo.
 *
 * "Scan" reads every customer the viewer may see, page by page (storage-adapters'
 * `scanDuplicates`: core's blocking keys — credit code, phone, email, normalised name, pinyin —
 * not every pair; loaded on the first scan, as the pinyin dictionary is most of its weight), showing the count read so far; "Cancel" stops it between pages. The likely
 * pairs are listed best first, `pageSize` at a time, with their likeness and reasons in the
 * locale. "Compare and merge" reads both records and every contact, transaction, interaction,
 * opportunity and competitor note of them, and offers one choice per field on which they differ
 * (the form's per-field chooser) — only fields the viewer may read in both records (core's
 * catalogue); every other field keeps the kept record's value and is never shown. The merge is
 * one atomic batch through the store on the element's viewer (core's `planMerge`: the kept record
 * updated, the other removed — a tombstone, its history kept — and its related records moved),
 * based on the revisions read, so a change made meanwhile is a conflict, not an overwrite.
 * "Undo the merge" writes core's exact undo: both records as they were, related records back.
 *
 * The store is the element's `store` property, else the `<dossier-provider>`'s.
 *
 * @fires dossier-merge - A merge was written, or undone (`detail.undone`).
 *
 * @csspart base - The section.
 * @csspart title - The heading.
 * @csspart scan - The scan button.
 * @csspart cancel - The button that cancels a running scan.
 * @csspart status - Progress, counts, outcomes and errors.
 * @csspart pairs - The list of pairs.
 * @csspart pair - One pair.
 * @csspart review - The merge review of one pair.
 * @csspart merge - The merge button.
 * @csspart undo - The undo button.
 *
 * @cssstate scanning - A scan is running.
 * @cssstate reviewing - A pair is under review.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-provider .store=${store} .viewer=${viewer}><dossier-duplicates></dossier-duplicates></dossier-provider>
 */
export class DossierDuplicates extends DossierElement {
  static override styles = [tokens, base, fieldChoiceStyles, styles];

  static override properties: PropertyDeclarations = {
    store: { attribute: false },
    pageSize: { type: Number, attribute: 'page-size' },
    scanPageSize: { type: Number, attribute: 'scan-page-size' },
    scan: { state: true, attribute: false },
    scanned: { state: true, attribute: false },
    cancelledAt: { state: true, attribute: false },
    page: { state: true, attribute: false },
    review: { state: true, attribute: false },
    loadingPair: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    lastMerge: { state: true, attribute: false },
  };

  /** The store to scan and merge in (else the provider's). */
  store?: Store;

  /** Pairs shown per page. */
  pageSize = 20;

  /** Customers read per `list` call while scanning (1 … 1000). */
  scanPageSize = maxPageSize;

  /** The last scan's result. */
  scan: DuplicateScan | undefined;
  /** Customers read by the running scan, or `undefined` when none runs. */
  scanned: number | undefined;
  private cancelledAt: number | undefined;
  private page = 0;
  private review: Review | undefined;
  private loadingPair = false;
  private notice: { key: 'merged' | 'undone' | 'conflict' | 'gone' | 'noStore'; params?: Record<string, string> } | undefined;
  private failure: unknown;
  /** The last merge written, until undone or another pair is merged. */
  private lastMerge: { plan: MergePlan; survivorId: string; absorbedId: string } | undefined;

  private readonly t = new LocalizeController<DuplicatesMessage>(this, messages).t;
  private readonly write = new StoreMutation<Store>(this);
  #cancelRequested = false;
  /** Customers of the last scan whose name the viewer may not read. */
  #hiddenNames: ReadonlySet<string> = new Set();
  /** The scan, its reasons' words and the merge review, loaded on the first scan (pairs exist only after one). */
  private loaded: typeof Lazy | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('scanning', this.scanned !== undefined);
    this.setState('reviewing', this.review !== undefined);
  }

  private name(id: string): string {
    return (!this.#hiddenNames.has(id) && this.scan?.names.get(id)) || this.t('unknown');
  }

  private count(n: number): string {
    return formatNumber(this.resolvedLocale, n);
  }

  /** Scans the store for likely duplicates (the viewer's customers only). */
  async startScan(): Promise<void> {
    const store = this.write.store;
    this.notice = undefined;
    this.failure = undefined;
    if (!store) {
      this.notice = { key: 'noStore' };
      return;
    }
    this.review = undefined;
    this.#cancelRequested = false;
    this.cancelledAt = undefined;
    this.scanned = 0;
    try {
      const loaded = (this.loaded ??= await import('./scan.js'));
      // Names the viewer may not read (a person's, not theirs) are noted while the pages pass by.
      const viewer = this.resolvedViewer;
      const hidden = new Set<string>();
      const source = {
        list: async (kind: 'customer', query?: Parameters<Store['list']>[1]) => {
          const page = await store.list(kind, query);
          for (const item of page.items) if (!loaded.nameReadable(item.value as CustomerJson, viewer)) hidden.add(item.id);
          return page;
        },
      };
      const scan = await loaded.scanDuplicates(source, {
        viewer,
        pageSize: this.scanPageSize,
        // Cancelling throws out of the scan between two pages.
        onProgress: (n) => {
          this.scanned = n;
          if (this.#cancelRequested) throw new ScanCancelled();
        },
      });
      this.#hiddenNames = hidden;
      this.scan = scan;
      this.page = 0;
    } catch (error) {
      if (error instanceof ScanCancelled) this.cancelledAt = this.scanned;
      else this.failure = error;
    } finally {
      this.scanned = undefined;
    }
  }

  /** Stops the running scan after the page being read. */
  cancelScan(): void {
    this.#cancelRequested = true;
  }

  async #openPair(pair: DuplicatePair): Promise<void> {
    const store = this.write.store;
    const loaded = this.loaded;
    if (!store || !loaded) return;
    this.notice = undefined;
    this.failure = undefined;
    this.loadingPair = true;
    const viewer = this.resolvedViewer;
    try {
      const [a, b] = await Promise.all([store.get('customer', pair.a, { viewer }), store.get('customer', pair.b, { viewer })]);
      if (!a || !b || a.deleted || b.deleted) {
        this.notice = { key: 'gone' };
        return;
      }
      const related: Record<string, CustomerJson[]> = {};
      for (const kind of loaded.relatedKinds) {
        const values: CustomerJson[] = [];
        for (const id of [pair.a, pair.b]) {
          let cursor: string | undefined;
          do {
            const page = await store.list(kind, { customerId: id, limit: maxPageSize, viewer, ...(cursor === undefined ? {} : { cursor }) });
            values.push(...page.items.map((item) => item.value as CustomerJson));
            cursor = page.nextCursor;
          } while (cursor !== undefined);
        }
        related[kind] = values;
      }
      const records = { [pair.a]: a.value as CustomerJson, [pair.b]: b.value as CustomerJson };
      this.review = {
        pair,
        records,
        revs: { [pair.a]: a.rev, [pair.b]: b.rev },
        related: related as RelatedRecords,
        survivorId: pair.a,
        fields: loaded.reviewFields(records[pair.a]!, records[pair.b]!, viewer),
        chosen: new Set(),
      };
    } catch (error) {
      this.failure = error;
    } finally {
      this.loadingPair = false;
    }
  }

  private keep(survivorId: string): void {
    const review = this.review;
    if (!review || !this.loaded) return;
    const absorbedId = survivorId === review.pair.a ? review.pair.b : review.pair.a;
    review.survivorId = survivorId;
    review.fields = this.loaded.reviewFields(review.records[survivorId]!, review.records[absorbedId]!, this.resolvedViewer);
    review.chosen.clear();
    this.requestUpdate();
  }

  #choose(path: string, side: string): void {
    const review = this.review;
    if (!review) return;
    if (side === 'absorbed') review.chosen.add(path);
    else review.chosen.delete(path);
    this.requestUpdate();
  }

  /** Writes the merge of the pair under review, as chosen. */
  async merge(): Promise<void> {
    const review = this.review;
    if (!review || !this.loaded) return;
    const survivorId = review.survivorId;
    const absorbedId = survivorId === review.pair.a ? review.pair.b : review.pair.a;
    const plan = this.loaded.mergePlan(review.records[survivorId]!, review.records[absorbedId]!, {
      choose: review.chosen,
      offered: review.fields,
      related: review.related,
      now: new Date().toISOString(),
      revs: review.revs,
    });
    const outcome = await this.write.batch(plan.ops as never);
    if (outcome.status === 'conflict') {
      this.notice = { key: 'conflict' };
      return;
    }
    if (outcome.status !== 'success') return;
    this.lastMerge = { plan, survivorId, absorbedId };
    this.notice = { key: 'merged', params: { survivor: this.name(survivorId), absorbed: this.name(absorbedId) } };
    this.review = undefined;
    if (this.scan) {
      const pairs = this.scan.pairs.filter((p) => p.a !== absorbedId && p.b !== absorbedId);
      this.scan = { ...this.scan, pairs };
    }
    emit(this, new DossierMergeEvent({ survivorId, absorbedId, undone: false }));
  }

  /** Undoes the last merge: both records as they were, their related records back. */
  async undo(): Promise<void> {
    const last = this.lastMerge;
    if (!last) return;
    const outcome = await this.write.batch(last.plan.undo as never);
    if (outcome.status === 'conflict') {
      this.notice = { key: 'conflict' };
      return;
    }
    if (outcome.status !== 'success') return;
    this.lastMerge = undefined;
    this.notice = { key: 'undone' };
    emit(this, new DossierMergeEvent({ survivorId: last.survivorId, absorbedId: last.absorbedId, undone: true }));
  }

  protected override render() {
    const scanning = this.scanned !== undefined;
    return html`<section part="base" lang=${this.resolvedLocale} aria-labelledby="title" aria-busy=${scanning || this.loadingPair ? 'true' : 'false'}>
      <header>
        <h2 id="title" part="title">${this.t('title')}</h2>
        ${scanning
          ? html`<button part="cancel" type="button" @click=${() => this.cancelScan()}>${this.t('cancel')}</button>`
          : html`<button part="scan" type="button" ?disabled=${this.write.pending} @click=${() => void this.startScan()}>${this.t(this.scan ? 'rescan' : 'scan')}</button>`}
      </header>
      <p part="status" role="status">${this.#statusText()}</p>
      ${this.#renderOutcome()}
      ${this.review ? this.#renderReview(this.review) : this.#renderPairs()}
    </section>`;
  }

  #statusText(): string {
    if (this.scanned !== undefined) return this.t('scanning', { count: this.count(this.scanned) });
    if (this.loadingPair) return this.t('loadingPair');
    if (this.write.pending) return this.t('merging');
    if (this.cancelledAt !== undefined) return this.t('cancelled', { count: this.count(this.cancelledAt) });
    if (!this.scan) return this.t('idle');
    const { scanned, pairs } = this.scan;
    return pairs.length === 0 ? this.t('none', { scanned: this.count(scanned) }) : this.t('found', { scanned: this.count(scanned), pairs: this.count(pairs.length) });
  }

  /** The outcome of the last action: merged (with undo), undone, a conflict, an error. */
  #renderOutcome() {
    const error = this.failure ?? (this.write.status === 'error' ? this.write.error : undefined);
    if (error !== undefined) return html`<p class="error" role="alert">${errorMessage(error, this.resolvedLocale)}</p>`;
    if (!this.notice) return nothing;
    const alert = this.notice.key === 'conflict' || this.notice.key === 'gone' || this.notice.key === 'noStore';
    return html`<p class=${alert ? 'error' : 'done'} role=${alert ? 'alert' : 'status'}>
      ${this.t(this.notice.key, this.notice.params ?? {})}
      ${this.notice.key === 'merged' && this.lastMerge
        ? html`<button part="undo" type="button" ?disabled=${this.write.pending} @click=${() => void this.undo()}>${this.t('undo')}</button>`
        : nothing}
    </p>`;
  }

  #renderPairs() {
    const pairs = this.scan?.pairs ?? [];
    if (pairs.length === 0) return nothing;
    const pages = Math.ceil(pairs.length / this.pageSize);
    const page = Math.min(this.page, pages - 1);
    const shown = pairs.slice(page * this.pageSize, (page + 1) * this.pageSize);
    const separator = this.resolvedLocale === 'zh-CN' ? '；' : '; ';
    return html`<ol part="pairs" aria-label=${this.t('pairsLabel')}>
        ${shown.map(
          (pair) => html`<li part="pair" data-pair=${`${pair.a} ${pair.b}`}>
            <span class="names"><span>${this.name(pair.a)}</span><span aria-hidden="true"> ⇄ </span><span>${this.name(pair.b)}</span></span>
            <span class="score">${this.t('score', { score: formatPercent(this.resolvedLocale, pair.score) })}</span>
            <span class="reasons">${pair.reasons.map((r) => this.loaded?.describeDuplicateReason(this.resolvedLocale, r) ?? r).join(separator)}</span>
            <button type="button" class="review" ?disabled=${this.loadingPair || this.write.pending} @click=${() => void this.#openPair(pair)}>${this.t('review')}</button>
          </li>`,
        )}
      </ol>
      ${pages > 1
        ? html`<nav class="pager">
            <button type="button" class="previous" ?disabled=${page === 0} @click=${() => (this.page = page - 1)}>${this.t('previous')}</button>
            <span>${this.t('page', { page: this.count(page + 1), pages: this.count(pages) })}</span>
            <button type="button" class="next" ?disabled=${page >= pages - 1} @click=${() => (this.page = page + 1)}>${this.t('next')}</button>
          </nav>`
        : nothing}`;
  }

  #renderReview(review: Review) {
    const survivorId = review.survivorId;
    const absorbedId = survivorId === review.pair.a ? review.pair.b : review.pair.a;
    const words = { empty: this.t('empty'), yes: this.t('yes'), no: this.t('no') };
    // what follows the removed record to the kept one
    const moving = Object.values(review.related).reduce((n, records) => n + (records ?? []).filter((r) => r.customerId === absorbedId).length, 0);
    const locale = this.resolvedLocale;
    return html`<div part="review">
      <h3>${this.t('mergeTitle', { survivor: this.name(survivorId), absorbed: this.name(absorbedId) })}</h3>
      <fieldset class="keep">
        <legend>${this.t('keep')}</legend>
        ${[review.pair.a, review.pair.b].map(
          (id) => html`<label><input type="radio" name="keep" value=${id} .checked=${id === survivorId} @change=${() => this.keep(id)} /> ${this.name(id)}</label>`,
        )}
        <p class="hint">${this.t('keepHint')}</p>
      </fieldset>
      ${review.fields.length === 0 ? html`<p>${this.t('noDifferences')}</p>` : nothing}
      ${review.fields.map((field) =>
        fieldChoice(
          {
            name: `merge-${field.path}`,
            path: field.path,
            label: field.entry.label[locale],
            chosen: review.chosen.has(field.path) ? 'absorbed' : 'survivor',
            sides: [
              { value: 'survivor', label: this.name(survivorId), text: choiceValueText(field.survivor as Json, field.entry, locale, words) },
              { value: 'absorbed', label: this.name(absorbedId), text: choiceValueText(field.absorbed as Json, field.entry, locale, words) },
            ],
          },
          (side) => this.#choose(field.path, side),
        ),
      )}
      ${moving > 0 ? html`<p class="related">${this.t('related', { count: this.count(moving) })}</p>` : nothing}
      <div class="actions">
        <button part="merge" type="button" class="primary" ?disabled=${this.write.pending} @click=${() => void this.merge()}>${this.t('merge')}</button>
        <button type="button" class="back" @click=${() => (this.review = undefined)}>${this.t('back')}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-duplicates': DossierDuplicates;
  }
  interface GlobalEventHandlersEventMap {
    'dossier-merge': DossierMergeEvent;
  }
}
