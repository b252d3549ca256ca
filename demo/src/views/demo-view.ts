import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Locale, Viewer } from '@dossier/core';
import { isStoreError } from '@dossier/storage-adapters';
import { t, type DemoMessage } from '../messages.js';
import type { DemoStore } from '../seed.js';
import { viewStyles } from '../styles.js';

/** A page's status line: what was saved, or why not. */
export interface StatusLine {
  text: string;
  error?: boolean;
}

/**
 * What the app gives each of the demo's pages: the store, the locale and the viewer; and the
 * demo's catalogue in that locale.
 */
export class DemoView extends LitElement {
  static override styles = [viewStyles];

  @property({ attribute: false }) store?: DemoStore;
  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) viewer?: Viewer;
  /** The status line of the page's last write: what was saved, or why not. */
  @state() protected message?: StatusLine;

  protected m(key: DemoMessage, params: Record<string, string | number> = {}): string {
    return t(this.locale, key, params);
  }

  /** The status line of a failed write, in the page's language: a store error translated, any other error's message. */
  protected writeFailed(error: unknown): StatusLine {
    const text = isStoreError(error) ? error.localized(this.locale) : error instanceof Error ? error.message : String(error);
    return { text: this.m('form.invalid', { message: text }), error: true };
  }

  /** Runs a write: shows the status line it returns and tells the app (`demo-saved`), or shows why it failed. */
  protected async write(store: () => Promise<StatusLine>): Promise<void> {
    try {
      this.message = await store();
      this.announceSaved();
    } catch (error) {
      this.message = this.writeFailed(error);
    }
  }

  /** The status line, when there is one. */
  protected renderStatus(id?: string) {
    const message = this.message;
    return message ? html`<p id=${ifDefined(id)} class=${message.error ? 'error' : 'notice'} role="status">${message.text}</p>` : nothing;
  }

  /** Tells the app that this page stored something (`demo-saved`, with `detail` when given). */
  protected announceSaved(detail?: { rev: number }): void {
    this.dispatchEvent(new CustomEvent('demo-saved', { ...(detail ? { detail } : {}), bubbles: true, composed: true }));
  }
}

/** A demo page or panel about one customer (the one chosen in the list). */
export class DemoCustomerView extends DemoView {
  @property() customerId?: string;
}
