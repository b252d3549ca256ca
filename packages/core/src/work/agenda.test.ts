import { describe, expect, it } from 'vitest';
import { defaultRoles } from '../privacy/roles.js';
import { newRecord } from '../schema/new-record.js';
import { agenda, nextAnniversary } from './agenda.js';
import { agendaReason, agendaWhen } from './messages.js';
import { dayNumber } from '../book/calendar.js';
import { asOf, workArchive } from './testing-fixtures/archive.js';

const rep = { userId: 'R1', role: defaultRoles['sales-rep'] };
const manager = { userId: 'M1', role: defaultRoles['sales-manager'] };
const agent = { userId: 'A1', role: defaultRoles['call-centre'] };

describe('agenda (worked by hand as of 2026-01-10)', () => {
  it("lists a rep's own customers' items in urgency, grade and day order, each with its rule and days", () => {
    const { items } = agenda(workArchive(), { asOf, viewer: rep });
    expect(items.map((i) => [i.id, i.urgency, i.days])).toEqual([
      // Overdue, grade A: receivable due 2025-12-01 (T1: 2025-11-01 + 30 days' term) is 40 days late;
      // the last visit 2025-12-20 + 14 days (A) was due 2026-01-03; credit reviewed 2025-01-05 + 365 = 2026-01-05.
      ['receivables-overdue:C-A', 'overdue', -40],
      ['follow-up:C-A', 'overdue', -7],
      ['credit-review:C-A', 'overdue', -5],
      // Overdue, grade B: service case opened 2025-12-20 + 14 = 2026-01-03; T4 due 2026-01-05; task K1 due 2026-01-09.
      ['service-case:C-B:S1', 'overdue', -7],
      ['receivables-overdue:C-B', 'overdue', -5],
      ['task:C-B:K1', 'overdue', -1],
      // Today: 10 000.50 owed on a 10 000.00 limit.
      ['credit-limit:C-A', 'today', 0],
      // Upcoming: P1's birthday 01-12 and wedding anniversary 01-15; H1 ends 2026-01-20 (H2 renews by itself); C-B's review is due 01-12.
      ['birthday:C-A:P1', 'upcoming', 2],
      ['anniversary:C-A:P1', 'upcoming', 5],
      ['contract-ending:C-A:H1', 'upcoming', 10],
      ['grade-review:C-B', 'upcoming', 2],
    ]);
    // Not there: C-C (another rep's), C-F (former), C-B's follow-up (a visit task is planned), P2 (not a key person).
  });

  it('gives the figures of each reason, and sentences in en and zh-CN', () => {
    const { items } = agenda(workArchive(), { asOf, viewer: rep });
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('receivables-overdue:C-A')?.params).toEqual({ days: 40, lines: 1, amount: 7000.5 });
    expect(byId.get('follow-up:C-A')?.params).toEqual({ days: 7, cadence: 14, last: '2025-12-20', since: 21 });
    expect(byId.get('credit-limit:C-A')?.params).toEqual({ days: 0, status: 'exceeded', percent: 100, used: 10_000.5, limit: 10_000 });
    expect(agendaReason(byId.get('credit-limit:C-A')!, 'en')).toBe('Credit limit exceeded: ¥10,000.50 of ¥10,000.00 (100 %)');
    expect(agendaReason(byId.get('credit-limit:C-A')!, 'zh-CN')).toBe('超出信用额度：已用 ¥10,000.50，额度 ¥10,000.00（100%）');
    // dates in the sentence as the locale writes them, never ISO text
    expect(agendaReason(byId.get('follow-up:C-A')!, 'zh-CN')).toBe('每 14 天跟进一次：上次联系 2025年12月20日，已 21 天');
    expect(agendaReason(byId.get('follow-up:C-A')!, 'en')).toBe('Follow-up every 14 days: last contact Dec 20, 2025, 21 days ago');
    expect(agendaReason(byId.get('contract-ending:C-A:H1')!, 'en')).toBe('“年度维保” ends');
    expect(agendaWhen(byId.get('contract-ending:C-A:H1')!, 'en')).toBe('due in 10 days');
    expect(agendaWhen(byId.get('follow-up:C-A')!, 'zh-CN')).toBe('已逾期 7 天');
    expect(agendaWhen(byId.get('task:C-B:K1')!, 'en')).toBe('1 day overdue');
    expect(agendaWhen({ urgency: 'upcoming', days: 1 }, 'zh-CN')).toBe('明天到期');
    expect(agendaReason(byId.get('receivables-overdue:C-A')!, 'en')).toBe('¥7,000.50 overdue on 1 invoice');
    expect(agendaReason(byId.get('birthday:C-A:P1')!, 'zh-CN')).toBe('王芳的生日');
    expect(agendaReason(byId.get('service-case:C-B:S1')!, 'en')).toBe('Service case “设备异响” open for 21 days');
  });

  it("shows a manager every rep's customers, and no wedding anniversary (secret) to a manager", () => {
    const { items, byOwner } = agenda(workArchive(), { asOf, viewer: manager });
    // C-C was created 2025-10-01, never contacted: due 2025-10-01 + 90 (C) = 2025-12-30, 11 days ago.
    expect(items.find((i) => i.id === 'follow-up:C-C')).toMatchObject({ days: -11, ownerId: 'R2' });
    // T6 (2025-09-01, 0.10 unpaid, no term: 30 days by policy) was due 2025-10-01, 101 days ago.
    expect(items.find((i) => i.id === 'receivables-overdue:C-C')).toMatchObject({ days: -101, params: { lines: 2, amount: 0.3 } });
    expect(items.some((i) => i.rule === 'anniversary')).toBe(false);
    expect(items.some((i) => i.rule === 'birthday')).toBe(true);
    expect(byOwner.map((g) => g.key)).toEqual(['R1', 'R2']);
    expect(agenda(workArchive(), { asOf, viewer: manager, owners: ['R2'] }).items.map((i) => i.id)).toEqual(['receivables-overdue:C-C', 'follow-up:C-C']);
  });

  it('leaves out amounts a call-centre agent may not read, and the personal dates', () => {
    const { items } = agenda(workArchive(), { asOf, viewer: agent });
    const overdue = items.find((i) => i.id === 'receivables-overdue:C-A');
    expect(overdue?.params).toEqual({ days: 40, lines: 1 });
    expect(agendaReason(overdue!, 'en')).toBe('1 invoice overdue');
    expect(items.find((i) => i.id === 'credit-limit:C-A')?.params).toEqual({ days: 0, status: 'exceeded', percent: 100 });
    expect(items.some((i) => i.rule === 'birthday' || i.rule === 'anniversary')).toBe(false);
  });

  it('drops the follow-up once a visit is logged, and the task once it is done', () => {
    const archive = workArchive();
    const visit = newRecord('interaction', { id: 'I9', customerId: 'C-A', kind: 'visit', at: '2026-01-10T03:00:00.000Z', by: 'R1' }, { now: '2026-01-10T03:00:00.000Z' });
    const done = { ...archive.tasks[0]!, status: 'done' as const, doneOn: asOf };
    const after = agenda({ ...archive, interactions: [...archive.interactions, visit], tasks: [done, archive.tasks[1]!] }, { asOf, viewer: rep });
    expect(after.items.some((i) => i.id === 'follow-up:C-A')).toBe(false);
    expect(after.items.some((i) => i.id === 'task:C-B:K1')).toBe(false);
    // With no visit planned any more, C-B's cadence shows: last call 2026-01-02 + 30 days is beyond the 7-day horizon.
    expect(after.items.some((i) => i.id === 'follow-up:C-B')).toBe(false);
  });

  it('follows key accounts on their own cadence and puts them first', () => {
    const archive = workArchive();
    const customers = archive.customers.map((c) => (c.id === 'C-B' ? { ...c, funnelStage: 'key-account' as const } : c));
    const { items } = agenda({ ...archive, customers, tasks: [] }, { asOf, viewer: rep });
    // Key account: the call of 2026-01-02 + 7 days was due 2026-01-09.
    expect(items[0]).toMatchObject({ id: 'service-case:C-B:S1', keyAccount: true });
    expect(items.find((i) => i.id === 'follow-up:C-B')).toMatchObject({ days: -1, params: { cadence: 7 } });
  });

  it('reads lines whose amounts a privacy store left out as unknown, not as zero or an error', () => {
    const archive = workArchive();
    const hidden = archive.transactions.map(({ amount: _amount, ...rest }) => rest as unknown as (typeof archive.transactions)[number]);
    const { items } = agenda({ ...archive, transactions: hidden }, { asOf, viewer: agent });
    expect(items.some((i) => i.rule === 'receivables-overdue' || i.rule === 'credit-limit')).toBe(false);
    expect(items.some((i) => i.id === 'follow-up:C-A')).toBe(true);
  });

  it('flags a limit never reviewed, a limit nearly used, a contract ended unrenewed, and skips one renewed', () => {
    const archive = workArchive();
    // C-B owes 50.00 (T4); a limit of 60.00 is 83 % used: near (from 80 %), and it was never reviewed.
    const customers = archive.customers.map((c) => (c.id === 'C-B' ? { ...c, credit: { limit: 60 } } : c));
    const ended = newRecord('contract', { id: 'H3', customerId: 'C-B', kind: 'service', title: '旧服务合同', startOn: '2025-01-05', endOn: '2026-01-05' }, { now: '2025-01-01T00:00:00.000Z' });
    const old = newRecord('contract', { id: 'H4', customerId: 'C-A', kind: 'subscription', title: '上年维保', startOn: '2024-01-21', endOn: '2025-01-20' }, { now: '2025-01-01T00:00:00.000Z' });
    const renewedOld = newRecord('contract', { id: 'H5', customerId: 'C-A', kind: 'subscription', title: '旧订阅', startOn: '2025-01-01', endOn: '2026-01-08' }, { now: '2025-01-01T00:00:00.000Z' });
    const { items } = agenda({ ...archive, customers, contracts: [...archive.contracts, ended, old, renewedOld] }, { asOf, viewer: rep });
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('credit-review:C-B')).toMatchObject({ days: 0, urgency: 'today', params: { days: 0 } });
    expect(agendaReason(byId.get('credit-review:C-B')!, 'en')).toBe('Credit limit never reviewed');
    expect(byId.get('credit-limit:C-B')?.params).toEqual({ days: 0, status: 'near', percent: 83, used: 50, limit: 60 });
    expect(byId.get('contract-ending:C-B:H3')).toMatchObject({ days: -5, urgency: 'overdue' });
    expect(agendaReason(byId.get('contract-ending:C-B:H3')!, 'zh-CN')).toBe('“旧服务合同”已到期未续约');
    // H4 ended 355 days ago (beyond 30); H5 (2026-01-08) was followed by H1 of the same kind, starting 2025-01-21.
    expect(byId.has('contract-ending:C-A:H4')).toBe(false);
    expect(byId.has('contract-ending:C-A:H5')).toBe(false);
  });

  it('refuses an asOf that is not a date, naming it', () => {
    expect(() => agenda(workArchive(), { asOf: '2026-02-30', viewer: rep })).toThrow(/asOf 2026-02-30/);
  });

  it('finds the next anniversary, 29 February on the 28th in other years', () => {
    const day = (iso: string) => dayNumber(iso)!;
    expect(nextAnniversary('1980-01-12', day('2026-01-10'))).toBe(day('2026-01-12'));
    expect(nextAnniversary('1980-01-09', day('2026-01-10'))).toBe(day('2027-01-09'));
    expect(nextAnniversary('1984-02-29', day('2026-02-01'))).toBe(day('2026-02-28'));
    expect(nextAnniversary('1984-02-29', day('2028-02-01'))).toBe(day('2028-02-29'));
  });
});
