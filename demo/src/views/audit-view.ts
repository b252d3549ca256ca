import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale } from '@dossier/core';
import type { AuditLog } from '@dossier/storage-adapters';
import { t } from '../messages.js';
import type { DemoStore } from '../seed.js';
import { viewStyles } from '../styles.js';

/** The audit log of the privacy store, when the page's store has one. */
export function auditOf(store: DemoStore | undefined): AuditLog | undefined {
  const audit = (store as { audit?: AuditLog } | undefined)?.audit;
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
  /** People's names by user id. */
  @property({ attribute: false }) names: Readonly<Record<string, string>> = {};

  protected override render() {
    const audit = auditOf(this.store);
    if (!audit) return html`<p class="panel muted">${t(this.locale, 'audit.unavailable')}</p>`;
    return html`<section class="panel" aria-label=${t(this.locale, 'nav.audit')}>
      ${this.customerId ? html`<p><a href="#/audit">${t(this.locale, 'audit.all')}</a></p>` : nothing}
      <dossier-audit-log .audit=${audit} customer-id=${this.customerId ?? nothing} .names=${this.names} locale=${this.locale}></dossier-audit-log>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-audit-view': DemoAuditView;
  }
}
