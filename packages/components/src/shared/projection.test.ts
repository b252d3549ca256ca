import { expect, fixture, html } from '@open-wc/testing';
import type { DossierCustomerCard } from '../customer-card/customer-card.js';
import type { DossierHistory, HistoryRevision } from '../history/history.js';
import { deepText } from '../testing-fixtures/index.js';
import { currentCustomer, personCustomer, viewers } from '../testing-fixtures/archive.js';
import { fieldRuleOf } from './projection.js';
import '../define.js';

// The same record, as a first revision whose changes hold its values.
const asHistory = (record: Record<string, unknown>, paths: string[][]): HistoryRevision[] => [
  {
    kind: 'customer',
    id: String(record['id']),
    deleted: false,
    rev: 1,
    op: 'put',
    at: '2026-01-05T02:00:00.000Z',
    by: 'rep-7',
    value: record,
    changes: paths.map((path) => ({ path, after: path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], record) as never })),
  },
];

async function cardAndHistory(record: Record<string, unknown>) {
  const card = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="en" .customer=${record} .contacts=${[]} .interactions=${[]} .viewer=${viewers.otherRep}></dossier-customer-card>`);
  const history = await fixture<DossierHistory>(
    html`<dossier-history locale="en" .revisions=${asHistory(record, [['name', 'zh'], ['phone'], ['mobile']])} .interactions=${[]} .viewer=${viewers.otherRep}></dossier-history>`,
  );
  return { card: deepText(card.shadowRoot!), history: deepText(history.shadowRoot!) };
}

describe('one masking projection for every element', () => {
  it("shows another rep's company customer the same in the card and the history: name and phone in plain, mobile masked alike", async () => {
    const { card, history } = await cardAndHistory(currentCustomer as unknown as Record<string, unknown>);
    for (const text of [card, history]) {
      expect(text).to.contain('杭州西湖科技有限公司');
      expect(text).to.contain('0571-88886666');
      expect(text).to.contain('139****5678');
    }
  });

  it("masks another rep's private customer's name and phone alike in the card and the history", async () => {
    const person = { ...personCustomer, phone: '021-11112222' } as unknown as Record<string, unknown>;
    const { card, history } = await cardAndHistory(person);
    const name = (personCustomer.name as { zh: string }).zh;
    for (const text of [card, history]) {
      expect(text).not.to.contain(name);
      expect(text).to.contain(`${name[0]}${'*'.repeat(name.length - 1)}`);
      expect(text).not.to.contain('021-11112222');
    }
  });

  it("takes the rule by the record's own kind", () => {
    expect(fieldRuleOf('customer', { kind: 'organisation' }, 'phone')).to.deep.equal({ path: 'phone', sensitivity: 'internal', level: 1, mask: 'phone' });
    expect(fieldRuleOf('customer', { kind: 'person' }, 'phone').sensitivity).to.equal('confidential');
    expect(fieldRuleOf('customer', { kind: 'person' }, 'name.zh').sensitivity).to.equal('confidential');
    expect(fieldRuleOf('customer', { kind: 'organisation' }, 'nothing.here')).to.deep.equal({ path: 'nothing.here', sensitivity: 'secret', level: 3 });
  });
});
