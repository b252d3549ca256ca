import { isoDate } from '../book/calendar.js';
import type { AbcGrade } from '../enums/vocabularies.js';
import { compareCodePoints } from '../grading/compare.js';
import { canRead } from '../privacy/access.js';
import { recordFieldRules } from '../privacy/rules.js';
import type { Viewer } from '../privacy/roles.js';
import type { Customer } from '../schema/customer.js';
import type { RecordKind } from '../schema/stored-record.js';
import { asOfDay, byCustomer, dayOf, groupBy, type WorkArchive } from './archive.js';
import { cadenceOf } from './cadence.js';
import { creditUse } from './credit.js';
import { keyAccounts } from './key-accounts.js';
import { defaultAgendaPolicy } from './default-policy.js';
import type { AgendaPolicy } from './policy.js';
import { ageingOf, receivableLines } from './receivables.js';

/** The rules of the agenda, each item names the one that put it there. */
export const agendaRules = [
  'follow-up',
  'task',
  'grade-review',
  'credit-review',
  'contract-ending',
  'receivables-overdue',
  'credit-limit',
  'birthday',
  'anniversary',
  'service-case',
] as const;
/** One agenda rule. */
export type AgendaRule = (typeof agendaRules)[number];

/** How urgent an item is: past its day, due today, or coming within the horizon. */
export type AgendaUrgency = 'overdue' | 'today' | 'upcoming';

/** One thing due for one customer, and why. */
export interface AgendaItem {
  /** Stable id: `rule:customer[:record]`. */
  readonly id: string;
  readonly rule: AgendaRule;
  readonly customerId: string;
  /** Who is to act: the task's owner, else the customer's salesperson. */
  readonly ownerId: string;
  /** The record behind the item (task, contract, service case, contact), if any. */
  readonly recordId?: string | undefined;
  readonly due: string;
  /** Days from `asOf` to `due`: negative when overdue. */
  readonly days: number;
  readonly urgency: AgendaUrgency;
  readonly grade: AbcGrade | undefined;
  readonly keyAccount: boolean;
  /**
   * What the reason sentence says (`agendaReason` renders it in a locale): day counts, dates,
   * amounts in yuan (left out when the viewer may not read them), names of tasks and contracts.
   */
  readonly params: Readonly<Record<string, string | number>>;
}

/** Items grouped by customer or by owner, in agenda order. */
export interface AgendaGroup {
  readonly key: string;
  readonly items: readonly AgendaItem[];
}

/** The agenda of a viewer as of a day. */
export interface Agenda {
  readonly asOf: string;
  readonly items: readonly AgendaItem[];
  readonly byCustomer: readonly AgendaGroup[];
  readonly byOwner: readonly AgendaGroup[];
}

/** Options of `agenda`. */
export interface AgendaOptions {
  readonly asOf: string;
  readonly viewer: Viewer;
  readonly policy?: AgendaPolicy | undefined;
  /**
   * Whose customers to list. Default: a role with rights on its own customers only (`ownRead`,
   * the sales rep) sees its own; other roles see everyone's. A manager passes the team's ids.
   */
  readonly owners?: readonly string[] | undefined;
}

const urgencyOrder: Record<AgendaUrgency, number> = { overdue: 0, today: 1, upcoming: 2 };
const gradeOrder = (grade: AbcGrade | undefined) => (grade === 'A' ? 0 : grade === 'B' ? 1 : grade === 'C' ? 2 : 3);

/**
 * Agenda order: overdue, then today, then upcoming; within each key accounts first, then by
 * grade (A, B, C, ungraded), then the earlier day, then customer, rule and id in code-point order.
 *
 * @example
 * items.sort(compareAgendaItems)
 */
export function compareAgendaItems(a: AgendaItem, b: AgendaItem): number {
  return (
    urgencyOrder[a.urgency] - urgencyOrder[b.urgency] ||
    Number(b.keyAccount) - Number(a.keyAccount) ||
    gradeOrder(a.grade) - gradeOrder(b.grade) ||
    a.days - b.days ||
    compareCodePoints(a.customerId, b.customerId) ||
    agendaRules.indexOf(a.rule) - agendaRules.indexOf(b.rule) ||
    compareCodePoints(a.id, b.id)
  );
}

