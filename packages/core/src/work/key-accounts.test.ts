import { describe, expect, it } from 'vitest';
import { newRecord, type RecordDraft } from '../schema/new-record.js';
import { keyAccounts } from './key-accounts.js';
import { keyAccountReasonText } from './messages.js';

const now = { now: '2025-01-01T00:00:00.000Z' };
const customer = (draft: Partial<RecordDraft<'customer'>> & { id: string }) =>
  newRecord('customer', { kind: 'organisation', name: draft.id, nature: 'manufacturer', territory: '华东', salespersonId: 'R1', ...draft } as RecordDraft<'customer'>, now);
const sale = (id: string, customerId: string, date: string, amount: number, orderId?: string) =>
  newRecord('transaction', { id, customerId, date, amount, paid: amount, ...(orderId ? { orderId } : {}) }, now);
const discount = (id: string, customerId: string, at: string) => newRecord('interaction', { id, customerId, kind: 'discount', at, by: 'R1' }, now);

describe('key accounts (as of 2026-01-10, default policy)', () => {
  const archive = {
    customers: [
      customer({ id: 'K1', tradeSince: '2022-01-01', loyalty: 'loyal' }),
      customer({ id: 'K2', tradeSince: '2025-06-01', credit: { rating: 'D' } }),
      customer({ id: 'K3', funnelStage: 'key-account' }),
    ],
    transactions: [
      // K1: ten orders of 60 000 in the window: 600 000, 60 000 an order.
      ...Array.from({ length: 10 }, (_, i) => sale(`a${i}`, 'K1', `2025-0${(i % 9) + 1}-15`, 60_000, `SO-${i}`)),
      // Outside the window (before 2025-01-10) and a line without order id (an order by itself).
      sale('a-old', 'K1', '2024-12-31', 1_000_000, 'SO-old'),
      // K2: one order of 600 000 as two lines.
      sale('b1', 'K2', '2025-08-01', 400_000, 'SO-b'),
      sale('b2', 'K2', '2025-08-01', 200_000, 'SO-b'),
      sale('c1', 'K3', '2025-08-01', 100_000),
    ],
    interactions: [discount('d1', 'K1', '2025-05-01T02:00:00.000Z'), discount('d2', 'K2', '2025-07-01T02:00:00.000Z'), discount('d3', 'K2', '2025-09-01T02:00:00.000Z')],
  };
  const verdicts = keyAccounts(archive, { asOf: '2026-01-10' });
  const of = (id: string) => verdicts.find((v) => v.customerId === id)!;

  it('meets every criterion with its figure: K1 is a key account', () => {
    expect(of('K1').keyAccount).toBe(true);
    expect(of('K1').reasons.map((r) => [r.criterion, r.met, r.value])).toEqual([
      ['large-purchases', true, 600_000],
      ['concentrated-purchases', true, 60_000],
      ['price-insensitive', true, 1],
      ['good-standing', true, 0],
      // 2022-01-01 to 2026-01-10 is 1470 days: 4.0 years.
      ['long-partnership', true, 4],
      ['loyal', true, 10],
    ]);
  });

  it('needs two criteria besides large purchases: K2 has one (concentrated) and is not', () => {
    expect(of('K2').keyAccount).toBe(false);
    expect(of('K2').reasons.map((r) => [r.criterion, r.met, r.value])).toEqual([
      ['large-purchases', true, 600_000],
      ['concentrated-purchases', true, 600_000],
      ['price-insensitive', false, 2],
      ['good-standing', false, 0], // credit rating D
      ['long-partnership', false, 0.6], // 223 days
      ['loyal', false, 1],
    ]);
  });

  it('keeps a key account set by hand, and lists key accounts first by revenue', () => {
    expect(of('K3')).toMatchObject({ keyAccount: true, byHand: true });
    expect(verdicts.map((v) => v.customerId)).toEqual(['K1', 'K3', 'K2']);
  });

  it('explains each criterion in en and zh-CN', () => {
    const [large, , , , long] = of('K1').reasons;
    expect(keyAccountReasonText(large!, 'en')).toBe('Purchases of ¥600,000.00 in the window (at least ¥500,000.00)');
    expect(keyAccountReasonText(long!, 'zh-CN')).toBe('与本公司合作 4 年（不少于 3 年）');
  });
});
