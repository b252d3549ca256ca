import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerKinds } from '../enums/vocabularies.js';
import { locales } from '../i18n/locale.js';
import { contactArb, customerArb, transactionArb } from './arbitraries.js';
import { encodeCustomer } from './codecs.js';
import type { Customer } from './customer.js';
import { builtInProfileTemplates } from './templates/built-in.js';
import { createTemplateRegistry } from './templates/template-registry.js';
import { formatPath, validateContact, validateCustomer, validateRecord, validateTransaction } from './validate.js';

const sample = <T>(arb: fc.Arbitrary<T>, seed = 7): T => fc.sample(arb, { seed, numRuns: 1 })[0]!;
const organisation = (): Customer => {
  const customer = sample(customerArb.filter((c) => c.kind === 'organisation'));
  return customer;
};

describe('validateCustomer', () => {
  it('returns the decoded value of valid stored JSON', () => {
    const customer = sample(customerArb);
    const result = validateCustomer(JSON.parse(JSON.stringify(encodeCustomer(customer))));
    expect(result).toEqual({ ok: true, value: customer });
  });

  it('names the field path, the field and what is wrong, in English and in Chinese', () => {
    const input = { ...encodeCustomer(organisation()), uscc: '91350100M000100Y44', territory: '' };
    const en = validateCustomer(input, { locale: 'en' });
    const zh = validateCustomer(input, { locale: 'zh-CN' });
    if (en.ok || zh.ok) throw new Error('expected issues');
    const uscc = en.issues.find((i) => i.path === 'uscc');
    expect(uscc).toMatchObject({ code: 'invalidUscc', field: 'Unified social credit code', recordId: input.id });
    expect(uscc?.message).toMatch(/check character/);
    expect(zh.issues.find((i) => i.path === 'uscc')).toMatchObject({ code: 'invalidUscc', field: '统一社会信用代码' });
    expect(zh.issues.find((i) => i.path === 'uscc')?.message).toMatch(/统一社会信用代码/);
    // zod's own issues come in the requested locale too (zod's zh-CN locale, passed per parse).
    expect(en.issues.find((i) => i.path === 'territory')).toMatchObject({ code: 'too_small', field: 'Territory' });
    expect(zh.issues.find((i) => i.path === 'territory')?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.issues.find((i) => i.path === 'territory')?.field).toBe('销售区域');
  });

  it('reports array elements with their index and translates every message', () => {
    const input = { ...encodeCustomer(organisation()), addresses: [{ province: '广东省' }, { city: '深圳市' }] };
    for (const locale of locales) {
      const result = validateCustomer(input, { locale });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map((i) => i.path)).toEqual(['addresses[1].province']);
      expect(result.issues[0]?.field).toBe(locale === 'en' ? 'Province' : '省/直辖市');
    }
  });

  it('explains an unknown kind with the allowed values', () => {
    const result = validateCustomer({ ...encodeCustomer(organisation()), kind: 'robot' }, { locale: 'zh-CN' });
    if (result.ok) throw new Error('expected issues');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ path: 'kind', code: 'invalidOption', field: '客户类型' });
    for (const kind of customerKinds) expect(result.issues[0]?.message).toContain(kind);
  });

  it('requires the date and reason for a former customer', () => {
    const customer = organisation();
    const input = { ...encodeCustomer(customer), relationship: { stage: 'former', setByHand: true } };
    const en = validateCustomer(input);
    const zh = validateCustomer(input, { locale: 'zh-CN' });
    if (en.ok || zh.ok) throw new Error('expected issues');
    expect(en.issues).toEqual([expect.objectContaining({ path: 'relationship.stopReason', code: 'formerNeedsStop' })]);
    expect(zh.issues[0]?.message).toBe('过去的客户须填写停止交易的日期和原因');
  });

  it('requires a name in at least one language', () => {
    const result = validateCustomer({ ...encodeCustomer(organisation()), name: {} }, { locale: 'zh-CN' });
    if (result.ok) throw new Error('expected issues');
    expect(result.issues).toEqual([expect.objectContaining({ path: 'name.zh', code: 'nameRequired', message: '请填写名称（中文或英文）' })]);
  });

  it('checks profiles against the templates it is given', () => {
    const templates = createTemplateRegistry(builtInProfileTemplates);
    const person = sample(customerArb.filter((c) => c.kind === 'person'));
    const good = { ...person, profiles: { 'retail-membership': { level: 'vip', points: 4200, pointsTier: 'B' } } };
    expect(validateCustomer(good, { templates }).ok).toBe(true);

    const bad = { ...person, profiles: { 'retail-membership': { level: 'gold', points: -1 }, 'wine-club': {} } };
    // Without a registry, profiles are opaque.
    expect(validateCustomer(bad).ok).toBe(true);
    const en = validateCustomer(bad, { templates });
    const zh = validateCustomer(bad, { templates, locale: 'zh-CN' });
    if (en.ok || zh.ok) throw new Error('expected issues');
    expect(en.issues.map((i) => i.path).sort()).toEqual([
      'profiles.retail-membership.level',
      'profiles.retail-membership.points',
      'profiles.wine-club',
    ]);
    expect(en.issues.find((i) => i.path === 'profiles.retail-membership.level')?.field).toBe('Membership level');
    expect(zh.issues.find((i) => i.path === 'profiles.retail-membership.level')?.field).toBe('会员等级');
    expect(zh.issues.find((i) => i.path === 'profiles.wine-club')?.message).toBe('未注册行业档案模板“wine-club”：请先注册模板或删除该档案');
  });

  it('refuses a person-only template on an organisation', () => {
    const templates = createTemplateRegistry(builtInProfileTemplates);
    const result = validateCustomer({ ...organisation(), profiles: { 'beauty-salon': {} } }, { templates });
    if (result.ok) throw new Error('expected issues');
    expect(result.issues).toEqual([expect.objectContaining({ path: 'profiles.beauty-salon', code: 'profileTemplateNotForKind' })]);
  });
});

