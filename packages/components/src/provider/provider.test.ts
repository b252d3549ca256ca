import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { ChangeEvent, ChangeListener, SubscribeOptions } from '@dossier/storage-adapters';
import { defaultRoles } from '@dossier/core';
import type { DossierProvider } from './provider.js';
import type { DossierTierBadge } from '../tier-badge/tier-badge.js';
import { StoreController, StoreLoader } from '../shared/store-controller.js';
import '../define.js';

/** A store with nothing but a change feed, to watch the controllers subscribe and unsubscribe. */
class FakeStore {
  listeners = new Set<ChangeListener>();
  options: (SubscribeOptions | undefined)[] = [];
  loads = 0;
  subscribe(listener: ChangeListener, options?: SubscribeOptions) {
    this.listeners.add(listener);
    this.options.push(options);
    return { ready: Promise.resolve(), unsubscribe: () => void this.listeners.delete(listener) };
  }
  emit(event: ChangeEvent) {
    for (const listener of this.listeners) listener(event);
  }
  async count() {
    this.loads++;
    return this.loads;
  }
}

class StoreProbe extends LitElement {
  store?: FakeStore;
  renders = 0;
  readonly feed = new StoreController<FakeStore>(this, { kinds: ['customer'] });
  readonly loader = new StoreLoader<FakeStore, number>(this, { kinds: ['customer'], deps: () => [], load: (s) => s.count() });
  protected override render() {
    this.renders++;
    return html`${this.loader.status}:${this.loader.value ?? ''}`;
  }
}
customElements.define('store-probe', StoreProbe);

const change: ChangeEvent = { changes: [{ kind: 'customer', id: 'c1', rev: 2, op: 'put', deleted: false, at: '2026-01-01T00:00:00Z', by: 'u1' }] };

describe('dossier-provider', () => {
  it('provides the locale and theme to the elements inside, and updates them when replaced', async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider locale="zh-CN" theme="dark">
      <dossier-tier-badge grade="A"></dossier-tier-badge>
    </dossier-provider>`);
    const badge = provider.querySelector('dossier-tier-badge')!;
    await badge.updateComplete;
    expect(badge.accessibleName).to.equal('A 类客户');
    expect(badge.matches(':state(dark)')).to.equal(true);
    provider.locale = 'en';
    provider.theme = 'light';
    await provider.updateComplete;
    await badge.updateComplete;
    expect(badge.accessibleName).to.equal('Grade A');
    expect(badge.matches(':state(dark)')).to.equal(false);
  });

  it("lets an element's own property win over the provided value", async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider locale="zh-CN">
      <dossier-tier-badge grade="B" locale="en"></dossier-tier-badge>
    </dossier-provider>`);
    const badge = provider.querySelector<DossierTierBadge>('dossier-tier-badge')!;
    await badge.updateComplete;
    expect(badge.accessibleName).to.equal('Grade B');
  });

  it('renders its children in place (display: contents) and has defaults', async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider><p>child</p></dossier-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.store).to.equal(undefined);
    expect(provider.viewer).to.equal(undefined);
    expect(provider.locale).to.equal(undefined);
  });

  it('gives the store to a StoreController, which subscribes, re-renders on changes and unsubscribes', async () => {
    const store = new FakeStore();
    const provider = await fixture<DossierProvider>(html`<dossier-provider .store=${store}><store-probe></store-probe></dossier-provider>`);
    const probe = provider.querySelector<StoreProbe>('store-probe')!;
    await probe.updateComplete;
    await new Promise((r) => setTimeout(r));
    await probe.updateComplete;
    expect(probe.feed.store).to.equal(store);
    expect(store.options[0]).to.deep.equal({ kinds: ['customer'] });
    expect(probe.shadowRoot!.textContent).to.equal('ready:1');
    const before = probe.renders;
    store.emit(change);
    await probe.updateComplete;
    await new Promise((r) => setTimeout(r));
    await probe.updateComplete;
    expect(probe.renders).to.be.greaterThan(before);
    expect(probe.feed.lastEvent).to.equal(change);
    expect(probe.shadowRoot!.textContent).to.equal('ready:2');
    probe.remove();
    expect(store.listeners.size).to.equal(0);
  });

  it('moves subscribers to a replaced store', async () => {
    const first = new FakeStore();
    const second = new FakeStore();
    const provider = await fixture<DossierProvider>(html`<dossier-provider .store=${first}><store-probe></store-probe></dossier-provider>`);
    const probe = provider.querySelector<StoreProbe>('store-probe')!;
    await probe.updateComplete;
    expect(first.listeners.size).to.be.greaterThan(0);
    provider.store = second;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(first.listeners.size).to.equal(0);
    expect(second.listeners.size).to.be.greaterThan(0);
  });

  it('provides the viewer as given', async () => {
    const viewer = { userId: 'm1', role: defaultRoles['sales-manager'] };
    const provider = await fixture<DossierProvider>(html`<dossier-provider .viewer=${viewer}></dossier-provider>`);
    expect(provider.viewer).to.equal(viewer);
  });
});
