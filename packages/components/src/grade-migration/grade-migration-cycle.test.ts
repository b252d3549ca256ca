// Up/down, lost, owners, last purchases, open, export, override and review of the migration.
// Expected values are worked out by hand from grading.md (abc-share, cut-offs 80 % / 95 %).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { computeCustomerFigures, createGradingRun, gradeCustomers, type Person, type TransactionLine, type Viewer } from '@dossier/core';
import type { DossierGradeMigration } from './grade-migration.js';
import { axeViolations } from '../testing-fixtures/index.js';
import { viewers } from '../testing-fixtures/archive.js';
import '../define.js';

function run(id: string, asOf: string, lines: TransactionLine[]) {
  const figures = computeCustomerFigures(lines, { asOf, customerIds: ['c1', 'c2', 'c3'] });
  return createGradingRun(gradeCustomers(figures, { method: 'abc-share' }), figures, { id, ranBy: 'system', ranAt: `${asOf}T08:00:00Z` });
}

// Run of 2025-07-01: c1 850 (0 % ahead → A), c2 120 (85 % ahead → B), c3 30 (97 % → C).
// Run of 2026-01-01: c1 nothing (revenue 0 → C: lost, A before), c2 850 (A), c3 120 (B).
// So c1 A→C down and lost, c2 B→A up, c3 C→B up.
const fromRun = run('run-previous-period', '2025-07-01', [
  { customerId: 'c1', date: '2025-03-01', amount: 850 },
  { customerId: 'c2', date: '2025-03-02', amount: 120 },
  { customerId: 'c3', date: '2025-03-03', amount: 30 },
]);
const toRun = run('run-this-period', '2026-01-01', [
  { customerId: 'c2', date: '2025-09-01', amount: 850 },
  { customerId: 'c3', date: '2025-09-02', amount: 120 },
]);
const names = { c1: '华东精密机械有限公司', c2: '宁波贸易', c3: '温州五金' };
const owners = { c1: 'R037', c2: 'rep-9', c3: 'R037' };
const people: Person[] = [{ id: 'R037', name: '王芳', nameEn: 'Wang Fang' }, { id: 'm-1', name: '李经理', nameEn: 'Manager Li' }];

const cell = (el: DossierGradeMigration, row: number, column: number) =>
  el.shadowRoot!.querySelector<HTMLElement>(`td[data-row="${row}"][data-column="${column}"]`)!;

async function widget(locale: 'en' | 'zh-CN', viewer: Viewer = viewers.manager, extra: { reviewer?: boolean } = {}) {
  return fixture<DossierGradeMigration>(html`<dossier-grade-migration locale=${locale} .fromRun=${fromRun} .toRun=${toRun} .names=${names}
    .owners=${owners} .people=${people} .viewer=${viewer} ?reviewer=${extra.reviewer ?? false}></dossier-grade-migration>`);
}

async function choose(el: DossierGradeMigration, row: number, column: number) {
  cell(el, row, column).click();
  await el.updateComplete;
}

