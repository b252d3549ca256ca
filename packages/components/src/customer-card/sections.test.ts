import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryStore, dossierKinds, type DossierRecords } from '@dossier/storage-adapters';
import type { Task } from '@dossier/core';
import type { DossierCustomerCard } from './customer-card.js';
import { agendaArchive, agendaAsOf, agendaManager, agendaNames, agendaRep } from '../testing-fixtures/agenda.js';
import { axeViolations, deepText, eventually } from '../testing-fixtures/index.js';
import '../define/customer-card.js';
import '../define/tier-badge.js';

const archive = agendaArchive();
const customerA = archive.customers[0]!;
const work = { ...archive, customers: undefined };
const section = (el: DossierCustomerCard, id: string) => el.shadowRoot!.querySelector<HTMLDetailsElement>(`[part~=section][part~=${id}]`)!;
const textOf = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const figure = (el: DossierCustomerCard, label: string) =>
  [...el.shadowRoot!.querySelectorAll('[part=figures] > div')].find((d) => d.querySelector('dt')!.textContent === label)?.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim();

describe('dossier-customer-card 360° sections', () => {
  it('shows key figures, products, opportunities, cases, contracts, receivables and tasks (worked by hand in core, as of 2026-01-10)', async () => {
    const el = await fixture<DossierCustomerCard>(
      html`<dossier-customer-card locale="en" as-of=${agendaAsOf} .customer=${customerA} .work=${work} .viewer=${agendaManager} .names=${agendaNames}></dossier-customer-card>`,
    );
    // 8 000.50 + 3 000 this year against 5 000.25: +120 %.
    expect(figure(el, 'Revenue, last 12 months')).to.equal('¥11,000.50 +120% on the 12 months before');
    expect(figure(el, 'Last purchase')).to.equal('Dec 20, 2025');
    expect(figure(el, 'Receivables')).to.equal('¥10,000.50 ¥7,000.50 overdue');
    expect(figure(el, 'Credit used')).to.equal('100% of ¥10,000.00 — exceeded');
    expect(figure(el, 'Open opportunities')).to.equal('2 · ¥70,000.10');
    // The last visit 2025-12-20 + 14 days (grade A) was due 2026-01-03.
    expect(figure(el, 'Follow-up cadence')).to.equal('every 14 days, 7 days overdue');
    expect([...section(el, 'products').querySelectorAll('li')].map(textOf)).to.deep.equal([
      '机床 ¥8,000.50 · 2 units · last Nov 1, 2025',
      '刀具 ¥3,000.00 · 1 unit · last Dec 20, 2025',
    ]);
    expect([...section(el, 'opportunities').querySelectorAll('li')].map(textOf)).to.deep.equal(['备件 ¥20,000.10 · expected close Feb 1, 2026', '二期 ¥50,000.00 · expected close Mar 1, 2026']);
    expect(textOf(section(el, 'contracts'))).to.include('自动续约服务');
    expect(textOf(section(el, 'receivables'))).to.include('0–30 days¥3,000.00');
    expect(textOf(section(el, 'receivables'))).to.include('61–90 days¥7,000.50');
    expect(textOf(section(el, 'tasks'))).to.include('No open task.');
    expect(deepText(el.shadowRoot!)).to.include('王磊'); // the owner by name
    // No interaction planned: the next follow-up is the cadence's due date, not "none".
    const next = [...el.shadowRoot!.querySelectorAll('[part=facts] > div')].find((d) => d.querySelector('dt')!.textContent === 'Next follow-up due');
    expect(next!.querySelector('dd')!.textContent).to.equal('Jan 3, 2026 (every 14 days)');
  });

  it('leaves amounts out for a rep who does not own the customer, and says restricted (zh-CN)', async () => {
    const otherRep = { ...agendaRep, userId: 'R2' };
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="zh-CN" as-of=${agendaAsOf} .customer=${customerA} .work=${work} .viewer=${otherRep}></dossier-customer-card>`);
    const text = deepText(el.shadowRoot!);
    for (const amount of ['11,000.50', '7,000.50', '70,000.10', '20,000.10', '8,000.50']) expect(text, amount).not.to.include(amount);
    expect(figure(el, '近 12 个月销售额')).to.equal('无权查看');
    expect(textOf(section(el, 'opportunities'))).to.include('备件');
  });

  it('has an empty state in every section, and every section collapses', async () => {
    const empty = { ...customerA, id: 'C-Z' };
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="zh-CN" as-of=${agendaAsOf} .customer=${empty} .work=${work} .viewer=${agendaManager}></dossier-customer-card>`);
    expect(['products', 'opportunities', 'service-cases', 'contracts', 'receivables', 'tasks'].map((id) => section(el, id).querySelector('.empty')?.textContent)).to.deep.equal([
      '近 12 个月没有购买。',
      '没有进行中的商机。',
      '没有服务工单。',
      '没有合同。',
      '没有应收款。',
      '没有待办事项。',
    ]);
    const products = section(el, 'products');
    expect(products.open).to.equal(true);
    products.querySelector('summary')!.click();
    expect(products.open).to.equal(false);
  });

  it('logs a call with a next step from the card: the interaction and an open task are stored, and the task is listed', async () => {
    const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds() });
    await store.batch([
      { op: 'put', kind: 'customer', value: customerA },
      ...(archive.interactions ?? []).filter((i) => i.customerId === 'C-A').map((value) => ({ op: 'put' as const, kind: 'interaction' as const, value })),
    ]);
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="en" customer-id="C-A" as-of=${agendaAsOf} .store=${store} .viewer=${agendaRep}></dossier-customer-card>`);
    await eventually(() => el.shadowRoot!.querySelector('[part=log-form]') !== null);
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('[part=log-form]')!;
    form.querySelector<HTMLSelectElement>('select[name=kind]')!.value = 'call';
    form.querySelector<HTMLInputElement>('input[name=subject]')!.value = '确认二期需求';
    form.querySelector<HTMLInputElement>('input[name=nextStep]')!.value = '发送二期报价';
    // The next step is due a week after the card's day unless changed.
    expect(form.querySelector<HTMLInputElement>('input[name=nextStepDue]')!.value).to.equal('2026-01-17');
    form.requestSubmit();
    await eventually(() => textOf(section(el, 'tasks')).includes('发送二期报价'));
    expect(textOf(section(el, 'tasks'))).to.include('发送二期报价 Call · due Jan 17, 2026');
    const tasks = (await store.list('task', { customerId: 'C-A' })).items.map((r) => r.value as Task);
    expect(tasks).to.have.length(1);
    expect(tasks[0]).to.include({ title: '发送二期报价', dueOn: '2026-01-17', ownerId: 'R1', status: 'open', origin: 'interaction', kind: 'call' });
    const logged = await store.get('interaction', tasks[0]!.fromInteractionId!);
    expect(logged?.value).to.include({ kind: 'call', by: 'R1', subject: '确认二期需求' });
    // The call is the card's day's last contact: the cadence is met again.
    await eventually(() => figure(el, 'Follow-up cadence') === 'every 14 days, next due Jan 24, 2026');
    expect(figure(el, 'Follow-up cadence')).to.equal('every 14 days, next due Jan 24, 2026');
    expect(el.shadowRoot!.querySelector('[part=log-form] [role=status]')!.textContent).to.equal('Logged. Next step: 发送二期报价, due Jan 17, 2026.');
    // The form is cleared for the next call.
    expect(form.querySelector<HTMLInputElement>('input[name=nextStep]')!.value).to.equal('');
    expect(form.querySelector<HTMLInputElement>('input[name=nextStepDue]')!.value).to.equal('2026-01-17');
  });

  it('writes full records (schema version, instants as ISO text), which a store of plain JSON kinds or over HTTP takes as they are', async () => {
    const store = createMemoryStore();
    await store.put('customer', JSON.parse(JSON.stringify(customerA)));
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="zh-CN" customer-id="C-A" as-of=${agendaAsOf} .store=${store} .viewer=${agendaRep}></dossier-customer-card>`);
    await eventually(() => el.shadowRoot!.querySelector('[part=log-form]') !== null);
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('[part=log-form]')!;
    form.querySelector<HTMLSelectElement>('select[name=kind]')!.value = 'visit';
    form.querySelector<HTMLInputElement>('input[name=nextStep]')!.value = '带样品再访';
    form.requestSubmit();
    await eventually(() => el.shadowRoot!.querySelector('[part=log-form] [role=status]') !== null);
    const [task] = (await store.list('task')).items.map((r) => r.value);
    expect(task).to.include({ schemaVersion: 1, createdAt: '2026-01-10T04:00:00.000Z', status: 'open', kind: 'visit', dueOn: '2026-01-17', title: '带样品再访' });
    const [visit] = (await store.list('interaction')).items.map((r) => r.value);
    expect(visit).to.include({ schemaVersion: 1, at: '2026-01-10T04:00:00.000Z', kind: 'visit', by: 'R1' });
    expect(visit!['contactIds']).to.deep.equal([]);
  });

  it('is axe-clean with every section, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<DossierCustomerCard>(
        html`<dossier-customer-card locale="zh-CN" theme=${theme} as-of=${agendaAsOf} .customer=${customerA} .work=${work} .viewer=${agendaManager}></dossier-customer-card>`,
      );
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});
