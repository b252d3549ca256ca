import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { writeXlsx } from '@dossier/core';
import { createMemoryStore, dossierKinds, type DossierRecords } from '@dossier/storage-adapters';
import type { DossierImportWizard} from './import-wizard.js';
import { type DossierImportEvent } from './import-wizard.js';
import '../define-import.js';
import '../define/provider.js';
import { anonymousViewer } from '../shared/viewer.js';
import { viewers } from '../testing-fixtures/archive.js';
import { axeViolations } from '../testing-fixtures/index.js';


const sheet = [
  '客户名称,联系人,手机,地址',
  '杭州西子贸易有限公司,王芳,13812341234,浙江省杭州市西湖区文三路90号',
  '深圳坂田电子有限公司,李雷,1381234,广东省深圳市龙岗区坂田街道',
  '=HYPERLINK("http://evil"),张三,13900001111,福建省福州市鼓楼区五一路',
].join('\r\n');

describe('dossier-import', () => {
  it('refuses a 50 MB CSV on one line with a clear message in the locale, without reading it whole', async () => {
    for (const [locale, text] of [['zh-CN', '第 1 行超过'], ['en', 'Line 1 is longer than']] as const) {
      const el = await fixture<DossierImportWizard>(html`<dossier-import locale=${locale}></dossier-import>`);
      const megabyte = 'x,'.repeat(512 * 1024);
      await el.load(new File(Array.from({ length: 50 }, () => megabyte), 'huge.csv', { type: 'text/csv' }));
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include(text);
      expect(el.shadowRoot!.querySelectorAll('select[data-header]').length).to.equal(0);
    }
  });

  it('previews, maps the Chinese headers, imports with progress and reports the bad row in the locale', async () => {
    const el = await fixture<DossierImportWizard>(html`<dossier-import locale="zh-CN" .now=${() => new Date('2025-06-30T00:00:00.000Z')}></dossier-import>`);
    await el.load(new File([sheet], '客户.csv', { type: 'text/csv' }));
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="preview"] tbody tr').length).to.equal(3);
    const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-header]')];
    // 客户名称 → name.zh, 联系人 → contact, 手机 → mobile, 地址 → address
    expect(selects.map((s) => s.value)).to.deep.equal(['name.zh', 'contact.name', 'mobile', 'address']);
    const event = oneEvent(el, 'dossier-import') as Promise<DossierImportEvent>;
    root.querySelector<HTMLButtonElement>('[part~="actions"] button')!.click();
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.result.records.map((r) => r.line)).to.deep.equal([2, 4]);
    expect(detail.result.records[1]!.record.name).to.deep.equal({ zh: '=HYPERLINK("http://evil")' });
    expect(detail.result.issues.map((i) => [i.line, i.column, i.value])).to.deep.equal([[3, 3, '1381234']]);
    expect(root.querySelector<HTMLProgressElement>('progress')!.value).to.equal(3);
    const report = root.querySelector('[part~="report"]')!;
    expect(report.textContent).to.include('新增 2，更新 0，未变 0，拒绝 1');
    expect(report.querySelector('tbody tr')!.textContent).to.include('手机');
    expect(el.reportCsv()).to.include('行号,列号,列名,值,代码,原因');
  });

  it('does not duplicate when the same file is imported again over what was imported', async () => {
    const el = await fixture<DossierImportWizard>(html`<dossier-import locale="en" .now=${() => new Date('2025-06-30T00:00:00.000Z')}></dossier-import>`);
    await el.load(new File([sheet], 'customers.csv'));
    const first = (await el.runImport())!;
    el.existing = first.records.map((r) => r.record);
    await el.load(new File([sheet], 'customers.csv'));
    const again = (await el.runImport())!;
    expect(again.counts).to.deep.include({ inserted: 0, unchanged: 2 });
  });

  it('reads an .xlsx workbook in the browser', async () => {
    const el = await fixture<DossierImportWizard>(html`<dossier-import locale="en" .now=${() => new Date('2025-06-30T00:00:00.000Z')}></dossier-import>`);
    const bytes = await writeXlsx([['Customer name', 'Annual sales'], ['Xizi Trading', 1200000]], { sheetName: 'Customers' });
    await el.load(new File([bytes as Uint8Array<ArrayBuffer>], 'customers.xlsx'));
    const result = (await el.runImport())!;
    expect(result.records.map((r) => [r.record.name, r.record.annualSales])).to.deep.equal([[{ zh: 'Xizi Trading' }, 1200000]]);
  });

  it('writes the valid records to its store decoded by the store kinds (dates as Date), in one batch', async () => {
    const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'importer' });
    const el = await fixture<DossierImportWizard>(html`<dossier-import locale="en" by="rep-7" .store=${store} .now=${() => new Date('2025-06-30T00:00:00.000Z')}></dossier-import>`);
    await el.load(new File([sheet], 'customers.csv'));
    const result = (await el.runImport())!;
    await el.updateComplete;
    // Lines 2 and 4 are valid customers, each naming a contact: 2 customers + 2 contacts.
    const customers = (await store.list('customer')).items;
    expect(customers.map((c) => c.value.name.zh).sort()).to.deep.equal(['=HYPERLINK("http://evil")', '杭州西子贸易有限公司']);
    expect(customers.every((c) => c.by === 'rep-7' && c.value.createdAt instanceof Date)).to.equal(true);
    expect(customers[0]!.value.createdAt.toISOString()).to.equal('2025-06-30T00:00:00.000Z');
    expect((await store.list('contact')).items.length).to.equal(result.contacts.length);
    expect(result.contacts.length).to.equal(2);
    expect(el.shadowRoot!.querySelector('[part~="report"] [role="alert"]')).to.equal(null);
  });

  it('stamps each new record and its contact with its source: channel import, the file, the importer, now, unverified', async () => {
    const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'importer' });
    const at = new Date('2025-06-30T00:00:00.000Z');
    const el = await fixture<DossierImportWizard>(html`<dossier-import locale="zh-CN" by="rep-7" .store=${store} .now=${() => at}></dossier-import>`);
    await el.load(new File([sheet], '展会名单.csv'));
    const result = (await el.runImport())!;
    const expected = { channel: 'import', verified: false, collectedAt: '2025-06-30T00:00:00.000Z', collectedBy: 'rep-7', note: '展会名单.csv' };
    expect([...result.records, ...result.contacts].map((r) => r.record['source'])).to.deep.equal([expected, expected, expected, expected]);
    // Stored decoded by the store's kinds: a valid provenance, the instant as a Date.
    const stored = (await store.list('customer')).items.map((c) => c.value.source);
    expect(stored).to.deep.equal([{ ...expected, collectedAt: at }, { ...expected, collectedAt: at }]);
    // Imported again over what it wrote: nothing is new, nothing restamped.
    const again = await fixture<DossierImportWizard>(html`<dossier-import locale="zh-CN" .existing=${result.records.map((r) => r.record)} .now=${() => new Date('2025-07-01T00:00:00.000Z')}></dossier-import>`);
    await again.load(new File([sheet], '展会名单.csv'));
    const second = (await again.runImport())!;
    expect(second.records.map((r) => [r.action, r.record['source']])).to.deep.equal([['unchanged', expected], ['unchanged', expected]]);
  });

  it('names its viewer on the write, so a privacy store checks and audits the import for that person', async () => {
    const calls: unknown[] = [];
    const spy = { batch: async (_ops: unknown[], options?: unknown) => (calls.push(options), { ok: true }) };
    const el = await fixture<DossierImportWizard>(html`<dossier-import locale="en" by="rep-7" .viewer=${viewers.owner} .store=${spy} .now=${() => new Date('2025-06-30T00:00:00.000Z')}></dossier-import>`);
    await el.load(new File([sheet], 'customers.csv'));
    await el.runImport();
    expect(calls).to.deep.equal([{ by: 'rep-7', viewer: viewers.owner }]);
  });

  it("writes through the provider's store as the provider's viewer when given no store of its own, and as the anonymous viewer without one", async () => {
    const calls: unknown[] = [];
    const spy = { batch: async (_ops: unknown[], options?: unknown) => (calls.push(options), { ok: true, records: [] }) };
    const provider = await fixture(html`<dossier-provider .store=${spy} .viewer=${viewers.manager}><dossier-import locale="en" .now=${() => new Date('2025-06-30T00:00:00.000Z')}></dossier-import></dossier-provider>`);
    const el = provider.querySelector<DossierImportWizard>('dossier-import')!;
    await el.load(new File([sheet], 'customers.csv'));
    const result = (await el.runImport())!;
    // The manager is the writer and the viewer; the records name the manager as who collected them.
    expect(calls).to.deep.equal([{ by: 'm-1', viewer: viewers.manager }]);
    expect(result.records.map((r) => (r.record['source'] as { collectedBy: string }).collectedBy)).to.deep.equal(['m-1', 'm-1']);
    const alone = await fixture<DossierImportWizard>(html`<dossier-import locale="en" .store=${spy} .now=${() => new Date('2025-06-30T00:00:00.000Z')}></dossier-import>`);
    await alone.load(new File([sheet], 'customers.csv'));
    await alone.runImport();
    // No viewer anywhere: the write still names one (the anonymous viewer), so a privacy store refuses it.
    expect(calls[1]).to.deep.equal({ viewer: anonymousViewer });
  });

  it('saves the report of rejected rows and the mapping as files through the shared download', async () => {
    const el = await fixture<DossierImportWizard>(html`<dossier-import locale="zh-CN" .now=${() => new Date('2025-06-30T00:00:00.000Z')}></dossier-import>`);
    await el.load(new File([sheet], '客户.csv'));
    await el.runImport();
    await el.updateComplete;
    const saved: { name: string; type: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (saved.push({ name: '', type: (blob as Blob).type }), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved[saved.length - 1]!.name = this.download;
    };
    try {
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="actions"] button')];
      buttons.find((b) => b.textContent!.includes('映射'))!.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="report"] [part~="actions"] button')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    }
    expect(saved).to.deep.equal([
      { name: 'dossier-mapping.json', type: 'application/json' },
      { name: 'dossier-import-report.csv', type: 'text/csv' },
    ]);
  });

  it('fits a 320 px column with a full report: preview, mapping and rejected rows reflow, nothing spills sideways', async () => {
    const wide = [
      '客户名称,联系人,手机,地址,统一社会信用代码,电子邮箱,年销售额',
      '杭州西子贸易有限公司,王芳,13812341234,浙江省杭州市西湖区文三路90号,91330106MA2B0XXX00,wang@xizi.example.com,1200000',
      '深圳坂田电子有限公司,李雷,1381234,广东省深圳市龙岗区坂田街道,,not-an-email,-5',
      '福州闽江食品有限公司,陈静,13900001111,福建省福州市鼓楼区五一路,91350100M000100Y43,chen@minjiang.example.com,',
    ].join('\r\n');
    for (const locale of ['zh-CN', 'en'] as const) {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 320px"><dossier-import locale=${locale} .now=${() => new Date('2025-06-30T00:00:00.000Z')}></dossier-import></div>`);
      const el = frame.querySelector<DossierImportWizard>('dossier-import')!;
      await el.load(new File([wide], '客户一览表（2025年6月，华东与华南合并版）.csv', { type: 'text/csv' }));
      await el.runImport();
      await el.updateComplete;
      const root = el.shadowRoot!;
      // A realistic report: two rejected rows' problems listed, seven columns mapped.
      expect(root.querySelectorAll('[part~="report"] tbody tr').length).to.be.greaterThan(1);
      expect(root.querySelectorAll('select[data-header]').length).to.equal(7);
      expect(el.getBoundingClientRect().width).to.equal(320);
      for (const box of [el, root.querySelector<HTMLElement>('[part~="base"]')!, root.querySelector<HTMLElement>('[part~="report"]')!, root.querySelector<HTMLElement>('[part~="mapping"]')!]) {
        expect(box.scrollWidth, `${locale} ${box.getAttribute('part') ?? box.localName}`).to.be.at.most(box.clientWidth);
      }
      // The preview scrolls inside its own box, which the keyboard can reach; axe finds nothing.
      const preview = root.querySelector<HTMLElement>('.scroll:has([part~="preview"])')!;
      expect(preview.scrollWidth).to.be.greaterThan(preview.clientWidth);
      expect(preview.tabIndex).to.equal(0);
      expect(await axeViolations(frame), locale).to.deep.equal([]);
      // Every select and every cell of the report lies inside the wizard's frame.
      const right = el.getBoundingClientRect().right;
      for (const part of root.querySelectorAll<HTMLElement>('select, [part~="report"] td, [part~="mapping"] th')) {
        expect(part.getBoundingClientRect().right, `${locale} ${part.textContent}`).to.be.at.most(right + 0.5);
      }
    }
  });

  it('says in the locale that nothing was saved when the store refuses the batch', async () => {
    const refusing = { batch: async () => Promise.reject(new Error('disk full')) };
    const el = await fixture<DossierImportWizard>(html`<dossier-import locale="zh-CN" .store=${refusing} .now=${() => new Date('2025-06-30T00:00:00.000Z')}></dossier-import>`);
    await el.load(new File([sheet], '客户.csv'));
    await el.runImport();
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[part~="report"] [role="alert"]');
    expect(alert?.textContent).to.include('未保存任何记录：disk full');
    expect(el.shadowRoot!.querySelector('[part~="report"]')!.textContent).not.to.include('新增 2');
  });
});
