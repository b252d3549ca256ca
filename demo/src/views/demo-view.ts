import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale, Viewer } from '@dossier/core';
import { isStoreError } from '@dossier/storage-adapters';
import { t, type DemoMessage } from '../messages.js';
import type { DemoStore } from '../seed.js';
import { viewStyles } from '../styles.js';

/**
 * What the app gives each of the demo's pages: the store, the locale and the viewer; and the
 * demo's catalogue in that locale.
 */
export class DemoView extends LitElement {
  static override styles = [viewStyles];

  @property({ attribute: false }) store?: DemoStore;
  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) viewer?: Viewer;

  protected m(key: DemoMessage, params: Record<string, string | number> = {}): string {
    return t(this.locale, key, params);
  }

  /** Why a write failed, in the page's language: a store error translated, any other error's message. */
  protected failureText(error: unknown): string {
    return isStoreError(error) ? error.localized(this.locale) : error instanceof Error ? error.message : String(error);
  }
}

/** A demo page or panel about one customer (the one chosen in the list). */
export class DemoCustomerView extends DemoView {
  @property() customerId?: string;
}
