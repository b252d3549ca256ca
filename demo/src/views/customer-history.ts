import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { canRead, fieldCatalog, findField, organisationSchema, personSchema, type Customer } from '@dossier/core';
import type { RecordRevision } from '@dossier/storage-adapters';
import { DemoCustomerView } from './demo-view.js';

const catalogs = { organisation: fieldCatalog(organisationSchema), person: fieldCatalog(personSchema) };
const bookkeeping = new Set(['updatedAt', 'createdAt', 'schemaVersion']);

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object') ? value.join(', ') : `[${value.length}]`;
  if (typeof value === 'object') return '{…}';
  return String(value);
}

/**
 * The revisions of a customer, newest first: who saved, when, and which fields changed from
 * what to what — values the viewer may not read are left out, only the field is named.
 */
@customElement('demo-customer-history')
export class DemoCustomerHistory extends DemoCustomerView {

  @state() private revisions?: RecordRevision<Customer, 'customer'>[];
  private loadedFor?: string;
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.loadedFor = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(): void {
    if (this.store && this.customerId && this.loadedFor !== this.customerId) {
      this.loadedFor = this.customerId;
      this.unsubscribe?.();
      const subscription = this.store.subscribe(() => void this.load(), { kinds: ['customer'] });
      this.unsubscribe = () => subscription.unsubscribe();
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const id = this.customerId;
    if (!this.store || !id) return;
    const revisions = await this.store.history('customer', id);
    if (id === this.customerId) this.revisions = revisions.reverse();
  }

  protected override render() {
    const revisions = this.revisions;
    if (!revisions) return html`<p class="muted">${this.m('loading')}</p>`;
    const viewer = this.viewer;
    const format = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<section class="panel" aria-labelledby="history-title">
      <h3 id="history-title">${this.m('history.title')}</h3>
      ${revisions.length === 0 ? html`<p class="muted">${this.m('history.empty')}</p>` : nothing}
      <ol class="revisions" reversed>
        ${revisions.map((revision) => {
          const customer = revision.value;
          const catalog = catalogs[customer.kind === 'person' ? 'person' : 'organisation'];
          const changes = revision.changes.filter((c) => !bookkeeping.has(c.path.join('.')));
          return html`<li data-rev=${revision.rev}>
            <strong>${this.m('history.rev', { rev: revision.rev })}</strong>
            <span class="muted">${this.m('history.by', { at: format.format(new Date(revision.at)), by: revision.by })}</span>
            ${revision.rev === 1
              ? html`<span class="muted">· ${this.m('history.created')}</span>`
              : html`<ul>
                  ${changes.slice(0, 12).map((change) => {
                    const path = change.path.join('.');
                    const rule = findField(catalog, path) ?? findField(catalog, change.path[0] ?? '');
                    const label = rule?.label[this.locale] ?? path;
                    const readable = viewer !== undefined && rule !== undefined && canRead(viewer, rule, { ownerId: customer.salespersonId });
                    return html`<li data-path=${path}>
                      ${label}${readable ? html`: <del>${shown(change.before)}</del> → <ins>${shown(change.after)}</ins>` : nothing}
                    </li>`;
                  })}
                  ${changes.length > 12 ? html`<li class="muted">${this.m('history.more', { count: changes.length - 12 })}</li>` : nothing}
                </ul>`}
          </li>`;
        })}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-customer-history': DemoCustomerHistory;
  }
}