/** The next day on or after `from` whose month and day are those of `iso` (29 February falls on the 28th in other years). */
export function nextAnniversary(iso: string, from: number): number | undefined {
  const [, month, day] = iso.split('-').map(Number) as [number, number, number];
  const year = new Date(from * 86_400_000).getUTCFullYear();
  for (const y of [year, year + 1]) {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const d = month === 2 && day === 29 && !leap ? 28 : day;
    const candidate = Date.UTC(y, month - 1, d) / 86_400_000;
    if (candidate >= from) return candidate;
  }
  return undefined;
}

function readable(viewer: Viewer, kind: RecordKind, path: string, ownerId: string, record?: unknown): boolean {
  // The field itself or, for a group such as a bilingual name, every field under it.
  const rules = recordFieldRules(kind, record).filter((r) => r.path === path || r.path.startsWith(`${path}.`));
  return rules.length > 0 && rules.every((rule) => canRead(viewer, rule, { ownerId }));
}

/**
 * What is due and overdue for a viewer (今日待办), per customer and per person, each item with
 * its reason: follow-ups by the cadence policy per grade (key accounts by their own) from the
 * last interaction, unless an open visit or call task is already planned; open tasks; provisional
 * grades whose review is due; credit reviews due; contracts ending (or ended, not renewed) within
 * `contractDays`; overdue receivables; credit limit exceeded or near it; birthdays and wedding
 * anniversaries of key persons within `occasionDays`, only where the viewer may read the date;
 * service cases open longer than `serviceCaseOpenDays`. Items due up to `horizonDays` ahead are
 * `upcoming`. Amounts appear only when the viewer may read them. Pure: nothing reads the clock.
 *
 * @example
 * const { items } = agenda(archive, { asOf: '2026-01-05', viewer: { userId: 'R001', role: defaultRoles['sales-rep'] } });
 * items[0]?.rule // 'receivables-overdue'
 */
