import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { computeCustomerFigures, createGradingRun, explainGrade, gradeCustomers, migrationMatrix, type TransactionLine, type Viewer } from '@dossier/core';
import { DossierGradeMigration, type MigrationInput } from './grade-migration.js';
import { axeViolations, hostile, injectedElements } from '../testing-fixtures/index.js';
import { viewers } from '../testing-fixtures/archive.js';
import { anonymousViewer } from '../shared/viewer.js';
import '../define.js';

function run(id: string, asOf: string, date: string, revenue: Record<string, number>, extra: string[] = []) {
  const lines: TransactionLine[] = Object.entries(revenue).map(([customerId, amount]) => ({ customerId, date, amount }));
  const figures = computeCustomerFigures(lines, { asOf, customerIds: extra });
  return createGradingRun(gradeCustomers(figures, { method: 'abc-share' }), figures, { id, ranBy: 'test' });
}

// abc-share, cut-offs 80 % / 95 %, A while the share of those ahead is < 80 %:
// run 1: c1 850 (ahead 0 → A), c2 120 (ahead 85 % → B), c3 30 (ahead 97 % → C)
// run 2: c2 850 (A), c3 120 (B), c1 30 (C), and c4 enters with nothing (C)
// so A→C: c1, B→A: c2, C→B: c3; nobody stays; c4 entered.
const migration = (): MigrationInput =>
  migrationMatrix(
    run('2025-H1', '2025-07-01', '2025-03-01', { c1: 850, c2: 120, c3: 30 }),
    run('2025-H2', '2026-01-01', '2025-09-01', { c1: 30, c2: 850, c3: 120 }, ['c4']),
  );

// The same moves with amounts no other text on the widget contains, to look for in the markup:
// run 1: c1 85,123.45 (A), c2 12,045.67 (B), c3 3,012.89 (C);
// run 2: c2 87,654.32 (A), c3 11,223.34 (B), c1 2,998.76 (C). c1 moved from A to C.
const privateMigration = (): MigrationInput =>
  migrationMatrix(
    run('2025-H1', '2025-07-01', '2025-03-01', { c1: 85_123.45, c2: 12_045.67, c3: 3_012.89 }),
    run('2025-H2', '2026-01-01', '2025-09-01', { c1: 2_998.76, c2: 87_654.32, c3: 11_223.34 }),
  );
/** c1's revenue in both runs, as the explanations write it, and as raw numbers. */
const c1Revenue = ['85,123.45', '2,998.76', '85123.45', '2998.76'];
/** Which of `values` the shadow root's markup contains (text and attributes, hidden or not). */
const found = (el: Element, values: readonly string[]) => values.filter((v) => el.shadowRoot!.innerHTML.includes(v));

const cell = (el: DossierGradeMigration, row: number, column: number) =>
  el.shadowRoot!.querySelector<HTMLElement>(`td[data-row="${row}"][data-column="${column}"]`)!;

