import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { createMemoryStore, type Store } from '@dossier/storage-adapters';
import { StorePager } from './store-pager.js';
import { eventually } from '../testing-fixtures/index.js';

class PagerProbe extends LitElement {
  @property({ attribute: false }) store?: Store;
  @property() only = '';
  @property({ type: Boolean }) off = false;
  readonly cursors: (string | undefined)[] = [];
  readonly pagesSeen: [string[], boolean][] = [];
  newQueries = 0;
  readonly pages = new StorePager<Store, string>(this, {
    kinds: ['customer'],
    enabled: () => !this.off,
    deps: () => [this.only],
    loadPage: async (store, cursor) => {
      this.cursors.push(cursor);
      const page = await store.list('customer', { limit: 2, sort: 'id', ...(cursor === undefined ? {} : { cursor }) });
      return { items: page.items.map((r) => r.id).filter((id) => id.startsWith(this.only)), nextCursor: page.nextCursor };
    },
    onPage: (items, first) => this.pagesSeen.push([[...items], first]),
    onNewQuery: () => this.newQueries++,
  });
  override render() {
    return litHtml`${this.pages.status}:${this.pages.items.join(',')}`;
  }
}
customElements.define('store-pager-probe', PagerProbe);

async function storeOf(ids: string[]): Promise<Store> {
  const store = createMemoryStore();
  for (const id of ids) await store.put('customer', { id, name: id });
  return store;
}

describe('StorePager', () => {
  it('loads the first page, then one page per more() until the last, keeping every page in order', async () => {
    const store = await storeOf(['A1', 'A2', 'A3', 'A4', 'A5']);
    const el = await fixture<PagerProbe>(html`<store-pager-probe .store=${store}></store-pager-probe>`);
    await eventually(() => el.pages.status === 'ready');
    expect(el.pages.items).to.deep.equal(['A1', 'A2']);
    expect(el.pages.cursor).to.be.a('string');
    el.pages.more();
    // A second more() while a page loads asks for nothing more.
    el.pages.more();
    await eventually(() => el.pages.status === 'ready');
    expect(el.pages.items).to.deep.equal(['A1', 'A2', 'A3', 'A4']);
    el.pages.more();
    await eventually(() => el.pages.items.length === 5 && el.pages.status === 'ready');
    expect(el.pages.cursor).to.equal(undefined);
    el.pages.more();
    await el.updateComplete;
    // Three loads: the first page (no cursor) and two more; the last page has no next cursor.
    expect(el.cursors.length).to.equal(3);
    expect(el.cursors[0]).to.equal(undefined);
    expect(el.pagesSeen).to.deep.equal([[['A1', 'A2'], true], [['A3', 'A4'], false], [['A5'], false]]);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('ready:A1,A2,A3,A4,A5');
  });

  it('starts again from the first page on new deps (a new query) and on a change of the data (not a new query)', async () => {
    const store = await storeOf(['A1', 'A2', 'B1', 'B2']);
    const el = await fixture<PagerProbe>(html`<store-pager-probe .store=${store}></store-pager-probe>`);
    await eventually(() => el.pages.status === 'ready');
    el.pages.more();
    await eventually(() => el.pages.items.length === 4);
    el.only = 'B';
    await eventually(() => el.pages.status === 'ready' && el.cursors.length === 3);
    expect(el.newQueries).to.equal(1);
    expect(el.cursors[2]).to.equal(undefined);
    // The first page (A1, A2) has no B: what was loaded is replaced, not added to.
    expect(el.pages.items).to.deep.equal([]);
    await store.put('customer', { id: 'A0', name: 'A0' });
    await eventually(() => el.cursors.length === 4);
    expect(el.cursors[3]).to.equal(undefined);
    expect(el.newQueries).to.equal(1);
  });

  it('loads nothing while disabled or without a store', async () => {
    const store = await storeOf(['A1']);
    const el = await fixture<PagerProbe>(html`<store-pager-probe off .store=${store}></store-pager-probe>`);
    await el.updateComplete;
    const none = await fixture<PagerProbe>(html`<store-pager-probe></store-pager-probe>`);
    await none.updateComplete;
    expect([el.pages.status, el.cursors.length, none.pages.status, none.cursors.length]).to.deep.equal(['idle', 0, 'idle', 0]);
    el.off = false;
    await eventually(() => el.pages.status === 'ready');
    expect(el.pages.items).to.deep.equal(['A1']);
  });

  it('keeps what was loaded after an error and says so', async () => {
    const store = await storeOf(['A1', 'A2', 'A3']);
    const el = await fixture<PagerProbe>(html`<store-pager-probe .store=${store}></store-pager-probe>`);
    await eventually(() => el.pages.status === 'ready');
    store.list = () => Promise.reject(new Error('offline'));
    el.pages.more();
    await eventually(() => el.pages.status === 'error');
    expect((el.pages.error as Error).message).to.equal('offline');
    expect(el.pages.items).to.deep.equal(['A1', 'A2']);
  });
});
