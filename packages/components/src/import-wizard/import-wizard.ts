import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  ADDRESS_TARGET,
  importProvenance,
  importReportRows,
  importRows,
  readCsvStream,
  readXlsx,
  serialiseMapping,
  suggestMapping,
  writeCsv,
  type ColumnMapping,
  type ImportIssue,
  type ImportResult,
  type ImportedRecord,
  type SheetTable,
  type StoredJson,
} from '@dossier/core';
import type { BatchOp, RecordMap, Store } from '@dossier/storage-adapters';
import { LocalizeController } from '../shared/localize.js';
import { StoreMutation } from '../shared/store-mutation.js';
import { downloadFile } from '../shared/download.js';
import { errorMessage } from '../shared/error-message.js';
import { anonymousViewer } from '../shared/viewer.js';
import { DossierElement } from '../shared/dossier-element.js';
import { formatNumber } from '../shared/format.js';
import { dossierEvent, emit } from '../shared/events.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { scrollRegion, scrollRegionStyles } from '../charts/scroll-region.js';
import styles from './import-wizard.styles.js';
import { messages, type ImportMessage } from './messages.js';
import { targetOptions } from './targets.js';

/** The kinds of record the wizard imports. */
export type ImportWizardKind = 'customer' | 'contact' | 'transaction';

/** What `dossier-import` says: the validated records to write and every problem. */
export interface ImportDetail {
  readonly result: ImportResult;
  readonly mapping: ColumnMapping;
}

/**
 * `dossier-import`: the rows of a file were checked; `detail.result.records` are valid and ready
 * to be written (the wizard writes nothing itself unless given a `store`).
 *
 * @example
 * wizard.addEventListener('dossier-import', (event) => store.batch(event.detail.result.records.map((r) => ({ op: 'put', kind: 'customer', value: r.record }))));
 */
export class DossierImportEvent extends dossierEvent<ImportDetail>()('dossier-import') {}

const CHUNK = 500;
const PREVIEW_ROWS = 5;

/**
 * Imports customers, contacts or transactions from a spreadsheet: pick a `.xlsx` or `.csv`
 * (UTF-8 or GBK), check the preview, adjust the column mapping (headers such as 客户名称, 联系人,
 * 手机, 地址 are recognised), import with a progress bar, then read the report of rejected rows —
 * line, column, value and reason — and download it as CSV. Every new record is stamped with its
 * source (channel `import`, the file, who imported it and when; unverified), as the card shows it.
 * Re-importing the same file updates
 * instead of duplicating (rows match on the chosen key against `existing`).
 *
 * @tagname dossier-import
 * @summary Spreadsheet import with preview, column mapping, progress and a downloadable report.
 * @event dossier-import - The rows were checked; `detail.result` holds the valid records and the issues.
 * @csspart base - The wizard's frame.
 * @csspart title - The heading.
 * @csspart preview - The preview table.
 * @csspart mapping - The mapping table.
 * @csspart progress - The progress bar.
 * @csspart report - The report of rejected rows.
 * @csspart actions - The buttons.
 */