export function agenda(archive: WorkArchive, options: AgendaOptions): Agenda {
  const policy = options.policy ?? defaultAgendaPolicy;
  const { viewer } = options;
  const today = asOfDay(options.asOf);
  const ownersOnly = options.owners ?? (viewer.role.ownRead !== undefined ? [viewer.userId] : undefined);
  const inScope = (customer: Customer) => ownersOnly === undefined || ownersOnly.includes(customer.salespersonId);
  const customers = archive.customers.filter((c) => inScope(c) && c.relationship.stage !== 'former');
  const keys = new Set(keyAccounts({ ...archive, customers }, { asOf: options.asOf, policy }).filter((v) => v.keyAccount).map((v) => v.customerId));
  const lines = byCustomer(archive.transactions);
  const interactions = byCustomer(archive.interactions);
  const tasks = byCustomer(archive.tasks);
  const contracts = byCustomer(archive.contracts);
  const cases = byCustomer(archive.serviceCases);
  const contacts = byCustomer(archive.contacts);
  const items: AgendaItem[] = [];

  for (const customer of customers) {
    const owner = customer.salespersonId;
    const keyAccount = keys.has(customer.id);
    const add = (rule: AgendaRule, dueDay: number, params: Record<string, string | number>, extra: { recordId?: string; ownerId?: string; window?: number } = {}) => {
      const days = dueDay - today;
      if (days > (extra.window ?? policy.horizonDays)) return;
      items.push({
        id: [rule, customer.id, extra.recordId].filter((p) => p !== undefined).join(':'),
        rule,
        customerId: customer.id,
        ownerId: extra.ownerId ?? owner,
        recordId: extra.recordId,
        due: isoDate(dueDay),
        days,
        urgency: days < 0 ? 'overdue' : days === 0 ? 'today' : 'upcoming',
        grade: customer.grade.current,
        keyAccount,
        params: { days: Math.abs(days), ...params },
      });
    };

    const open = (tasks.get(customer.id) ?? []).filter((t) => t.status === 'open');
    for (const task of open) {
      add('task', dayOf(task.dueOn) ?? today, { title: task.title, taskKind: task.kind }, { recordId: task.id, ownerId: task.ownerId });
    }
    if (!open.some((t) => t.kind === 'visit' || t.kind === 'call')) {
      const cadence = cadenceOf(customer, interactions.get(customer.id) ?? [], { keyAccount, today, policy });
      const last: Record<string, string | number> = cadence.lastDay === undefined ? {} : { last: isoDate(cadence.lastDay), since: today - cadence.lastDay };
      add('follow-up', cadence.dueDay, { cadence: cadence.cadenceDays, ...last });
    }
    const reviewDue = dayOf(customer.grade.reviewDue);
    if (customer.grade.provisional && reviewDue !== undefined) add('grade-review', reviewDue, {});
    const credit = customer.credit;
    const reviewed = dayOf(credit.reviewedOn);
    if (reviewed !== undefined) add('credit-review', reviewed + policy.creditReviewDays, { reviewedOn: isoDate(reviewed) });
    else if (credit.limit !== undefined) add('credit-review', today, {});

    const own = contracts.get(customer.id) ?? [];
    for (const contract of own) {
      const end = dayOf(contract.endOn);
      if (end === undefined || contract.terminatedOn !== undefined || contract.renewal === 'auto') continue;
      if (today - end > policy.contractDays) continue;
      const renewed = own.some((other) => other !== contract && other.kind === contract.kind && other.startOn > contract.startOn);
      if (!renewed) add('contract-ending', end, { title: contract.title }, { recordId: contract.id, window: policy.contractDays });
    }

    const amountsReadable = readable(viewer, 'transaction', 'amount', owner);
    const receivable = receivableLines(customer, lines.get(customer.id) ?? [], options.asOf, policy);
    const overdue = receivable.filter((l) => l.overdueDays > 0);
    if (overdue.length > 0) {
      const oldest = Math.min(...overdue.map((l) => dayOf(l.dueDate) ?? today));
      const amount = ageingOf(overdue).outstanding;
      add('receivables-overdue', oldest, { lines: overdue.length, ...(amountsReadable ? { amount } : {}) });
    }
    const use = creditUse(credit, ageingOf(receivable).outstanding, policy);
    const limitReadable = readable(viewer, 'customer', 'credit.limit', owner, customer);
    if (use.status === 'exceeded' || use.status === 'near') {
      add('credit-limit', today, {
        status: use.status,
        ...(use.share !== undefined ? { percent: Math.round(use.share * 100) } : {}),
        ...(limitReadable && amountsReadable ? { used: use.used, limit: use.limit ?? 0 } : {}),
      });
    }

    for (const contact of contacts.get(customer.id) ?? []) {
      if (!contact.isKey) continue;
      const name = contact.name.zh ?? contact.name.en ?? contact.id;
      const nameParam: Record<string, string> = readable(viewer, 'contact', 'name', owner) ? { name } : {};
      const birth = contact.profile?.basics?.birthDate;
      if (birth !== undefined && readable(viewer, 'contact', 'profile.basics.birthDate', owner)) {
        const next = nextAnniversary(birth, today);
        if (next !== undefined) add('birthday', next, nameParam, { recordId: contact.id, window: policy.occasionDays });
      }
      const wedding = contact.profile?.family?.weddingAnniversary;
      if (wedding !== undefined && readable(viewer, 'contact', 'profile.family.weddingAnniversary', owner)) {
        const next = nextAnniversary(wedding, today);
        if (next !== undefined) add('anniversary', next, nameParam, { recordId: contact.id, window: policy.occasionDays });
      }
    }
    if (customer.kind === 'person' && customer.birthDate !== undefined && readable(viewer, 'customer', 'birthDate', owner, customer)) {
      const next = nextAnniversary(customer.birthDate, today);
      if (next !== undefined) add('birthday', next, {}, { recordId: customer.id, window: policy.occasionDays });
    }

    for (const serviceCase of cases.get(customer.id) ?? []) {
      if (serviceCase.status !== 'open' && serviceCase.status !== 'in-progress') continue;
      const opened = dayOf(serviceCase.openedOn) ?? today;
      add('service-case', opened + policy.serviceCaseOpenDays, { title: serviceCase.title, severity: serviceCase.severity, openDays: today - opened }, { recordId: serviceCase.id });
    }
  }

  items.sort(compareAgendaItems);
  return { asOf: options.asOf, items, byCustomer: groups(items, (i) => i.customerId), byOwner: groups(items, (i) => i.ownerId) };
}

function groups(items: readonly AgendaItem[], keyOf: (item: AgendaItem) => string): AgendaGroup[] {
  // In the order of each group's most urgent item (items are sorted already).
  return [...groupBy(items, keyOf)].map(([key, list]) => ({ key, items: list }));
}
