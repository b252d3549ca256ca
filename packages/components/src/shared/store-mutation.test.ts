import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { createMemoryStore, storeError, type BatchOp, type BatchOptions, type BatchResult, type Store } from '@dossier/storage-adapters';
import { DossierElement } from './dossier-element.js';
import { StoreMutation, type WritableStore } from './store-mutation.js';
import { anonymousViewer } from './viewer.js';
import type { Viewer } from '@dossier/core';
import { viewers } from '../testing-fixtures/archive.js';

class MutationProbe extends DossierElement {
  @property({ attribute: false }) store?: WritableStore;
  readonly write = new StoreMutation(this);
  override render() {
    return litHtml`<p>${this.write.status}</p><p role="alert">${this.write.errorMessage ?? ''}</p>`;
  }
}
customElements.define('store-mutation-probe', MutationProbe);

/** A store that records what each batch was called with and answers as told. */
function spyStore(answer: () => Promise<BatchResult>): WritableStore & { calls: { ops: readonly BatchOp[]; options: BatchOptions | undefined }[] } {
  const calls: { ops: readonly BatchOp[]; options: BatchOptions | undefined }[] = [];
  return { calls, batch: (ops, options) => (calls.push({ ops, options }), answer()) };
}

const probe = async (store: WritableStore | undefined, viewer: Viewer = viewers.owner, locale = 'en') =>
  fixture<MutationProbe>(html`<store-mutation-probe locale=${locale} .store=${store} .viewer=${viewer}></store-mutation-probe>`);
const shown = (el: MutationProbe) => el.shadowRoot!.textContent ?? '';

describe('StoreMutation', () => {
  it('records the writer given as by (an import on someone’s behalf), still on the host’s viewer', async () => {
    const store = spyStore(async () => ({ ok: true, records: [] }));
    const el = await probe(store, viewers.manager);
    await el.write.batch([{ op: 'put', kind: 'customer', value: { id: 'C-1' } }], { by: 'import-bot' });
    expect(store.calls.map((c) => c.options)).to.deep.equal([{ viewer: viewers.manager, by: 'import-bot' }]);
  });

  it('writes through the store on the host’s viewer and as that user, pending then success', async () => {
    const store: Store = createMemoryStore();
    const el = await probe(store);
    const running = el.write.put('customer', { id: 'C-1', name: '杭州科技' }, { baseRev: 0 });
    expect(el.write.status).to.equal('pending');
    const outcome = await running;
    expect(outcome.status).to.equal('success');
    expect(el.write.records?.[0]).to.include({ id: 'C-1', rev: 1, by: 'rep-7' });
    expect((await store.get('customer', 'C-1'))?.by).to.equal('rep-7');
    await el.updateComplete;
    expect(shown(el)).to.contain('success');
  });

  it('always passes the viewer: the given one, or the anonymous one (and then no `by`)', async () => {
    const store = spyStore(async () => ({ ok: true, records: [] }));
    const el = await probe(store, viewers.manager);
    await el.write.batch([{ op: 'remove', kind: 'contact', id: 'P-1', baseRev: 2 }]);
    expect(store.calls[0]!.options).to.deep.equal({ viewer: viewers.manager, by: 'm-1' });
    expect(store.calls[0]!.ops).to.deep.equal([{ op: 'remove', kind: 'contact', id: 'P-1', baseRev: 2 }]);
    el.viewer = undefined;
    await el.write.put('customer', { id: 'C-2' });
    expect(store.calls[1]!.options).to.deep.equal({ viewer: anonymousViewer });
    expect(store.calls[1]!.ops).to.deep.equal([{ op: 'put', kind: 'customer', value: { id: 'C-2' } }]);
  });

  it('reports a conflict as its outcome, nothing written', async () => {
    const store: Store = createMemoryStore();
    await store.put('customer', { id: 'C-1', name: '旧' });
    const el = await probe(store);
    const outcome = await el.write.put('customer', { id: 'C-1', name: '新' }, { baseRev: 0 });
    expect(outcome.status).to.equal('conflict');
    expect(el.write.status).to.equal('conflict');
    expect(el.write.conflicts?.map((c) => [c.id, c.current?.rev])).to.deep.equal([['C-1', 1]]);
    expect((await store.get('customer', 'C-1'))?.rev).to.equal(1);
  });

  for (const [locale, refused, noStore] of [
    ['en', 'You may not change', 'There is no store to save to'],
    ['zh-CN', '你无权修改', '没有可保存到的存储'],
  ] as const) {
    it(`says a store error and a missing store in the host’s locale, never throwing (${locale})`, async () => {
      const error = storeError('forbidden', 'forbidden', { kind: 'customer', id: 'C-1', params: { fields: 'credit', role: 'rep' } });
      const el = await probe(spyStore(() => Promise.reject(error)), viewers.owner, locale);
      const outcome = await el.write.put('customer', { id: 'C-1' });
      expect(outcome).to.deep.equal({ status: 'error', error });
      expect(el.write.status).to.equal('error');
      expect(el.write.errorMessage).to.contain(refused);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(refused);

      const bare = await probe(undefined, viewers.owner, locale);
      expect((await bare.write.put('customer', { id: 'C-1' })).status).to.equal('error');
      expect(bare.write.errorMessage).to.contain(noStore);
    });
  }

  it('keeps the state of the newest write when an older one finishes later; reset goes back to idle', async () => {
    let release!: (result: BatchResult) => void;
    const answers = [new Promise<BatchResult>((resolve) => (release = resolve)), Promise.resolve<BatchResult>({ ok: true, records: [] })];
    let i = 0;
    const el = await probe(spyStore(() => answers[i++]!));
    const first = el.write.put('customer', { id: 'C-1' });
    await el.write.put('customer', { id: 'C-1' });
    expect(el.write.status).to.equal('success');
    release({ ok: false, conflicts: [] });
    expect((await first).status).to.equal('conflict');
    expect(el.write.status).to.equal('success');
    el.write.reset();
    expect(el.write.status).to.equal('idle');
    expect(el.write.records).to.equal(undefined);
  });
});
