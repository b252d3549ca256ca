import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale, Viewer } from '@dossier/core';
import type { DossierSelectEvent } from '@dossier/components';
import type { DemoStore } from '../seed.js';
import { viewStyles } from '../styles.js';

/**
 * The day starts here (今日待办): the SDK's `dossier-agenda` for the person viewing (a rep its
 * own customers, a manager everyone's) beside `dossier-receivables`; choosing an item opens the
 * customer's card on the customers page.
 */
@customElement('demo-agenda-view')
export class DemoAgendaView extends LitElement {
  static override styles = [
    viewStyles,
    css`
      .agenda-layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 1rem;
        max-inline-size: 72rem;
      }
    `,
  ];

  @property({ attribute: false }) store?: DemoStore;
  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) viewer!: Viewer;
  @property() asOf = '';
  /** People's names by user id. */
  @property({ attribute: false }) names: Readonly<Record<string, string>> = {};

  private open(event: DossierSelectEvent): void {
    location.hash = `#/customers/${encodeURIComponent(event.detail.customerId)}`;
  }

  protected override render() {
    // Plain boxes: each element names its own region (a second name here would repeat it).
    return html`<div class="agenda-layout">
      <div>
        <dossier-agenda as-of=${this.asOf} locale=${this.locale} .names=${this.names} @dossier-select=${(e: DossierSelectEvent) => this.open(e)}></dossier-agenda>
      </div>
      <div>
        <dossier-receivables as-of=${this.asOf} locale=${this.locale} .names=${this.names} heading-level="2"></dossier-receivables>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-agenda-view': DemoAgendaView;
  }
}
