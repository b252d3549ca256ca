import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AuditQuery, Locale, Viewer } from '@dossier/core';
import type { DossierRecords, PrivacyStore } from '@dossier/storage-adapters';
import type { AuditLogSource } from '@dossier/components';
import { t } from '../messages.js';
import type { DemoStore } from '../seed.js';
import { viewStyles } from '../styles.js';
import { listAll } from '../data.js';

/**
 * The audit log as `viewer` may read it: through the privacy store's `readAudit`, whose rule (the
 * role's readAudit right) refuses a sales rep; the ERP page's log is read on the server, which
 * applies the same rule.
 */
export function auditOf(store: DemoStore | undefined, viewer: Viewer): AuditLogSource | undefined {
  const privacy = store as Partial<Pick<PrivacyStore<DossierRecords>, 'readAudit' | 'audit'>> | undefined;
  if (typeof privacy?.readAudit === 'function') return { query: (query: AuditQuery = {}) => privacy.readAudit!(query, viewer) };
  const audit = privacy?.audit;
  return audit && typeof audit.query === 'function' ? audit : undefined;
}

/**
 * The audit log page (审计日志): everything logged, or one customer's entries when the URL
 * names one (`#/audit/C-000042`), through the SDK's `dossier-audit-log`.
 */
@customElement('demo-audit-view')
export class DemoAuditView extends LitElement {
  static override styles = [viewStyles];

  @property({ attribute: false }) store?: DemoStore;
  @property() locale: Locale = 'zh-CN';
  @property() customerId?: string;
  /** Who is reading: the log is read as this person. */
  @property({ attribute: false }) viewer!: Viewer;
  /** Customers' names by id, as the viewer may read them: the log names customers, not ids. */
  @state() private customerNames: Readonly<Record<string, string>> = {};
  private namesFor?: { store: DemoStore; viewer: Viewer };

  protected override willUpdate(): void {
    if (this.store && (this.namesFor?.store !== this.store || this.namesFor.viewer !== this.viewer)) {
      const namesFor = (this.namesFor = { store: this.store, viewer: this.viewer });
      void listAll(this.store, 'customer', { viewer: this.viewer }).then((records) => {
        if (this.namesFor !== namesFor) return;
        this.customerNames = Object.fromEntries(records.map((r) => [r.id, r.value.name.zh ?? r.value.name.en ?? r.id]));
      });
    }
  }

  protected override render() {
    const audit = auditOf(this.store, this.viewer);
    if (!audit) return html`<p class="panel muted">${t(this.locale, 'audit.unavailable')}</p>`;
    // No label of its own: the audit log inside names its region.
    return html`<div class="panel">
      ${this.customerId ? html`<p><a href="#/audit">${t(this.locale, 'audit.all')}</a></p>` : nothing}
      <dossier-audit-log
        .audit=${audit}
        customer-id=${this.customerId ?? nothing}
        customer-name=${(this.customerId && this.customerNames[this.customerId]) || nothing}
        .customerNames=${this.customerNames}
        locale=${this.locale}
      ></dossier-audit-log>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-audit-view': DemoAuditView;
  }
}
