import { expect, fixture, html } from '@open-wc/testing';
import { composition, toTransactionColumns } from '@dossier/core';
import { axeViolations, hostile } from '../testing-fixtures/index.js';
import '../define.js';
const sample = () => composition(toTransactionColumns([{ customerId: 'c1', date: '2025-06-01', amount: 300 }, { customerId: 'c2', date: '2025-06-02', amount: 100 }]), { by: { c1: 'North', c2: 'South', c3: hostile }, customers: ['c3'] });
describe('dbg', function () {
  this.timeout(300000);
  for (let k = 0; k < 4; k++) it('axe ' + k, async () => {
    for (const theme of ['light', 'dark'] as const) {
      const t0 = performance.now();
      const wrap = await fixture<HTMLElement>(html`<div><dossier-composition-chart .composition=${sample()} .theme=${theme} locale="en"></dossier-composition-chart></div>`);
      const t1 = performance.now();
      const v = await axeViolations(wrap);
      console.log(theme, 'fixture', Math.round(t1 - t0), 'axe', Math.round(performance.now() - t1), document.visibilityState, document.hasFocus());
      expect(v).to.deep.equal([]);
    }
  });
});
