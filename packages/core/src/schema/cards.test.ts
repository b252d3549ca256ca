import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerArb, transactionArb } from './arbitraries.js';
import {
  toCurrentCard,
  toCustomerCard,
  toCustomerListRow,
  toFormerCard,
  toProspectCard,
  tradeFigures,
  tradeFiguresByCustomer,
} from './cards.js';
import type { Customer } from './customer.js';
import { displayName, formatAddress } from './display.js';
import type { Transaction } from './transaction.js';

const at = new Date('2025-01-01T00:00:00.000Z');
const huawei: Customer = {
  id: 'C-1',
  schemaVersion: 2,
  createdAt: at,
  updatedAt: at,
  kind: 'organisation',
  name: { zh: '华为技术有限公司', en: 'Huawei Technologies Co., Ltd.' },
  mobile: '13800138000',
  addresses: [{ province: '广东省', city: '深圳市', district: '龙岗区', street: '坂田华为基地' }],
  salespersonId: 'rep-7',
  territory: '华南',
  nature: 'manufacturer',
  industry: '通信设备',
  productLines: [],
  tags: [],
  tradeSince: '2020-03-01',
  relationship: { stage: 'long-term', setByHand: false },
  grade: { current: 'A', provisional: false },
  credit: { rating: 'AA', limit: 500_000, paymentTermDays: 60 },
  prospecting: { needs: '机房扩容', likelyTime: '第三季度', likelyPlace: '深圳总部', likelyWay: '公开招标', budget: 2_000_000 },
  profiles: {},
};

const line = (partial: Partial<Transaction> & Pick<Transaction, 'id' | 'date' | 'amount'>): Transaction => ({
  schemaVersion: 1,
  createdAt: at,
  updatedAt: at,
  customerId: 'C-1',
  ...partial,
});

const lines: Transaction[] = [
  line({ id: 'T-3', date: '2025-03-05', amount: 300, paid: 0, orderId: 'O-2', productName: '交换机' }),
  line({ id: 'T-1', date: '2025-01-10', amount: 1000, paid: 1000, orderId: 'O-1', quantity: 2, category: '网络' }),
  line({ id: 'T-2', date: '2025-01-10', amount: 500, paid: 200, orderId: 'O-1' }),
  line({ id: 'T-4', date: '2025-04-01', amount: -100, productId: 'P-9' }), // a return, no order id, paid not recorded
  line({ id: 'T-X', date: '2025-05-01', amount: 9999, customerId: 'C-2' }), // another customer's line
];

describe('trade figures', () => {
  it('sums the customer own lines', () => {
    // orders: O-1, O-2 and the loose return = 3
    // amount: 300 + 1000 + 500 − 100 = 1700 (C-2's 9999 ignored)
    // paid: 0 + 1000 + 200 = 1200 (the return records no payment)
    // receivable: (300 − 0) + (1000 − 1000) + (500 − 200) = 600
    expect(tradeFigures('C-1', lines)).toEqual({ orders: 3, amount: 1700, paid: 1200, receivable: 600, firstPurchase: '2025-01-10', lastPurchase: '2025-04-01' });
    expect(tradeFiguresByCustomer(lines).get('C-1')).toEqual(tradeFigures('C-1', lines));
    expect(tradeFiguresByCustomer(lines).get('C-2')).toMatchObject({ orders: 1, amount: 9999, receivable: 0 });
  });

  it('sums money exactly: 0.1 + 0.2 is 0.3, as a line of 0.3 is', () => {
    const small = [line({ id: 'A', date: '2025-01-02', amount: 0.1, paid: 0.1 }), line({ id: 'B', date: '2025-01-03', amount: 0.2, paid: 0 }), line({ id: 'C', date: '2025-01-03', amount: 0.3, customerId: 'C-2', paid: 0 })];
    expect(tradeFigures('C-1', small)).toMatchObject({ amount: 0.3, paid: 0.1, receivable: 0.2 });
    expect(tradeFigures('C-1', small).amount).toBe(tradeFigures('C-2', small).amount);
  });

  it('agrees between one pass and per customer on arbitrary books', () => {
    fc.assert(
      fc.property(fc.array(transactionArb.map((t) => ({ ...t, customerId: t.customerId.slice(0, 1) })), { maxLength: 30 }), (book) => {
        const all = tradeFiguresByCustomer(book);
        for (const [id, figures] of all) expect(figures).toEqual(tradeFigures(id, book));
      }),
      { numRuns: 50 },
    );
  });
});

