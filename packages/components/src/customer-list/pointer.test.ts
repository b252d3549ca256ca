import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { DossierCustomerList } from './customer-list.js';
import { syntheticRows } from '../testing-fixtures/rows.js';
import { viewers } from '../testing-fixtures/archive.js';
import '../define.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
async function frames(n: number) {
  for (let i = 0; i < n; i++) await frame();
}

describe('dossier-customer-list with a real mouse', () => {
  it('opens the row clicked after scrolling, and stays where it was scrolled', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(1000)} .viewer=${viewers.manager}></dossier-customer-list>`);
    await frames(10);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
    const rowHeight = el.shadowRoot!.querySelector('[role=option]')!.getBoundingClientRect().height;
    // Scroll as the wheel does (the browser moves scrollTop; the test runner has no wheel command):
    // 40 rows down, then a real pointer press on the row three below the top.
    const box = scroller.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 40), Math.round(box.top + 20)] });
    scroller.scrollTop = 40 * rowHeight;
    await frames(10);
    const target = el.shadowRoot!.getElementById('row-43')!;
    const rect = target.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 40), Math.round(rect.top + rect.height / 2)] });
    await frames(6);
    // Before the fix, the press focused the list, which put its keyboard position on row 0 and
    // scrolled back to the top: the click landed on nothing and row 43 was never chosen.
    expect(el.selected).to.equal(el.rowAt(43)!.id);
    expect(scroller.scrollTop).to.be.closeTo(40 * rowHeight, 1);
    expect(scroller.getAttribute('aria-activedescendant')).to.equal('row-43');
  });
});
