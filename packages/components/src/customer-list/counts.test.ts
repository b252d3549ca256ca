import { expect, fixture, html } from '@open-wc/testing';
import type { DossierCustomerList } from './customer-list.js';
import { syntheticRows } from '../testing-fixtures/rows.js';
import { viewers } from '../testing-fixtures/archive.js';
import '../define.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
async function countLine(el: DossierCustomerList): Promise<string> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
  return el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim();
}

describe('dossier-customer-list count line', () => {
  it('says "customer" of one and "customers" of more in English; Chinese has one form', async () => {
    const one = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(1)} .viewer=${viewers.manager}></dossier-customer-list>`);
    expect(await countLine(one)).to.equal('1 customer');
    one.locale = 'zh-CN';
    expect(await countLine(one)).to.equal('共 1 位客户');

    const two = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(2)} .viewer=${viewers.manager}></dossier-customer-list>`);
    expect(await countLine(two)).to.equal('2 customers');
    // Row 0 is grade A, row 1 grade B (abcGrades[i % 3]).
    two.grade = 'A';
    expect(await countLine(two)).to.equal('1 of 2 customers match');
    two.locale = 'zh-CN';
    expect(await countLine(two)).to.equal('2 位客户中 1 位符合条件');
  });

  it('keeps the noun singular when the one customer there is does not match', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" grade="A" .rows=${syntheticRows(1)} .viewer=${viewers.manager}></dossier-customer-list>`);
    // One row and it matches: the whole list is shown, so the line is the total's.
    expect(await countLine(el)).to.equal('1 customer');
    el.grade = 'B';
    expect(await countLine(el)).to.equal('0 of 1 customer matches');
  });
});
