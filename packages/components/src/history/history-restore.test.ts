// Restoring an old value or a whole revision from <dossier-history>: written through the store on
// the viewer's rights and as the viewer, based on the current revision, audited by a privacy store;
// fields the viewer may not read are never offered and keep their current values.
import { expect, fixture, html } from '@open-wc/testing';
import { importEncryptionKey, type Person, type Viewer } from '@dossier/core';
import { createMemoryAuditLog, createMemoryStore, withPrivacy, type Store } from '@dossier/storage-adapters';
import type { DossierHistory } from './history.js';
import { deepHTML, eventually, axeViolations } from '../testing-fixtures/index.js';
import { currentCustomer, secrets, viewers } from '../testing-fixtures/archive.js';
import '../define.js';

const people: Person[] = [
  { id: 'm-1', name: '李经理', nameEn: 'Manager Li' },
  { id: 'rep-7', name: '王芳', nameEn: 'Wang Fang' },
  { id: 'rep-9', name: '赵磊', nameEn: 'Zhao Lei' },
];

/** rev 1 as seeded (territory 华东, phone 0571-88886666); rev 2 territory 华南 (m-1); rev 3 territory 华北 and phone 0571-11112222 (rep-7). */
async function edited(store: Store = createMemoryStore()) {
  const json = JSON.parse(JSON.stringify(currentCustomer));
  await store.put('customer', json, { by: 'rep-7' });
  await store.put('customer', { ...json, territory: '华南' }, { baseRev: 1, by: 'm-1' });
  await store.put('customer', { ...json, territory: '华北', phone: '0571-11112222' }, { baseRev: 2, by: 'rep-7' });
  return store;
}

async function history(store: Store, viewer: Viewer, locale: 'en' | 'zh-CN' = 'en', revisions = 3) {
  const el = await fixture<DossierHistory>(html`<dossier-history locale=${locale} record-id="C-0001" show="revisions" .store=${store} .viewer=${viewer} .people=${people}></dossier-history>`);
  await eventually(() => el.shadowRoot!.querySelectorAll('[part=revision]').length === revisions);
  return el;
}

/** The revision items newest first, and the change items of one. */
const revisionItems = (el: DossierHistory) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=revision]')];
const change = (el: DossierHistory, rev: number, field: string) =>
  [...revisionItems(el)[revisionItems(el).length - rev]!.querySelectorAll<HTMLElement>('[part=change]')].find((li) => li.querySelector('[part=field]')!.textContent === field)!;
/** The text of an item without its buttons. */
const text = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('button').forEach((b) => b.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};