describe('provenance of facts', () => {
  it('accepts sources for real field paths and names a source for a field that does not exist', () => {
    const customer = organisation();
    const source = { channel: 'professional-agency', verified: true, collectedAt: new Date('2025-01-01T00:00:00.000Z'), collectedBy: 'rep-7' } as const;
    expect(validateCustomer({ ...customer, facts: { 'credit.rating': source, 'addresses[0].street': source } }).ok).toBe(true);
    const result = validateCustomer({ ...customer, facts: { 'credit.ratng': source } }, { locale: 'zh-CN' });
    if (result.ok) throw new Error('expected issues');
    expect(result.issues).toEqual([
      expect.objectContaining({ path: 'facts.credit.ratng', code: 'unknownFactPath', message: '没有字段“credit.ratng”，无法记录其信息来源' }),
    ]);
  });
});

describe('validate the other records', () => {
  it('reports a bad calendar date and a bad mobile number in both locales', () => {
    const line = { ...sample(transactionArb), date: '2025-02-29' }; // 2025 is not a leap year
    const en = validateTransaction(line);
    const zh = validateTransaction(line, { locale: 'zh-CN' });
    if (en.ok || zh.ok) throw new Error('expected issues');
    expect(en.issues).toEqual([expect.objectContaining({ path: 'date', code: 'invalidCalendarDate', field: 'Date' })]);
    expect(zh.issues[0]?.message).toBe('不是有效日期：应为 YYYY-MM-DD 格式的真实日期');

    const contact = { ...sample(contactArb), mobile: '12345678901' };
    const zhContact = validateContact(contact, { locale: 'zh-CN' });
    if (zhContact.ok) throw new Error('expected issues');
    expect(zhContact.issues[0]).toMatchObject({ path: 'mobile', field: '手机', code: 'invalidMobile' });
  });

  it('says what a non-object is', () => {
    const result = validateTransaction(null, { locale: 'zh-CN' });
    if (result.ok) throw new Error('expected issues');
    expect(result.issues[0]).toMatchObject({ path: '', code: 'invalid_type' });
    expect(result.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets', () => {
    expect(formatPath(['addresses', 0, 'street'])).toBe('addresses[0].street');
    expect(formatPath([])).toBe('');
  });
});

describe('validateRecord says what a person should do (issue 19)', () => {
  const customer = { id: 'C-1', kind: 'organisation', nature: 'manufacturer', salespersonId: 'R1', territory: '华东', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
  it('a missing name: 客户名称为空，请填写 (not zod’s expected object, received undefined)', () => {
    const zh = validateRecord('customer', customer, { locale: 'zh-CN' });
    const en = validateRecord('customer', customer, { locale: 'en' });
    if (zh.ok || en.ok) throw new Error('expected issues');
    expect(zh.issues.find((i) => i.path === 'name')?.message).toBe('客户名称为空，请填写');
    expect(en.issues.find((i) => i.path === 'name')?.message).toBe('The customer name is empty: please fill it in');
    for (const issue of zh.issues) expect(issue.message).not.toMatch(/期望|实际接收|undefined|object/);
  });
  it('a value outside the offered ones is asked to be chosen, named by its label', () => {
    const zh = validateRecord('customer', { ...customer, name: { zh: '杭州科技' }, nature: 'alien' }, { locale: 'zh-CN' });
    if (zh.ok) throw new Error('expected issues');
    const nature = zh.issues.find((i) => i.path === 'nature')!;
    expect(nature.message).toBe(`${nature.field}：请从给定的选项中选择`);
    expect(nature.field).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('money of a transaction record', () => {
  const line = { id: 'T-1', schemaVersion: 1, createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z', customerId: 'C-1', date: '2025-03-01' };

  it('keeps whole fen, negative ones (returns) too', () => {
    expect(validateTransaction({ ...line, amount: 1234.5, cost: -0.01, paid: 0.1 }).ok).toBe(true);
  });

  it('refuses more than two decimals in amount, cost and paid, naming the field, in both locales', () => {
    for (const field of ['amount', 'cost', 'paid'] as const) {
      const input = { ...line, amount: 100, [field]: 12.345 };
      const en = validateTransaction(input);
      const zh = validateTransaction(input, { locale: 'zh-CN' });
      if (en.ok || zh.ok) throw new Error(`expected ${field} 12.345 to be refused`);
      expect(en.issues).toEqual([expect.objectContaining({ path: field, code: 'moneyNotWholeFen' })]);
      expect(en.issues[0]!.message).toContain('at most two decimals');
      expect(zh.issues[0]!.message).toContain('最多两位小数');
    }
  });
});