describe('dossier-grade-migration: direction, lost, people and runs by date', () => {
  it('tells upgrades from downgrades by arrow, words and colour, with a legend, in both locales', async () => {
    for (const [locale, up, down, legend] of [
      ['en', 'went up', 'went down', ['Up: a better grade than before', 'Down: a worse grade than before', 'Lost: A or B before, no sales (or only returns) now']],
      ['zh-CN', '升级', '降级', ['升级：等级比上期高', '降级：等级比上期低', '流失：上期为 A 或 B 类，本期没有销售（或只有退货）']],
    ] as const) {
      const el = await widget(locale);
      const upCell = cell(el, 1, 0); // B → A
      const downCell = cell(el, 0, 2); // A → C
      expect(upCell.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`↑1 ${locale === 'en' ? 'customers' : '位客户'}, ${up}`);
      expect(downCell.textContent!.replace(/\s+/g, ' ').trim()).to.contain(`↓1 ${locale === 'en' ? 'customers' : '位客户'}, ${down}`);
      expect(downCell.querySelector('.cell-lost')!.textContent).to.equal(locale === 'en' ? '1 lost' : '流失 1');
      expect(getComputedStyle(upCell).backgroundColor).not.to.equal(getComputedStyle(downCell).backgroundColor);
      expect(getComputedStyle(upCell).color).not.to.equal(getComputedStyle(downCell).color);
      expect([...el.shadowRoot!.querySelectorAll('[part=legend] li')].map((li) => li.textContent!.slice(1).trim())).to.deep.equal(legend);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });

  it('names the runs by their dates, never by id, and counts the lost in the summary', async () => {
    const zh = await widget('zh-CN');
    expect(zh.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('等级迁移：2025年7月1日 的评级 → 2026年1月1日 的评级');
    expect(zh.shadowRoot!.querySelector('caption')!.textContent).to.equal(
      '两次评级都有的客户 3 位：0 位等级不变，2 位升级，1 位降级（其中流失 1 位）；新增 0 位，移出 0 位。',
    );
    const en = await widget('en');
    expect(en.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Grade migration: run of Jul 1, 2025 → run of Jan 1, 2026');
    await choose(en, 0, 2);
    expect(en.shadowRoot!.innerHTML).not.to.contain('run-previous-period');
    expect(en.shadowRoot!.innerHTML).not.to.contain('run-this-period');
  });

  it('flags a lost customer and says so in words, with owner by name and the last purchase of the earlier window', async () => {
    const el = await widget('zh-CN');
    await choose(el, 0, 2);
    const mover = el.shadowRoot!.querySelector('[part=mover]')!;
    expect(mover.querySelector('[part=lost]')!.textContent!.trim()).to.equal('! 流失');
    expect(mover.querySelector('[part=direction]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('↓ 降级 A 类客户 → C 类客户');
    expect([...mover.querySelectorAll('.meta span')].map((s) => s.textContent)).to.deep.equal(['负责人：王芳', '最近购买：2025年3月1日']);
    const after = mover.querySelectorAll('dd')[1]!.textContent;
    expect(after).to.equal('华东精密机械有限公司 已流失：上期为 A 类，本期没有销售（销售额 0），因此转为 C 类，不参与排名。');
    expect(mover.textContent).not.to.contain('不为正');
    expect(mover.textContent).not.to.contain('R037');

    const en = await widget('en');
    await choose(en, 0, 2);
    const m = en.shadowRoot!.querySelector('[part=mover]')!;
    expect([...m.querySelectorAll('.meta span')].map((s) => s.textContent)).to.deep.equal(['Owner: Wang Fang', 'Last purchase: Mar 1, 2025']);
    expect(m.querySelectorAll('dd')[1]!.textContent).to.equal(
      '华东精密机械有限公司 is lost: A in the run before, no sales in this window (revenue 0), so now C and not ranked.',
    );
  });

  it('an upgraded customer is not lost and reads its current last purchase', async () => {
    const el = await widget('en');
    await choose(el, 1, 0); // B → A: c2
    const mover = el.shadowRoot!.querySelector('[part=mover]')!;
    expect(mover.querySelector('[part=lost]')).to.equal(null);
    expect(mover.querySelector('[part=direction]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('↑ Up Grade B → Grade A');
    // rep-9 is not in the directory: a person, unknown, never the id
    expect([...mover.querySelectorAll('.meta span')].map((s) => s.textContent)).to.deep.equal(['Owner: Unknown person', 'Last purchase: Sep 1, 2025']);
  });

  it('opens the customer with the dossier-select event the customer list fires', async () => {
    const el = await widget('zh-CN');
    await choose(el, 0, 2);
    const open = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=open]')!;
    expect(open.getAttribute('aria-label')).to.equal('打开客户 华东精密机械有限公司');
    setTimeout(() => open.click());
    const event = await oneEvent(el, 'dossier-select');
    expect(event.detail).to.deep.equal({ customerId: 'c1', index: 0 });
  });

  it('shows the movers of the cell in the customer list through dossier-drill-down', async () => {
    const el = await widget('zh-CN');
    await choose(el, 1, 0); // B → A: c2 only
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=list]')!;
    expect(button.textContent).to.equal('在客户列表中查看');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'dossier-drill-down');
    expect(event.detail).to.deep.equal({ report: 'migration', filter: { customerIds: ['c2'] }, label: '从 B 类客户 到 A 类客户：1 位客户' });
  });

  it('exports the movers of the cell as the viewer may read them, with a Chinese file name in zh-CN', async () => {
    const el = await widget('zh-CN');
    await choose(el, 0, 2);
    expect(el.exportFileName('A', 'C')).to.equal('等级变动客户_A类到C类_2026-01-01.csv');
    // the button saves that file
    const saved: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=export]')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved).to.deep.equal(['等级变动客户_A类到C类_2026-01-01.csv']);
    const csv = el.moversCsv('A', 'C');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('客户名称,原等级,新等级,变动,负责人,最近购买,原等级说明,新等级说明');
    expect(lines[1]!.startsWith('华东精密机械有限公司,A 类客户,C 类客户,降级、流失,王芳,2025年3月1日,华东精密机械有限公司 为 A 类')).to.equal(true);
    expect(lines[1]!.endsWith(',华东精密机械有限公司 已流失：上期为 A 类，本期没有销售（销售额 0），因此转为 C 类，不参与排名。')).to.equal(true);
    expect(lines.length).to.equal(2);
    expect(csv).not.to.contain('c1');
    const en = await widget('en');
    expect(en.exportFileName('B', 'A')).to.equal('grade-movers-B-to-A-2026-01-01.csv');
    // a rep who does not own c1 reads no explanation: those columns stay empty
    const rep = await widget('en', viewers.otherRep);
    const repLine = rep.moversCsv('A', 'C').split('\r\n')[1]!;
    expect(repLine).to.equal('华东精密机械有限公司,Grade A,Grade C,"Down, Lost",Wang Fang,"Mar 1, 2025",,');
  });

  it('takes an override only with a reason and sends it for the page to store', async () => {
    const el = await widget('zh-CN');
    await choose(el, 0, 2);
    const mover = () => el.shadowRoot!.querySelector('[part=mover]')!;
    mover().querySelector<HTMLButtonElement>('button.link')!.click();
    await el.updateComplete;
    const form = mover().querySelector<HTMLFormElement>('[part=override]')!;
    expect([...form.querySelectorAll('option')].map((o) => o.value)).to.deep.equal(['A', 'B']);
    let sent = 0;
    el.addEventListener('dossier-grade-override', () => sent++);
    form.requestSubmit();
    await el.updateComplete;
    expect(form.querySelector('[role=alert]')!.textContent).to.equal('请填写调整理由。');
    expect(form.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('true');
    expect(sent).to.equal(0);
    form.querySelector('textarea')!.value = '新签战略合作，年内恢复采购';
    setTimeout(() => form.requestSubmit());
    const event = await oneEvent(el, 'dossier-grade-override');
    expect(event.detail).to.deep.equal({ runId: 'run-this-period', customerId: 'c1', grade: 'A', reason: '新签战略合作，年内恢复采购', by: 'm-1' });
    await el.updateComplete;
    expect(mover().querySelector('.sent')!.textContent).to.equal('已提交调整为 A 类客户，等待审核：新签战略合作，年内恢复采购');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('offers no override to a viewer who may not write grades (call centre)', async () => {
    const el = await widget('en', viewers.callCentre);
    await choose(el, 0, 2);
    expect(el.shadowRoot!.querySelectorAll('[part=mover]').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('button.link')).to.equal(null);
  });

  it('shows where the later run is in the review and lets a reviewer move it one step', async () => {
    const el = await widget('en', viewers.manager, { reviewer: true });
    const review = el.shadowRoot!.querySelector('[part=review]')!;
    expect(review.querySelector('span')!.textContent).to.equal('Status of the run of Jan 1, 2026: Proposed');
    expect(review.querySelector('li')!.textContent).to.equal('Proposed by System on Jan 1, 2026');
    const button = review.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Mark as Reviewed');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'dossier-grading-review');
    expect(event.detail).to.deep.equal({ runId: 'run-this-period', to: 'reviewed', by: 'm-1' });
    const zh = await widget('zh-CN');
    expect(zh.shadowRoot!.querySelector('[part=review] span')!.textContent).to.equal('2026年1月1日 的评级状态：待审核（已提议）');
    expect(zh.shadowRoot!.querySelector('[part=review] button')).to.equal(null);
  });
});