describe('dossier-grade-migration', () => {
  it('is defined and shows the empty state by default', async () => {
    expect(customElements.get('dossier-grade-migration')).to.equal(DossierGradeMigration);
    const el = await fixture<DossierGradeMigration>(html`<dossier-grade-migration locale="en"></dossier-grade-migration>`);
    expect(el.maxMovers).to.equal(50);
    expect(el.viewer).to.equal(undefined);
    expect(el.resolvedViewer).to.equal(anonymousViewer);
    expect(el.owners).to.deep.equal({});
    expect(el.names).to.deep.equal({});
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('No data to show.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows the hand-computed matrix of counts', async () => {
    const el = await fixture<DossierGradeMigration>(html`<dossier-grade-migration .migration=${migration()} locale="en"></dossier-grade-migration>`);
    const counts = [0, 1, 2].map((row) => [0, 1, 2].map((column) => cell(el, row, column).querySelector('.n')!.textContent));
    expect(counts).to.deep.equal([
      ['0', '0', '1'],
      ['1', '0', '0'],
      ['0', '1', '0'],
    ]);
    // c2 B→A and c3 C→B went up, c1 A→C went down (revenue 30 > 0: not lost)
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain(
      '3 customers in both runs: 0 kept their grade, 2 went up, 1 went down (0 of them lost); 1 entered, 0 left.',
    );
    const headers = [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(headers).to.deep.equal(['From Grade A', 'From Grade B', 'From Grade C']);
  });

  it('lists the movers of a clicked cell with both explanations, and emits dossier-migration-select', async () => {
    const m = migration();
    const el = await fixture<DossierGradeMigration>(
      html`<dossier-grade-migration .migration=${m} .names=${{ c1: '华东精密机械有限公司' }} .viewer=${viewers.manager} locale="zh-CN"></dossier-grade-migration>`,
    );
    setTimeout(() => cell(el, 0, 2).click());
    const event = await oneEvent(el, 'dossier-migration-select');
    expect(event.detail).to.deep.equal({ from: 'A', to: 'C', count: 1, customerIds: ['c1'] });
    await el.updateComplete;
    const movers = el.shadowRoot!.querySelectorAll('[part=mover]');
    expect(movers.length).to.equal(1);
    expect(movers[0]!.querySelector('.who')!.textContent).to.equal('华东精密机械有限公司');
    const mover = m.movers.find((x) => x.customerId === 'c1')!;
    const dds = [...movers[0]!.querySelectorAll('dd')].map((dd) => dd.textContent);
    const named = { name: '华东精密机械有限公司' };
    expect(dds).to.deep.equal([explainGrade(mover.fromExplanation, 'zh-CN', named), explainGrade(mover.toExplanation, 'zh-CN', { ...named, previousGrade: 'A' })]);
    // the customer is named in its explanations, never by id
    expect(dds.every((dd) => dd!.startsWith('华东精密机械有限公司 为') && !dd!.includes('c1'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part=movers] h3')!.textContent).to.equal('从 A 类客户 到 C 类客户：1 位客户');
    expect(cell(el, 0, 2).getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[part=note]').length).to.equal(0);
  });

  describe('privacy', () => {
    /** The widget with cell A → C (c1) chosen. */
    async function chosen(viewer: Viewer | undefined, owners: Record<string, string> = {}) {
      const el = await fixture<DossierGradeMigration>(html`<dossier-grade-migration .migration=${privateMigration()} .names=${{ c1: '华东精密机械有限公司' }}
        .owners=${owners} .viewer=${viewer} locale="en"></dossier-grade-migration>`);
      cell(el, 0, 2).click();
      await el.updateComplete;
      return el;
    }
    const notes = (el: DossierGradeMigration) => [...el.shadowRoot!.querySelectorAll('[part=note]')].map((p) => p.textContent);

    it('gives a viewer cleared for revenue the explanations, revenue included', async () => {
      const el = await chosen(viewers.manager);
      expect(el.shadowRoot!.querySelectorAll('[part=mover] dd').length).to.equal(2);
      expect(found(el, c1Revenue)).to.deep.equal(['85,123.45', '2,998.76']);
      expect(notes(el)).to.deep.equal([]);
    });

    it('leaves the explanations out of the DOM for a rep who does not own the customer, and says so', async () => {
      const el = await chosen(viewers.otherRep, { c1: viewers.owner.userId });
      expect(el.shadowRoot!.querySelector('[part=mover] .who')!.textContent).to.equal('华东精密机械有限公司');
      expect(el.shadowRoot!.querySelectorAll('[part=mover] dl').length).to.equal(0);
      expect(found(el, c1Revenue)).to.deep.equal([]);
      const mover = privateMigration().movers.find((x) => x.customerId === 'c1')!;
      const named = { name: '华东精密机械有限公司' };
      expect(found(el, [explainGrade(mover.fromExplanation, 'en', named), explainGrade(mover.toExplanation, 'en', named)])).to.deep.equal([]);
      expect(notes(el)).to.deep.equal(["Explanations you may not read are left out: they quote the customers' revenue."]);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it("gives a rep the explanations of their own customer (by owners)", async () => {
      const el = await chosen(viewers.owner, { c1: viewers.owner.userId });
      expect(found(el, c1Revenue)).to.deep.equal(['85,123.45', '2,998.76']);
      expect(notes(el)).to.deep.equal([]);
    });

    it('without a viewer lists no mover (its place in the cell tells its grades), in Chinese too', async () => {
      const el = await chosen(undefined);
      expect(el.shadowRoot!.querySelectorAll('[part=mover]').length).to.equal(0);
      expect(found(el, ['华东精密机械有限公司', ...c1Revenue])).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part=movers] h3')!.textContent).to.equal('From Grade A to Grade C (customers: 1)');
      expect(notes(el)).to.deep.equal(['Customers not listed, as you may not read their grades: 1.']);
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(notes(el)).to.deep.equal(['1 位客户未列出：您无权查看其等级。']);
    });

    it('names in its select event only the movers the viewer sees listed', async () => {
      for (const [viewer, ids] of [[undefined, []], [viewers.manager, ['c1']]] as const) {
        const el = await fixture<DossierGradeMigration>(html`<dossier-grade-migration .migration=${privateMigration()} .viewer=${viewer}></dossier-grade-migration>`);
        setTimeout(() => cell(el, 0, 2).click());
        const event = await oneEvent(el, 'dossier-migration-select');
        expect([event.detail.count, event.detail.customerIds]).to.deep.equal([1, ids]);
      }
    });

    it('takes the viewer from the provider, and its own viewer over the provider\'s', async () => {
      const wrapper = await fixture<HTMLElement>(html`<dossier-provider locale="en" .viewer=${viewers.manager}>
        <dossier-grade-migration .migration=${privateMigration()}></dossier-grade-migration>
      </dossier-provider>`);
      const el = wrapper.querySelector<DossierGradeMigration>('dossier-grade-migration')!;
      await el.updateComplete;
      cell(el, 0, 2).click();
      await el.updateComplete;
      expect(el.resolvedViewer).to.equal(viewers.manager);
      expect(found(el, c1Revenue)).to.deep.equal(['85,123.45', '2,998.76']);
      el.viewer = viewers.callCentre; // reads internal, not confidential
      await el.updateComplete;
      expect(found(el, c1Revenue)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('[part=mover]').length).to.equal(1);
    });
  });

  it('moves with arrow keys, opens with Enter, and keeps the list closed when the event is cancelled', async () => {
    const el = await fixture<DossierGradeMigration>(html`<dossier-grade-migration .migration=${migration()} locale="en"></dossier-grade-migration>`);
    cell(el, 0, 0).focus();
    cell(el, 0, 0).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 1, 0));
    cell(el, 1, 0).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=movers] h3')!.textContent).to.equal('From Grade B to Grade A (customers: 1)');
    el.addEventListener('dossier-migration-select', (e) => e.preventDefault(), { once: true });
    cell(el, 1, 0).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=movers]')!.children.length).to.equal(0);
  });

  it('renders hostile names and run ids as inert text, with no axe violations light and dark', async () => {
    const m = { ...migration(), from: hostile };
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<DossierGradeMigration>(html`<dossier-grade-migration style="background:${theme === 'dark' ? '#1b1e24' : '#fff'}" .migration=${m} .names=${{ c1: hostile }} .viewer=${viewers.manager} .theme=${theme} locale="en"></dossier-grade-migration>`);
      cell(el, 0, 2).click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.who')!.textContent).to.equal(hostile);
      expect(injectedElements(el.shadowRoot!)).to.equal(0);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});