describe('dossier-history: restore', () => {
  it('restores one old value after a confirmation, as a new revision by the viewer, and says where it came from', async () => {
    const store = await edited();
    const el = await history(store, viewers.manager);
    // rev 2 changed the territory from 华东 to 华南; it is 华北 now: 华东 can be restored
    const button = change(el, 2, 'Territory').querySelector<HTMLButtonElement>('[part=restore]')!;
    expect(button.getAttribute('aria-label')).to.equal('Restore the old value (Territory: 华东)');
    button.click();
    await el.updateComplete;
    const confirm = el.shadowRoot!.querySelector('[part=confirm]')!;
    expect(confirm.querySelector('p')!.textContent).to.equal('Restore Territory to “华东”?');
    expect((await store.get('customer', 'C-0001'))!.rev).to.equal(3); // nothing written before the confirmation
    confirm.querySelector<HTMLButtonElement>('button.primary')!.click();
    await eventually(() => revisionItems(el).length === 4);
    const stored = (await store.get('customer', 'C-0001'))!;
    expect([stored.rev, stored.by, (stored.value as unknown as { territory: string }).territory, (stored.value as unknown as { phone: string }).phone]).to.deep.equal([4, 'm-1', '华东', '0571-11112222']);
    expect(el.shadowRoot!.querySelector('[part=restored]')!.textContent).to.equal('Restored from revision 1: 1 field(s), saved as revision 4.');
    expect(text(change(el, 4, 'Territory'))).to.equal('Territory: changed from 华北 → to 华东 (back to the value of revision 1)');
    expect(text(revisionItems(el)[0]!.querySelector('[part=revision-header]')!)).to.contain('by Manager Li');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('restores a whole revision: every field the viewer may change back, nothing else', async () => {
    const store = await edited();
    const el = await history(store, viewers.manager, 'zh-CN');
    const header = revisionItems(el)[2]!.querySelector('[part=revision-header]')!; // rev 1
    expect(text(header)).to.contain('操作人：王芳');
    // rev 1 created the record: its fields beyond the first few open on request
    revisionItems(el)[2]!.querySelector<HTMLButtonElement>('[part=show-all]')!.click();
    await el.updateComplete;
    // the owner's id is a person: by name
    expect(text(change(el, 1, '负责业务员'))).to.equal('负责业务员：设为 王芳');
    const button = header.querySelector<HTMLButtonElement>('[part=restore]')!;
    expect([button.textContent, button.getAttribute('aria-label')]).to.deep.equal(['恢复此版本', '恢复此版本（第 1 版）']);
    // the newest revision is what the record is: nothing to restore there
    expect(revisionItems(el)[0]!.querySelector('[part=revision-header] [part=restore]')).to.equal(null);
    button.click();
    await el.updateComplete;
    // territory 华北 → 华东 and phone 0571-11112222 → 0571-88886666: two fields
    expect(el.shadowRoot!.querySelector('[part=confirm] p')!.textContent).to.equal('恢复第 1 版？将改回 2 个字段。');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm] button.primary')!.click();
    await eventually(() => revisionItems(el).length === 4);
    const value = (await store.get('customer', 'C-0001'))!.value as unknown as { territory: string; phone: string; name: unknown };
    expect([value.territory, value.phone]).to.deep.equal(['华东', '0571-88886666']);
    expect(value.name).to.deep.equal(currentCustomer.name);
    expect(el.shadowRoot!.querySelector('[part=restored]')!.textContent).to.equal('已从第 1 版恢复 2 个字段，保存为第 4 版。');
  });

  it('through a privacy store: never offers a field the viewer may not read, keeps it, and the write is audited as the viewer', async () => {
    const audit = createMemoryAuditLog();
    const store = withPrivacy(createMemoryStore(), { key: await importEncryptionKey(new Uint8Array(32).fill(3)), audit });
    const json = JSON.parse(JSON.stringify(currentCustomer));
    await store.put('customer', json, { by: 'rep-7' });
    await store.put('customer', { ...json, territory: '华南', mobile: '13800002222' }, { baseRev: 1, by: 'm-1' });
    // another rep: the mobile (confidential) arrives masked, the territory (internal) is theirs to change
    const el = await history(store, viewers.otherRep, 'en', 2);
    expect(change(el, 2, 'Mobile').querySelector('[part=restore]')).to.equal(null);
    expect(change(el, 2, 'Territory').querySelector('[part=restore]')).not.to.equal(null);
    expect(deepHTML(el.shadowRoot!)).not.to.include(secrets.mobile);
    expect(deepHTML(el.shadowRoot!)).not.to.include('13800002222');
    revisionItems(el)[1]!.querySelector<HTMLButtonElement>('[part=revision-header] [part=restore]')!.click();
    await el.updateComplete;
    // only the territory counts: the mobile is neither offered nor counted
    expect(el.shadowRoot!.querySelector('[part=confirm] p')!.textContent).to.equal('Restore revision 1? Fields to change back: 1.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm] button.primary')!.click();
    await eventually(() => revisionItems(el).length === 3);
    const stored = (await store.get('customer', 'C-0001'))!;
    expect((stored.value as unknown as { territory: string }).territory).to.equal('华东');
    expect((stored.value as unknown as { mobile: string }).mobile).to.equal('13800002222');
    // the privacy store audits the write as the viewer (its batch entries name no fields)
    const updates = await audit.query({ action: 'update', userId: 'rep-9' });
    expect(updates.map((e) => [e.recordId, e.kind])).to.deep.equal([['C-0001', 'customer']]);
    expect(deepHTML(el.shadowRoot!)).not.to.include('13800002222');
  });

  it('offers nothing to restore to an anonymous viewer, or for revisions given as a property', async () => {
    const store = await edited();
    const anonymous = await fixture<DossierHistory>(html`<dossier-history locale="en" record-id="C-0001" show="revisions" .store=${store}></dossier-history>`);
    await eventually(() => anonymous.shadowRoot!.querySelectorAll('[part=revision]').length === 3);
    expect(anonymous.shadowRoot!.querySelectorAll('[part=restore]').length).to.equal(0);
    const given = await fixture<DossierHistory>(html`<dossier-history locale="en" .revisions=${await store.history('customer', 'C-0001')} .store=${store} .viewer=${viewers.manager}></dossier-history>`);
    expect(given.shadowRoot!.querySelectorAll('[part=revision]').length).to.equal(3);
    expect(given.shadowRoot!.querySelectorAll('[part=restore]').length).to.equal(0);
  });

  it('writes nothing when someone saved in between, and says so', async () => {
    const store = await edited();
    const el = await history(store, viewers.manager, 'zh-CN');
    // the store answers the write with a conflict, as when another save lands first
    const conflicting = Object.assign(Object.create(store) as Store, {
      batch: async () => ({ ok: false as const, conflicts: [{ kind: 'customer', id: 'C-0001', baseRev: 3, current: undefined, attempted: { op: 'put' } }] }),
    });
    el.store = conflicting;
    await el.updateComplete;
    change(el, 3, '电话').querySelector<HTMLButtonElement>('[part=restore]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm] button.primary')!.click();
    await eventually(() => el.shadowRoot!.querySelector('[part=restored]') !== null);
    expect(el.shadowRoot!.querySelector('[part=restored]')!.textContent).to.equal('在此期间有人保存了该记录，未做任何恢复。请查看最新版本后重试。');
    expect((await store.get('customer', 'C-0001'))!.rev).to.equal(3);
  });
});
