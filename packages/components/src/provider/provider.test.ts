import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { ChangeEvent, ChangeListener, RecordMap, Store, SubscribeOptions } from '@dossier/storage-adapters';
import { defaultRoles, type Person } from '@dossier/core';
import type { DossierProvider } from './provider.js';
import type { DossierTierBadge } from '../tier-badge/tier-badge.js';
import type { DossierCustomerCard } from '../customer-card/customer-card.js';
import { StoreController, StoreLoader } from '../shared/store-controller.js';
import { DossierPeopleElement } from '../shared/people-element.js';
import { axeViolations, rendered } from '../testing-fixtures/index.js';
import { abcExplanation, asOf, contacts, currentCustomer, interactions, viewers } from '../testing-fixtures/archive.js';
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

/** An element that shows one person's name, as every element names owners and actors. */
class PersonProbe extends DossierPeopleElement {
  personId?: string;
  protected override render() {
    return html`${this.personName(this.personId)}`;
  }
}
customElements.define('person-probe', PersonProbe);

const people: readonly Person[] = [
  { id: 'R037', name: '王芳', nameEn: 'Wang Fang' },
  { id: 'M001', name: '陈静' },
];

/** A provider around a grade-A card (with its explanation button and nested badge), rendered. */
async function providedCard(theme: 'light' | 'dark' = 'light', style = '') {
  const wrapper = fixtureSync<HTMLElement>(html`<div style="background:${theme === 'dark' ? '#15171c' : '#fff'};${style}">
    <dossier-provider locale="zh-CN" theme=${theme} .viewer=${viewers.manager}>
      <dossier-customer-card
        as-of=${asOf}
        .customer=${currentCustomer}
        .contacts=${contacts}
        .interactions=${interactions}
        .explanation=${abcExplanation}
      ></dossier-customer-card>
    </dossier-provider>
  </div>`);
  await rendered(wrapper);
  const provider = wrapper.querySelector<DossierProvider>('dossier-provider')!;
  const card = wrapper.querySelector<DossierCustomerCard>('dossier-customer-card')!;
  const part = (name: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`)!;
  expect(part('explain-button'), 'the card renders its explain button').not.to.equal(null);
  expect(part('badge'), 'the card renders its badge').not.to.equal(null);
  return { wrapper, provider, card, part };
}

/** Adds a page-level stylesheet for one test; the returned function removes it. */
function pageStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

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
    // the controller asks for its kinds only, and hears the feed's refusals (401/403) through onError
    expect(Object.keys(store.options[0]!).sort()).to.deep.equal(['kinds', 'onError']);
    expect(store.options[0]!.kinds).to.deep.equal(['customer']);
    expect(store.options[0]!.onError).to.be.a('function');
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
    // The fake has only the change feed the controllers use, not the whole contract.
    provider.store = second as unknown as Store<RecordMap>;
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

  it('provides the people directory: elements name people in the locale, and follow a replaced directory', async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider locale="zh-CN" .people=${people}>
      <person-probe .personId=${'R037'}></person-probe>
    </dossier-provider>`);
    const probe = provider.querySelector<PersonProbe>('person-probe')!;
    await probe.updateComplete;
    expect(probe.resolvedPeople).to.equal(people);
    expect(probe.shadowRoot!.textContent).to.equal('王芳');
    provider.locale = 'en';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Wang Fang');
    provider.people = [{ id: 'R037', name: '王芳芳', nameEn: 'Fangfang Wang' }];
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Fangfang Wang');
  });

  it("lets an element's own people win, and without any directory shows no id", async () => {
    const provider = await fixture<DossierProvider>(html`<dossier-provider locale="zh-CN" .people=${people}>
      <person-probe .personId=${'M001'} .people=${[{ id: 'M001', name: '陈经理' }]}></person-probe>
    </dossier-provider>`);
    const own = provider.querySelector<PersonProbe>('person-probe')!;
    await own.updateComplete;
    expect(own.shadowRoot!.textContent).to.equal('陈经理');
    const alone = await fixture<PersonProbe>(html`<person-probe locale="zh-CN" .personId=${'R037'}></person-probe>`);
    expect(alone.resolvedPeople).to.deep.equal([]);
    expect(alone.shadowRoot!.textContent).to.equal('未知人员');
  });

  it('has no accessibility violations around a card, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { wrapper, card, part } = await providedCard(theme);
      expect(card.matches(':state(dark)'), theme).to.equal(theme === 'dark');
      part('explain-button').click();
      await rendered(wrapper);
      expect(part('explanation'), 'the explanation is open').not.to.equal(null);
      expect(await axeViolations(wrapper), theme).to.deep.equal([]);
    }
  });

  it('themes the elements inside through the --dossier-* custom properties, across their shadow roots', async () => {
    const { wrapper, provider, card, part } = await providedCard();
    const button = part('explain-button');
    const badgeLabel = part('badge').shadowRoot!.querySelector('[part=label]')!;
    // The documented light defaults first.
    expect(getComputedStyle(button).color).to.equal('rgb(11, 92, 173)');
    expect(getComputedStyle(part('base')).color).to.equal('rgb(31, 35, 40)');
    expect(getComputedStyle(badgeLabel).backgroundColor).to.equal('rgb(26, 127, 55)');
    // Set on the provider (display: contents, but its custom properties still inherit).
    provider.style.setProperty('--dossier-color-accent', 'rgb(200, 10, 20)');
    provider.style.setProperty('--dossier-color-text', 'rgb(30, 40, 50)');
    expect(getComputedStyle(button).color).to.equal('rgb(200, 10, 20)');
    expect(getComputedStyle(part('base')).color).to.equal('rgb(30, 40, 50)');
    // Set on a container outside the provider; the badge inside the card's shadow root is two
    // shadow roots down.
    wrapper.style.setProperty('--dossier-color-border', 'rgb(1, 100, 1)');
    wrapper.style.setProperty('--dossier-badge-grade-a', 'rgb(60, 70, 80)');
    expect(getComputedStyle(part('base')).borderTopColor).to.equal('rgb(1, 100, 1)');
    expect(getComputedStyle(badgeLabel).backgroundColor).to.equal('rgb(60, 70, 80)');
    // The nearest value wins: the card's own overrides the provider's.
    card.style.setProperty('--dossier-color-accent', 'rgb(5, 6, 7)');
    expect(getComputedStyle(button).color).to.equal('rgb(5, 6, 7)');
  });

  it('lets page CSS style the documented parts through ::part(), and nothing else', async () => {
    const { part } = await providedCard();
    const badge = part('badge');
    const name = part('name');
    expect(getComputedStyle(badge).outlineStyle).to.equal('none');
    const before = getComputedStyle(name).letterSpacing;
    expect(before).not.to.equal('7px');
    const remove = pageStyle(`
      dossier-customer-card::part(badge) { outline: 3px solid rgb(1, 2, 3); }
      dossier-customer-card::part(name) { letter-spacing: 7px; }
      dossier-customer-card::part(header) [part=name] { letter-spacing: 9px; }
      dossier-customer-card [part=name] { letter-spacing: 11px; }
    `);
    try {
      expect(getComputedStyle(badge).outlineStyle).to.equal('solid');
      expect(getComputedStyle(badge).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(badge).outlineWidth).to.equal('3px');
      // Only ::part(name) applies: neither a descendant of a part nor a plain selector reaches in.
      expect(getComputedStyle(name).letterSpacing).to.equal('7px');
    } finally {
      remove();
    }
    expect(getComputedStyle(name).letterSpacing).to.equal(before);
  });

  it('keeps hostile global CSS out of the shadow DOM', async () => {
    const { wrapper, part } = await providedCard();
    const button = part('explain-button');
    const base = part('base');
    const facts = part('facts');
    const display = [getComputedStyle(button).display, getComputedStyle(facts).display, getComputedStyle(base).display];
    // (The button is a flex item of the header, so blockified.)
    expect(display).to.deep.equal(['block', 'grid', 'grid']);
    // A light-DOM control shows that the rules are in force on the page.
    const control = document.createElement('button');
    control.textContent = 'control';
    wrapper.append(control);
    const remove = pageStyle(`
      button, dl, article, header, [part] { display: none !important; }
      * { color: rgb(1, 2, 3) !important; border-color: rgb(4, 5, 6) !important; background: rgb(7, 8, 9) !important; }
    `);
    try {
      expect(getComputedStyle(control).display).to.equal('none');
      expect(getComputedStyle(control).color).to.equal('rgb(1, 2, 3)');
      // Inside the card's shadow root, the elements keep their own values.
      expect([getComputedStyle(button).display, getComputedStyle(facts).display, getComputedStyle(base).display]).to.deep.equal(display);
      expect(getComputedStyle(button).color).to.equal('rgb(11, 92, 173)');
      expect(getComputedStyle(base).color).to.equal('rgb(31, 35, 40)');
      expect(getComputedStyle(base).borderTopColor).to.equal('rgb(208, 215, 222)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(button.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      remove();
    }
  });
});
