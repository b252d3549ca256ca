import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GradeExplanation, GradingRun } from '@dossier/core';
import type { DossierEditProfileEvent, DossierSelectEvent } from '@dossier/components';
import { DemoCustomerView } from './demo-view.js';
import type { DemoMessage } from '../messages.js';
import type { ListFilter } from '../drill-down.js';
import { viewStyles } from '../styles.js';
import { exportCustomersCsv } from '../export.js';
import './customer-editor.js';
import './customer-history.js';
import './visit-form.js';

type Panel = 'edit' | 'visit' | 'history' | undefined;

/**
 * The sales manager's desk: the customer list on the left (search by name or pinyin initials,
 * filters), the chosen customer's card on the right with edit, log-a-visit and history.
 */
@customElement('demo-customers-view')
export class DemoCustomersView extends DemoCustomerView {
  static override styles = [
    viewStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(20rem, 2fr);
        gap: 1.25rem;
        align-items: start;
      }
      @media (max-width: 60rem) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      dossier-customer-list {
        --dossier-list-height: 60vh;
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 1rem;
        margin-bottom: 0.75rem;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      .actions button[aria-pressed='true'] {
        background: var(--site-accent-dark);
      }
      dossier-customer-card {
        --dossier-card-width: 100%;
        margin-bottom: 1rem;
      }
    `,
  ];

  @property({ attribute: false }) runs: GradingRun[] = [];
  @property() asOf = '';
  /** Filters the page's link set (a report's drill-down: `#/customers?grade=A`). */
  @property({ attribute: false }) filter?: ListFilter;
  /** The book is still being written (first seeding): the list shows its figures as "—" until it is whole. */
  @property({ type: Boolean }) figuresPending = false;

  @state() private panel: Panel;
  /** The contact whose key-person profile is open in the editor, if any. */
  @state() private profileContact?: string;
  @state() private exportMessage?: string;

  private explanations?: { run: GradingRun; byId: Map<string, GradeExplanation> };

  /** The latest run's explanation of the customer's grade, for the card's "why" button. */
  private explanationOf(id: string): GradeExplanation | undefined {
    const run = this.runs[this.runs.length - 1];
    if (!run) return undefined;
    if (this.explanations?.run !== run) {
      this.explanations = { run, byId: new Map(run.customers.map((c) => [c.customerId, c.explanation])) };
    }
    return this.explanations.byId.get(id);
  }

  private onSelect(event: DossierSelectEvent): void {
    const id = event.detail.customerId;
    if (id !== this.customerId) {
      this.panel = undefined;
      this.profileContact = undefined;
    }
    location.hash = `#/customers/${encodeURIComponent(id)}`;
    // One column (a phone): the card is below the list, so the page goes to it.
    if (matchMedia('(max-width: 60rem)').matches) void this.revealCard();
  }

  private async revealCard(): Promise<void> {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.updateComplete;
    this.renderRoot.querySelector('#customer-card-section')?.scrollIntoView({ block: 'start' });
  }

  private toggle(panel: Exclude<Panel, undefined>): void {
    this.panel = this.panel === panel ? undefined : panel;
  }

  private async exportCsv(): Promise<void> {
    if (!this.store) return;
    const count = await exportCustomersCsv(this.store, { locale: this.locale, viewer: this.viewer });
    this.exportMessage = this.m('customers.exported', { count });
  }

  private renderPanel(id: string) {
    const common = { store: this.store, locale: this.locale, viewer: this.viewer };
    switch (this.panel) {
      case 'edit':
        if (customElements.get('dossier-customer-form') && !location.search.includes('editor=demo')) {
          // A contact's key-person profile opens in the SDK's profile editor under the form.
          return html`<div class="panel">
            <dossier-customer-form customer-id=${id} heading-level="3" @dossier-edit-profile=${(e: DossierEditProfileEvent) => (this.profileContact = e.detail.contactId)}></dossier-customer-form>
            ${this.profileContact ? html`<dossier-profile-editor contact-id=${this.profileContact}></dossier-profile-editor>` : nothing}
          </div>`;
        }
        return html`<demo-customer-editor
          .store=${common.store}
          .locale=${common.locale}
          .viewer=${common.viewer}
          .customerId=${id}
          @demo-cancel=${() => (this.panel = undefined)}
        ></demo-customer-editor>`;
      case 'visit':
        return html`<demo-visit-form .store=${common.store} .locale=${common.locale} .viewer=${common.viewer} .customerId=${id} .asOf=${this.asOf}></demo-visit-form>`;
      case 'history':
        // The SDK's history widget when this build has it; the demo's own list otherwise.
        return customElements.get('dossier-history')
          ? html`<div class="panel"><dossier-history record-kind="customer" record-id=${id}></dossier-history></div>`
          : html`<demo-customer-history .store=${common.store} .locale=${common.locale} .viewer=${common.viewer} .customerId=${id}></demo-customer-history>`;
      default:
        return nothing;
    }
  }

  protected override render() {
    const id = this.customerId;
    const action = (panel: Exclude<Panel, undefined>, key: DemoMessage) =>
      html`<button id=${`open-${panel}`} aria-pressed=${this.panel === panel ? 'true' : 'false'} @click=${() => this.toggle(panel)}>${this.m(key)}</button>`;
    return html`<div class="layout">
      <section class="panel" aria-labelledby="customers-title">
        <div class="head">
          <h2 id="customers-title">${this.m('customers.title')}</h2>
          <div class="actions">
            <button id="export" class="secondary" @click=${() => void this.exportCsv()}>${this.m('customers.export')}</button>
          </div>
        </div>
        ${this.exportMessage ? html`<p class="notice" role="status">${this.exportMessage}</p>` : nothing}
        <dossier-customer-list
          .selected=${id}
          grade=${this.filter?.grade ?? nothing}
          owner=${this.filter?.owner ?? nothing}
          region=${this.filter?.region ?? nothing}
          ?figures-pending=${this.figuresPending}
          @dossier-select=${this.onSelect}
        ></dossier-customer-list>
      </section>
      <section id="customer-card-section" aria-label=${this.m('customers.file')}>
        ${id
          ? html`<dossier-customer-card customer-id=${id} as-of=${this.asOf} .explanation=${this.explanationOf(id)} heading-level="2">
                <div slot="actions" class="actions">${action('edit', 'card.edit')} ${action('visit', 'card.visit')} ${action('history', 'card.history')}
                  <a class="button" id="open-audit" href=${`#/audit/${encodeURIComponent(id)}`}>${this.m('card.audit')}</a></div>
              </dossier-customer-card>
              ${this.renderPanel(id)}`
          : html`<p class="panel muted">${this.m('customers.pick')}</p>`}
      </section>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-customers-view': DemoCustomersView;
  }
}
