import { expect } from '@open-wc/testing';
import { targetOptions } from './targets.js';

// Issue 19: mapping options showed "(name.zh)", "(addresses[0].province)". Labels only now, told
// apart where two fields share one.
describe('import wizard mapping targets', () => {
  for (const kind of ['customer', 'contact', 'transaction'] as const) {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`names every ${kind} field once, by its label, never by its path (${locale})`, () => {
        const options = targetOptions(kind, locale);
        const labels = options.map((o) => o.label);
        expect(new Set(labels).size).to.equal(labels.length);
        for (const option of options) {
          expect(option.label, option.value).to.not.include(`(${option.value})`);
          // no path in any form: dotted keys or list indexes
          expect(option.label, option.value).to.not.match(/[A-Za-z]\.[A-Za-z]|\[\d*\]/);
        }
      });
    }
  }

  it('keeps a label its field alone has, and heads a shared one with its group', () => {
    const zh = new Map(targetOptions('customer', 'zh-CN').map((o) => [o.value, o.label]));
    expect(zh.get('name.zh')).to.equal('中文名称');
    expect(zh.get('mobile')).to.equal('手机');
    // 姓名 is the name of three people of an organisation: each under its own group.
    const names = [...zh].filter(([value]) => /\.name$/.test(value) && value !== 'name.zh').map(([, label]) => label);
    expect(names.length).to.be.greaterThan(1);
    for (const label of names) expect(label).to.match(/^.+ · 姓名$/);
    expect(new Map(targetOptions('customer', 'en').map((o) => [o.value, o.label])).get('name.zh')).to.equal('Chinese name');
  });

  it('heads a shared label with the group core labels, as the form heads it', () => {
    const zh = new Map(targetOptions('customer', 'zh-CN').map((o) => [o.value, o.label]));
    expect(zh.get('owner.name')).to.equal('所有者 · 姓名');
    expect(zh.get('manager.name')).to.equal('经营管理者 · 姓名');
    expect(zh.get('legalRepresentative.name')).to.equal('法人代表 · 姓名');
    const en = new Map(targetOptions('customer', 'en').map((o) => [o.value, o.label]));
    expect(en.get('owner.name')).to.equal('Owner · Name');
  });
});
