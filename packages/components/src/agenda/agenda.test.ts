import { expect, fixture, html } from '@open-wc/testing';
import { defaultRoles, type WorkArchive } from '@dossier/core';
import { createMemoryStore, dossierKinds, type DossierRecords, type Store } from '@dossier/storage-adapters';
import { DossierAgenda } from './agenda.js';
import { agendaArchive, agendaAsOf, agendaManager, agendaNames, agendaRep } from '../testing-fixtures/agenda.js';
import { axeViolations, eventually, press, smallTexts } from '../testing-fixtures/index.js';
import { failingStore } from '../testing-fixtures/sample.js';
import type { DossierSelectEvent } from '../shared/events.js';
import '../define/agenda.js';

const items = (el: DossierAgenda) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=item]')];
const groupTitles = (el: DossierAgenda) => [...el.shadowRoot!.querySelectorAll('[part=group-title]')].map((h) => h.textContent!.trim());
const text = (button: HTMLButtonElement) => button.textContent!.replace(/\s+/g, ' ').trim();

async function seededStore(archive: WorkArchive): Promise<Store<DossierRecords>> {
  const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'seed' });
  const put = <K extends keyof DossierRecords>(kind: K, values: readonly unknown[] | undefined) => (values ?? []).map((value) => ({ op: 'put' as const, kind, value: value as never }));
  await store.batch([
    ...put('customer', archive.customers),
    ...put('contact', archive.contacts),
    ...put('transaction', archive.transactions),
    ...put('interaction', archive.interactions),
    ...put('opportunity', archive.opportunities),
    ...put('task', archive.tasks),
    ...put('service-case', archive.serviceCases),
    ...put('contract', archive.contracts),
  ]);
  return store;
}

