import { describe, expect, it } from 'vitest';
import { parseMapping, recogniseHeader, serialiseMapping, suggestMapping } from './mapping.js';
import { splitAddress } from './address-text.js';

describe('header recognition', () => {
  it('recognises common Chinese and English customer headers', () => {
    const cases: [string, string][] = [
      ['客户名称', 'name.zh'],
      ['公司名称', 'name.zh'],
      ['Customer Name', 'name.zh'],
      ['联系人', 'contact.name'],
      ['手机', 'mobile'],
      ['手机号码', 'mobile'],
      ['Mobile', 'mobile'],
      ['电话', 'phone'],
      ['地址', 'address'],
      ['统一社会信用代码', 'uscc'],
      ['电子邮箱', 'email'],
      ['E-mail', 'email'],
      ['业务员', 'salespersonId'],
      ['客户编号', 'id'],
      // full-width brackets and the * of a required column are ignored
      ['客户名称（必填）*', 'name.zh'],
      // a catalogue label works without a curated word
      ['信用等级', 'credit.rating'],
      ['Credit limit', 'credit.limit'],
      // the exporter's explicit form
      ['详细地址 <addresses[1].street>', 'addresses[1].street'],
    ];
    for (const [header, target] of cases) expect(recogniseHeader('customer', header), header).toBe(target);
    expect(recogniseHeader('customer', '随便一列')).toBeUndefined();
  });

  it('recognises transaction and contact headers', () => {
    expect(recogniseHeader('transaction', '交易日期')).toBe('date');
    expect(recogniseHeader('transaction', '销售金额')).toBe('amount');
    expect(recogniseHeader('transaction', 'Qty')).toBe('quantity');
    // the item columns of Kingdee (物料) and Yonyou (存货) sales detail exports
    for (const header of ['物料编码', '物料代码', '存货编码', '存货代码', '商品编码', '产品编码']) expect(recogniseHeader('transaction', header), header).toBe('productId');
    for (const header of ['物料名称', '存货名称']) expect(recogniseHeader('transaction', header), header).toBe('productName');
    expect(recogniseHeader('contact', '联系人')).toBe('name.zh');
    expect(recogniseHeader('contact', '职务')).toBe('title');
  });

  it('suggests a mapping whose key column is filled on every row', () => {
    const rows = [{ cells: ['甲公司', ''] }, { cells: ['乙公司', '91350100M000100Y43'] }];
    const mapping = suggestMapping('customer', ['客户名称', '统一社会信用代码'], rows);
    expect(mapping.columns).toEqual({ 客户名称: 'name.zh', 统一社会信用代码: 'uscc' });
    expect(mapping.key).toEqual(['name.zh']);
    expect(suggestMapping('customer', ['客户名称', '统一社会信用代码']).key).toEqual(['uscc']);
    // a second column naming the same field is skipped
    expect(suggestMapping('customer', ['手机', '手机号']).columns).toEqual({ 手机: 'mobile', 手机号: null });
  });

  it('saves a mapping as JSON and reads it back, rejecting a broken one in the locale', () => {
    const mapping = suggestMapping('transaction', ['客户编号', '日期', '金额']);
    expect(parseMapping(serialiseMapping(mapping))).toEqual(mapping);
    expect(() => parseMapping('{"version":2}', 'zh-CN')).toThrow(/保存的列映射无效/);
    expect(() => parseMapping('not json')).toThrow(/column mapping is not valid/);
  });
});

describe('splitAddress', () => {
  it('splits province, city, district and street', () => {
    expect(splitAddress('浙江省杭州市西湖区文三路90号')).toEqual({ province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路90号' });
    expect(splitAddress('上海市浦东新区世纪大道100号')).toEqual({ province: '上海市', district: '浦东新区', street: '世纪大道100号' });
    expect(splitAddress('新疆维吾尔自治区乌鲁木齐市天山区解放南路')).toEqual({ province: '新疆维吾尔自治区', city: '乌鲁木齐市', district: '天山区', street: '解放南路' });
  });
});