export class DossierImportWizard extends DossierElement {
  static override styles = [tokens, base, scrollRegionStyles, styles];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    existing: { attribute: false },
    mapping: { attribute: false },
    store: { attribute: false },
    by: {},
    now: { attribute: false },
    table: { state: true, attribute: false },
    fileName: { state: true, attribute: false },
    current: { state: true, attribute: false },
    done: { state: true, attribute: false },
    running: { state: true, attribute: false },
    result: { state: true, attribute: false },
    failed: { state: true, attribute: false },
    writeFailed: { state: true, attribute: false },
  };

  /** The kind of record the file holds. */
  kind: ImportWizardKind = 'customer';

  /** Records already stored, matched by the key so a re-run does not duplicate. */
  existing: StoredJson[] = [];

  /** A saved mapping to apply (as `serialiseMapping` writes it); otherwise headers are recognised. */
  mapping?: ColumnMapping;

  /**
   * Optional store to write the valid records to (one batch, as the viewer); unset: the
   * provider's store, if any. The wizard's records are stored JSON (instants as ISO text), so
   * each goes through the store's own `kinds[kind].decode` first.
   */
  store?: Store<RecordMap>;

  /** Who the store records as the writer of the imported records. */
  by?: string;



  /** Clock for `createdAt`/`updatedAt` (tests pass a fixed one). */
  now: () => Date = () => new Date();

  private table?: SheetTable;
  private fileName = '';
  private current?: ColumnMapping;
  private done = 0;
  private running = false;
  private result?: ImportResult;
  private failed = false;
  private writeFailed?: string;

  private readonly t = new LocalizeController<ImportMessage>(this, messages).t;
  readonly #writer = new StoreMutation<Store<RecordMap>>(this);

  /** The import counts written in the locale's digits and grouping. */
  private counts(counts: Record<string, number>): Record<string, string> {
    return Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, formatNumber(this.resolvedLocale, n)]));
  }

  /**
   * Reads a file as if it had been picked.
   *
   * @example
   * await wizard.load(new File([csvText], 'customers.csv'));
   */
  async load(file: File): Promise<void> {
    this.fileName = file.name;
    this.result = undefined;
    this.failed = false;
    const locale = this.resolvedLocale;
    // A CSV is streamed through core's decoder, line lengths bounded: a 50 MB file on one line is
    // refused with a message after its first megabyte instead of freezing the tab.
    const table = /\.xlsx$/i.test(file.name) ? await readXlsx(new Uint8Array(await file.arrayBuffer()), { locale }) : await readCsvStream(file.stream(), { locale });
    this.failed = table.headers.length === 0;
    this.table = table;
    const suggested = suggestMapping(this.kind, table.headers, table.rows);
    this.current = this.mapping && this.mapping.kind === this.kind ? { ...suggested, ...this.mapping, columns: { ...suggested.columns, ...this.mapping.columns } } : suggested;
    this.done = 0;
  }

  /**
   * Checks every row and emits `dossier-import`; writes to `store` when one is set. Rows are
   * checked in chunks so the progress bar moves.
   *
   * @example
   * const result = await wizard.runImport();
   */
  async runImport(): Promise<ImportResult | undefined> {
    const table = this.table;
    const mapping = this.current;
    if (!table || !mapping) return undefined;
    this.running = true;
    this.done = 0;
    const now = this.now();
    const records: ImportedRecord[] = [];
    const contacts: ImportedRecord[] = [];
    const issues: ImportIssue[] = [...table.issues];
    const duplicates = new Map<string, ImportResult['duplicates'][number]>();
    const counts = { rows: table.rows.length + table.issues.length, inserted: 0, updated: 0, unchanged: 0, rejected: table.issues.length };
    for (let start = 0; start < table.rows.length || start === 0; start += CHUNK) {
      const chunk: SheetTable = { ...table, rows: table.rows.slice(start, start + CHUNK), issues: [] };
      const part = importRows(chunk, mapping, { now, locale: this.resolvedLocale, existing: [...this.existing, ...records.map((r) => r.record)] });
      records.push(...part.records);
      contacts.push(...part.contacts);
      issues.push(...part.issues);
      for (const pair of part.duplicates) duplicates.set(`${pair.a}\u0000${pair.b}`, pair);
      for (const key of ['inserted', 'updated', 'unchanged', 'rejected'] as const) counts[key] += part.counts[key];
      this.done = Math.min(table.rows.length, start + CHUNK);
      // Let the progress bar paint between chunks.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (start + CHUNK >= table.rows.length) break;
    }
    const stamp = this.#stamp(now);
    const result: ImportResult = { kind: mapping.kind, records: records.map(stamp), contacts: contacts.map(stamp), issues: issues.sort((a, b) => a.line - b.line), counts, duplicates: [...duplicates.values()] };
    this.writeFailed = undefined;
    const store = this.#writer.store;
    if (store && records.length > 0) this.writeFailed = await this.write(store, [...result.records.map((r) => ({ kind: this.kind, r })), ...result.contacts.map((r) => ({ kind: 'contact' as const, r }))]);
    this.result = result;
    this.running = false;
    emit(this, new DossierImportEvent({ result, mapping }));
    return result;
  }

  /**
   * Stamps where an imported record came from (信息来源): channel `import`, unverified, collected
   * now by the importer (`by`, else the viewer, else the system actor `import`), the file in the
   * note. A new record gets it; an updated one keeps the source it had, if any; an unchanged one
   * is left as it is.
   */
  #stamp(now: Date): (r: ImportedRecord) => ImportedRecord {
    const viewer = this.resolvedViewer;
    const by = this.by ?? (viewer === anonymousViewer ? 'import' : viewer.userId);
    const source = { ...importProvenance({ at: now, by, file: this.fileName }), collectedAt: now.toISOString() };
    return (r) => (r.action === 'unchanged' || (r.action === 'update' && r.record['source'] !== undefined) ? r : { ...r, record: { ...r.record, source } });
  }

  /**
   * Writes the valid records in one batch, decoded by the store's kind table. Returns why nothing
   * was written, or undefined when everything was: the batch is all or nothing.
   */
  private async write(store: Store<RecordMap>, items: { kind: ImportWizardKind; r: ImportedRecord }[]): Promise<string | undefined> {
    const ops: BatchOp[] = [];
    for (const { kind, r } of items) {
      const decoder = (store.kinds as Partial<Store<RecordMap>['kinds']> | undefined)?.[kind];
      // The importer built it from text cells: JSON, as the store keeps it.
      const decoded = decoder ? decoder.decode(r.record as Parameters<typeof decoder.decode>[0]) : { ok: true as const, value: r.record };
      if (!decoded.ok) return this.t('writeInvalid', { line: r.line, reason: decoded.issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
      ops.push({ op: 'put', kind, value: decoded.value } as BatchOp);
    }
    const outcome = await this.#writer.batch(ops, { by: this.by });
    if (outcome.status === 'conflict') return this.t('writeConflict');
    if (outcome.status === 'error') return this.t('writeError', { reason: errorMessage(outcome.error, this.resolvedLocale) });
    return undefined;
  }

  /** The report of rejected rows as CSV text (what the download button saves). */
  reportCsv(): string {
    return writeCsv(importReportRows(this.result?.issues ?? [], this.resolvedLocale));
  }

  #targets(): { value: string; label: string }[] {
    const locale = this.resolvedLocale;
    const out = targetOptions(this.kind, locale);
    if (this.kind === 'customer') {
      out.unshift(
        { value: ADDRESS_TARGET, label: this.t('address') },
        { value: 'contact.name', label: this.t('contactName') },
        { value: 'contact.title', label: this.t('contactTitle') },
        { value: 'contact.mobile', label: this.t('contactMobile') },
        { value: 'contact.email', label: this.t('contactEmail') },
      );
    }
    return out;
  }

  #setTarget(header: string, value: string) {
    if (!this.current) return;
    this.current = { ...this.current, columns: { ...this.current.columns, [header]: value === '' ? null : value } };
  }

  #setKey(value: string) {
    if (this.current) this.current = { ...this.current, key: [value] };
  }

  override render() {
    const locale = this.resolvedLocale;
    const table = this.table;
    const targets = this.#targets();
    const mapped = this.current ? Object.values(this.current.columns).filter((v): v is string => v !== null) : [];
    return html`<section part="base" lang=${locale}>
      <h2 part="title">${this.t('title', { kind: this.t(`kind.${this.kind}`) })}</h2>
      <label
        >${this.t('chooseFile')}
        <input type="file" accept=".csv,.xlsx,text/csv" @change=${(e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void this.load(file);
        }}
      /></label>
      ${this.failed ? html`<p role="alert">${this.t('readFailed')} ${table?.issues[0]?.reason ?? ''}</p>` : nothing}
      ${table && !this.failed
        ? html`${this.#renderPreview(table)}
            <table part="mapping">
              <caption>${this.t('mapping')}</caption>
              <thead><tr><th scope="col">${this.t('column')}</th><th scope="col">${this.t('target')}</th></tr></thead>
              <tbody>
                ${table.headers.map(
                  (header) => html`<tr>
                    <th scope="row">${header}</th>
                    <td>
                      <select aria-label=${header} data-header=${header} @change=${(e: Event) => this.#setTarget(header, (e.target as HTMLSelectElement).value)}>
                        <option value="" ?selected=${!this.current?.columns[header]}>${this.t('skip')}</option>
                        ${targets.map((t) => html`<option value=${t.value} ?selected=${this.current?.columns[header] === t.value}>${t.label}</option>`)}
                      </select>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
            <label
              >${this.t('key')}
              <select name="key" @change=${(e: Event) => this.#setKey((e.target as HTMLSelectElement).value)}>
                ${[...new Set([...mapped.filter((m) => !m.startsWith('contact.') && m !== ADDRESS_TARGET), ...(this.current?.key ?? [])])].map(
                  (path) => html`<option value=${path} ?selected=${this.current?.key[0] === path}>${targets.find((t) => t.value === path)?.label ?? path}</option>`,
                )}
              </select></label
            >
            <div part="actions">
              <button type="button" ?disabled=${this.running} @click=${() => void this.runImport()}>
                ${this.running ? this.t('importing') : this.t('import', { count: formatNumber(this.resolvedLocale, table.rows.length) })}
              </button>
              <button type="button" @click=${() => this.current && downloadFile(serialiseMapping(this.current), 'dossier-mapping.json', 'application/json')}>${this.t('saveMapping')}</button>
            </div>
            <progress part="progress" aria-label=${this.t('progress')} max=${Math.max(1, table.rows.length)} .value=${this.done}></progress>`
        : nothing}
      ${this.result ? this.#renderReport(this.result) : nothing}
    </section>`;
  }

  /** The file's first rows as read, in a named region that scrolls sideways on a phone. */
  #renderPreview(table: SheetTable) {
    const locale = this.resolvedLocale;
    const label = this.t('preview', { count: formatNumber(locale, Math.min(PREVIEW_ROWS, table.rows.length)), total: formatNumber(locale, table.rows.length) });
    return scrollRegion(
      label,
      html`<table part="preview">
        <caption>${label}</caption>
        <thead><tr>${table.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${table.rows.slice(0, PREVIEW_ROWS).map((row) => html`<tr>${table.headers.map((_, i) => html`<td>${row.cells[i] ?? ''}</td>`)}</tr>`)}</tbody>
      </table>`,
    );
  }

  #renderReport(result: ImportResult) {
    return html`<section part="report" aria-live="polite">
      ${this.writeFailed === undefined ? html`<p>${this.fileName}: ${this.t('summary', this.counts(result.counts))}</p>` : html`<p role="alert">${this.fileName}: ${this.writeFailed}</p>`}
      ${result.duplicates.length > 0 ? html`<p>${this.t('duplicates', { count: formatNumber(this.resolvedLocale, result.duplicates.length) })}</p>` : nothing}
      ${result.issues.length === 0
        ? html`<p>${this.t('noProblems')}</p>`
        : html`<div class="scroll">
              <table class="problems">
                <caption>${this.t('problems')}</caption>
                <thead><tr><th scope="col">${this.t('line')}</th><th scope="col">${this.t('columnNo')}</th><th scope="col">${this.t('value')}</th><th scope="col">${this.t('reason')}</th></tr></thead>
                <tbody>
                  ${result.issues.slice(0, 200).map(
                    (issue) => html`<tr>
                      <td data-label=${this.t('line')}>${formatNumber(this.resolvedLocale, issue.line)}</td>
                      <td data-label=${this.t('columnNo')}>${issue.header ?? issue.column ?? ''}</td>
                      <td data-label=${this.t('value')}>${issue.value ?? ''}</td>
                      <td data-label=${this.t('reason')}>${issue.reason}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <div part="actions">
              <button type="button" @click=${() => downloadFile(this.reportCsv(), 'dossier-import-report.csv', 'text/csv')}>${this.t('downloadReport')}</button>
            </div>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-import': DossierImportWizard;
  }
  interface GlobalEventHandlersEventMap {
    'dossier-import': DossierImportEvent;
  }
}