describe('customer cards', () => {
  it('prospect card: basics, needs and the likely time, place and way of buying', () => {
    expect(toProspectCard(huawei)).toEqual({
      card: 'prospect',
      id: 'C-1',
      kind: 'organisation',
      name: huawei.name,
      displayName: '华为技术有限公司',
      sortKey: 'hwjsyxgs',
      address: '广东省深圳市龙岗区坂田华为基地',
      mobile: '13800138000',
      salespersonId: 'rep-7',
      territory: '华南',
      nature: 'manufacturer',
      industry: '通信设备',
      grade: 'A',
      gradeProvisional: false,
      stage: 'long-term',
      needs: '机房扩容',
      likelyTime: '第三季度',
      likelyPlace: '深圳总部',
      likelyWay: '公开招标',
      budget: 2_000_000,
    });
    expect(toProspectCard(huawei, { locale: 'en' })).toMatchObject({
      displayName: 'Huawei Technologies Co., Ltd.',
      address: '坂田华为基地, 龙岗区, 深圳市, 广东省',
    });
  });

  it('current card: the running record of trade, oldest first', () => {
    const card = toCurrentCard(huawei, lines);
    expect(card.card).toBe('current');
    expect(card.trade.map((t) => t.date)).toEqual(['2025-01-10', '2025-01-10', '2025-03-05', '2025-04-01']);
    expect(card.trade[2]).toEqual({ date: '2025-03-05', amount: 300, paid: 0, orderId: 'O-2', product: '交换机' });
    expect(card.trade[3]).toEqual({ date: '2025-04-01', amount: -100, product: 'P-9' });
    expect(card).toMatchObject({ tradeSince: '2020-03-01', creditRating: 'AA', creditLimit: 500_000, paymentTermDays: 60 });
    expect(card.figures.amount).toBe(1700);
  });

  it('former card: no running record, plus why and when it stopped and the follow-up', () => {
    const former: Customer = {
      ...huawei,
      relationship: { stage: 'former', setByHand: true, stoppedOn: '2025-06-30', stopReason: '价格不满意', followUp: '季度回访' },
    };
    const card = toFormerCard(former, lines);
    expect(card).toMatchObject({ card: 'former', stoppedOn: '2025-06-30', stopReason: '价格不满意', followUp: '季度回访', stage: 'former' });
    expect('trade' in card).toBe(false);
    expect(card.figures.receivable).toBe(600);
    expect(toCustomerCard(former, lines).card).toBe('former');
    expect(toCustomerCard({ ...huawei, relationship: { stage: 'prospect', setByHand: false } }, lines).card).toBe('prospect');
    expect(toCustomerCard(huawei, lines).card).toBe('current');
  });

  it('customer list row: name, address and key figures', () => {
    expect(toCustomerListRow(huawei, lines)).toEqual({
      id: 'C-1',
      kind: 'organisation',
      displayName: '华为技术有限公司',
      sortKey: 'hwjsyxgs',
      address: '广东省深圳市龙岗区坂田华为基地',
      territory: '华南',
      salespersonId: 'rep-7',
      nature: 'manufacturer',
      stage: 'long-term',
      grade: 'A',
      creditRating: 'AA',
      figures: { orders: 3, amount: 1700, paid: 1200, receivable: 600, firstPurchase: '2025-01-10', lastPurchase: '2025-04-01' },
    });
    expect(toCustomerListRow(huawei, tradeFiguresByCustomer(lines).get('C-1')!)).toEqual(toCustomerListRow(huawei, lines));
  });

  it('project every valid customer without throwing and without undefined values', () => {
    fc.assert(
      fc.property(customerArb, (customer) => {
        for (const card of [toProspectCard(customer), toCurrentCard(customer, []), toFormerCard(customer, []), toCustomerListRow(customer, [])]) {
          expect(card.id).toBe(customer.id);
          expect(Object.values(card)).not.toContain(undefined);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('display helpers', () => {
  it('picks the name of the locale, else the other', () => {
    expect(displayName({ zh: '华为', en: 'Huawei' }, 'zh-CN')).toBe('华为');
    expect(displayName({ en: 'Huawei' }, 'zh-CN')).toBe('Huawei');
    expect(displayName({ zh: '华为' }, 'en')).toBe('华为');
  });
  it('does not repeat a municipality', () => {
    expect(formatAddress({ province: '北京市', city: '北京市', district: '朝阳区' }, 'zh-CN')).toBe('北京市朝阳区');
  });
});