describe('dossier-agenda', () => {
  it("groups a rep's items by urgency in core's order, each with its customer, reason and day (zh-CN)", async () => {
    expect(customElements.get('dossier-agenda')).to.equal(DossierAgenda);
    const el = await fixture<DossierAgenda>(html`<dossier-agenda locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaRep} .archive=${agendaArchive()}></dossier-agenda>`);
    expect(groupTitles(el)).to.deep.equal(['已逾期', '今天', '即将到期']);
    expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.equal('逾期 6 项 · 今天 1 项 · 即将到期 4 项');
    // core's agenda.test.ts works these out by hand: C-A's receivable is 40 days late, first.
    expect(items(el).map((b) => b.dataset['item'])).to.deep.equal([
      'receivables-overdue:C-A',
      'follow-up:C-A',
      'credit-review:C-A',
      'service-case:C-B:S1',
      'receivables-overdue:C-B',
      'task:C-B:K1',
      'credit-limit:C-A',
      'birthday:C-A:P1',
      'anniversary:C-A:P1',
      'contract-ending:C-A:H1',
      'grade-review:C-B',
    ]);
    expect(text(items(el)[0]!)).to.equal('A 杭州西湖精密机械有限公司 1 笔应收款逾期，共 ¥7,000.50 应收款 已逾期 40 天');
    expect(text(items(el)[9]!)).to.include('“年度维保”即将到期');
    expect(text(items(el)[9]!)).to.include('10 天后到期');
    // A rep's own agenda names no owner.
    expect(el.shadowRoot!.textContent).not.to.include('负责人');
  });

  it('writes no text below 12 px (the grade, the tags, the owner and the day included), also under a page\'s smaller base size', async () => {
    // 13 px: a page's --dossier-font-size a little under the default 14 px (the meta line's 0.9em was 11.1 px there)
    for (const size of ['', '--dossier-font-size: 13px']) {
      const el = await fixture<DossierAgenda>(html`<dossier-agenda style=${size} locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaRep} .archive=${agendaArchive()}></dossier-agenda>`);
      expect(el.shadowRoot!.querySelector('.rule'), 'the tags are there').to.not.equal(null);
      expect(smallTexts(el.shadowRoot!), size || 'default').to.deep.equal([]);
    }
  });

  it('speaks English, and shows a manager every owner by name', async () => {
    const el = await fixture<DossierAgenda>(
      html`<dossier-agenda locale="en" as-of=${agendaAsOf} .viewer=${agendaManager} .names=${agendaNames} .archive=${agendaArchive()}></dossier-agenda>`,
    );
    expect(groupTitles(el)).to.deep.equal(['Overdue', 'Today', 'Coming up']);
    const suzhou = items(el).find((b) => b.dataset['item'] === 'follow-up:C-C')!;
    expect(text(suzhou)).to.equal('C Suzhou Park Electronics Co., Ltd. Follow-up every 90 days: no contact logged yet Follow-up Owner: 李娜 11 days overdue');
    expect(items(el).some((b) => b.dataset['item']?.startsWith('anniversary'))).to.equal(false);
  });

  it('dispatches dossier-select with the customer on click, Enter and Space', async () => {
    const el = await fixture<DossierAgenda>(html`<dossier-agenda locale="en" as-of=${agendaAsOf} .viewer=${agendaRep} .archive=${agendaArchive()}></dossier-agenda>`);
    const chosen: [string, number][] = [];
    el.addEventListener('dossier-select', (e: DossierSelectEvent) => chosen.push([e.detail.customerId, e.detail.index]));
    items(el)[3]!.click();
    items(el)[0]!.focus();
    await press('Enter');
    items(el)[5]!.focus();
    await press('Space');
    expect(chosen).to.deep.equal([
      ['C-B', 3],
      ['C-A', 0],
      ['C-B', 5],
    ]);
  });

  it('reads through the store as the viewer, and drops the follow-up once a visit is logged', async () => {
    const store = await seededStore(agendaArchive());
    const el = await fixture<DossierAgenda>(html`<dossier-agenda locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaRep} .store=${store}></dossier-agenda>`);
    await eventually(() => items(el).length > 0);
    expect(items(el).length).to.equal(11);
    expect(items(el).some((b) => b.dataset['item'] === 'follow-up:C-A')).to.equal(true);
    await store.put('interaction', { id: 'I-today', customerId: 'C-A', kind: 'visit', at: '2026-01-10T03:00:00.000Z', by: 'R1' } as never);
    await eventually(() => !items(el).some((b) => b.dataset['item'] === 'follow-up:C-A'));
    expect(items(el).map((b) => b.dataset['item'])).not.to.include('follow-up:C-A');
    expect(items(el).length).to.equal(10);
  });

  it('shows a person customer’s name masked to a viewer who may not read it', async () => {
    const archive = agendaArchive();
    const person = { ...archive.customers[2]!, kind: 'person', name: { zh: '王秘芳' } } as unknown as WorkArchive['customers'][number];
    const el = await fixture<DossierAgenda>(
      html`<dossier-agenda locale="zh-CN" as-of=${agendaAsOf} .viewer=${{ userId: 'A1', role: defaultRoles['call-centre'] }} .archive=${{ ...archive, customers: [person] }}></dossier-agenda>`,
    );
    expect(items(el).length).to.be.greaterThan(0);
    expect(el.shadowRoot!.textContent).not.to.include('王秘芳');
    expect(text(items(el)[0]!)).to.include('王*');
  });

  it('says when nothing is due, when loading fails, in both locales', async () => {
    const empty = await fixture<DossierAgenda>(html`<dossier-agenda locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaRep} .archive=${{ customers: [] }}></dossier-agenda>`);
    expect(empty.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('没有到期事项，所有客户均按计划跟进。');
    const emptyEn = await fixture<DossierAgenda>(html`<dossier-agenda locale="en" as-of=${agendaAsOf} .archive=${{ customers: [] }}></dossier-agenda>`);
    expect(emptyEn.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Nothing is due. Every customer is followed up as planned.');
    const failing = await fixture<DossierAgenda>(html`<dossier-agenda locale="en" as-of=${agendaAsOf} .viewer=${agendaRep} .store=${failingStore()}></dossier-agenda>`);
    await eventually(() => failing.shadowRoot!.querySelector('[role=alert]') !== null);
    expect(failing.shadowRoot!.querySelector('[role=alert]')!.textContent).to.match(/^The agenda could not be loaded: /);
  });

  it('is axe-clean in en and zh-CN, light and dark', async () => {
    for (const [locale, theme] of [['en', 'light'], ['zh-CN', 'dark']] as const) {
      const el = await fixture<DossierAgenda>(
        html`<dossier-agenda locale=${locale} theme=${theme} as-of=${agendaAsOf} .viewer=${agendaManager} .names=${agendaNames} .archive=${agendaArchive()}></dossier-agenda>`,
      );
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});
