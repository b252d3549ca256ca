import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { recordCodecs, type StoredJson } from '@dossier/core';
import type { BatchOp, DossierRecords } from '@dossier/storage-adapters';
import '@dossier/components/define-import';
// The duplicate scan brings a pinyin dictionary: registered here, not in every page's bundle.
import '@dossier/components/define/duplicates';
import type { DossierImportEvent } from '@dossier/components/define-import';
import { listAll } from '../data.js';
import { DemoView } from './demo-view.js';

/**
 * Spreadsheet import of customers: the SDK's wizard checks the file against the archive (rows
 * matching a stored customer update it instead of duplicating), the page writes the valid
 * records in one atomic batch and says how many were imported and updated; the rejected rows
 * stay listed in the wizard's report, which downloads as CSV.
 *
 * @fires demo-saved - After the imported records were stored.
 */
@customElement('demo-import-view')
export class DemoImportView extends DemoView {

  /** The stored customers, for upsert by key. */
  @state() private existing: StoredJson[] = [];
  /** Rows the last import rejected (listed in the wizard's report). */
  @state() private rejected = 0;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('store')) void this.loadExisting();
  }

  private async loadExisting(): Promise<void> {
    if (!this.store) return;
    // The wizard compares stored JSON (instants as ISO strings).
    this.existing = (await listAll(this.store, 'customer')).map((r) => recordCodecs.customer.encode(r.value) as StoredJson);
  }

  private async onImport(event: DossierImportEvent): Promise<void> {
    const { records, contacts, counts } = event.detail.result;
    this.message = undefined;
    this.rejected = 0;
    if (!this.store) return;
    const by = this.viewer?.userId ?? 'unknown';
    const store = this.store;
    await this.write(async () => {
      // Customers and the contacts their rows name, decoded from stored JSON, all or nothing.
      const ops: BatchOp<DossierRecords>[] = [
        ...records.map((r) => ({ op: 'put' as const, kind: 'customer' as const, value: recordCodecs.customer.decode(r.record) })),
        ...contacts.map((r) => ({ op: 'put' as const, kind: 'contact' as const, value: recordCodecs.contact.decode(r.record) })),
      ];
      if (ops.length > 0) {
        const result = await store.batch(ops, { by });
        if (!result.ok) throw new Error(result.conflicts[0]?.message ?? this.m('conflict.title'));
      }
      await this.loadExisting();
      this.rejected = counts.rejected;
      return { text: this.m('import.saved', { inserted: counts.inserted, updated: counts.updated }) };
    });
  }

  protected override render() {
    return html`<section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">${this.m('import.title')}</h2>
      <p class="muted">${this.m('import.explain')}</p>
      ${this.renderStatus('import-status')}
      ${this.rejected > 0 ? html`<p id="import-rejected" class="muted">${this.m('import.report', { rejected: this.rejected })}</p>` : nothing}
      <dossier-import kind="customer" locale=${this.locale} .existing=${this.existing} @dossier-import=${(e: DossierImportEvent) => void this.onImport(e)}></dossier-import>
    </section>
    <div class="panel">
      <dossier-duplicates locale=${this.locale} @dossier-merge=${() => this.announceSaved()}></dossier-duplicates>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-import-view': DemoImportView;
  }
}
