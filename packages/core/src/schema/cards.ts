import { fromFen, toFen } from '../money/fen.js';
import type { AbcGrade, CreditRating, CustomerKind, CustomerNature, FunnelStage, LeadIntent, PotentialLevel, RelationshipStage } from '../enums/vocabularies.js';
import type { Locale } from '../i18n/locale.js';
import { pinyinInitials } from '../ids/pinyin-initials.js';
import type { Customer } from './customer.js';
import { displayName, formatAddress } from './display.js';
import type { BilingualName } from './names.js';
import type { Transaction } from './transaction.js';

/** Options of the card and list projections. */
export interface ProjectionOptions {
  /** Locale of the display name and address line; `zh-CN` by default (the forms are Chinese). */
  locale?: Locale;
}

/** What every card shows about the customer (顾客卡的基础资料). */
export interface CardBasics {
  id: string;
  kind: CustomerKind;
  name: BilingualName;
  /** The name in the projection's locale. */
  displayName: string;
  /** Pinyin initials of the Chinese name (or the lower-cased English one), for sorting and index letters. */
  sortKey: string;
  /** The first address on one line, empty when there is none. */
  address: string;
  phone?: string;
  mobile?: string;
  email?: string;
  salespersonId: string;
  territory: string;
  nature: CustomerNature;
  industry?: string;
  grade?: AbcGrade;
  gradeProvisional: boolean;
  stage: RelationshipStage;
}

/** Key figures of a customer's trade, from its transactions. */
export interface TradeFigures {
  /** Distinct orders (a line without order id counts as an order of its own). */
  orders: number;
  /** Sum of amounts (returns are negative lines). */
  amount: number;
  /** Sum of `paid` over the lines that record it. */
  paid: number;
  /** Amount still owed: Σ (amount − paid) over the lines that record `paid`. */
  receivable: number;
  firstPurchase?: string;
  lastPurchase?: string;
}

/** One line of the running record of trade on a current customer card. */
export interface TradeEntry {
  date: string;
  orderId?: string;
  product?: string;
  category?: string;
  quantity?: number;
  amount: number;
  paid?: number;
}

/** Prospect card (潜在顾客调查卡): basic data, needs, likely time, place and way of buying. */
export interface ProspectCard extends CardBasics {
  card: 'prospect';
  needs?: string;
  likelyTime?: string;
  likelyPlace?: string;
  likelyWay?: string;
  purchaseLikelihood?: PotentialLevel;
  budget?: number;
  funnelStage?: FunnelStage;
  leadIntent?: LeadIntent;
}

/** Current customer card (现有顾客卡): basic data and the running record of trade. */
export interface CurrentCard extends CardBasics {
  card: 'current';
  tradeSince?: string;
  creditRating?: CreditRating;
  creditLimit?: number;
  paymentTermDays?: number;
  figures: TradeFigures;
  /** Order lines, oldest first. */
  trade: TradeEntry[];
}

/** Former customer card (旧客户卡): as the current card without the running record, plus why and when it stopped and the follow-up. */
export interface FormerCard extends CardBasics {
  card: 'former';
  tradeSince?: string;
  creditRating?: CreditRating;
  figures: TradeFigures;
  stoppedOn?: string;
  stopReason?: string;
  followUp?: string;
}

/** A customer card of any kind. */
export type CustomerCard = ProspectCard | CurrentCard | FormerCard;

/** One row of the customer list (客户一览表): name, address and key figures. */
export interface CustomerListRow {
  id: string;
  kind: CustomerKind;
  displayName: string;
  sortKey: string;
  address: string;
  territory: string;
  salespersonId: string;
  nature: CustomerNature;
  stage: RelationshipStage;
  grade?: AbcGrade;
  creditRating?: CreditRating;
  figures: TradeFigures;
}

function basics(customer: Customer, locale: Locale): CardBasics {
  const first = customer.addresses[0];
  const card: CardBasics = {
    id: customer.id,
    kind: customer.kind,
    name: customer.name,
    displayName: displayName(customer.name, locale),
    sortKey: pinyinInitials(customer.name.zh ?? customer.name.en ?? ''),
    address: first ? formatAddress(first, locale) : '',
    salespersonId: customer.salespersonId,
    territory: customer.territory,
    nature: customer.nature,
    gradeProvisional: customer.grade.provisional,
    stage: customer.relationship.stage,
  };
  assign(card, 'phone', customer.phone);
  assign(card, 'mobile', customer.mobile);
  assign(card, 'email', customer.email);
  assign(card, 'industry', customer.industry);
  assign(card, 'grade', customer.grade.current);
  return card;
}

// Optional fields are left out rather than set to undefined, so cards compare and serialise cleanly.
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function ownLines(customer: Customer, transactions: readonly Transaction[]): Transaction[] {
  return transactions.filter((t) => t.customerId === customer.id).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Key figures of a customer's transactions (lines of other customers are ignored).
 *
 * @example
 * tradeFigures('C-1', [{ customerId: 'C-1', date: '2025-01-02', amount: 100, paid: 60, … }]) // { orders: 1, amount: 100, paid: 60, receivable: 40, … }
 */
export function tradeFigures(customerId: string, transactions: readonly Transaction[]): TradeFigures {
  const orders = new Set<string>();
  let loose = 0;
  const figures: TradeFigures = { orders: 0, amount: 0, paid: 0, receivable: 0 };
  // money summed as whole fen (exact integers), so 0.1 + 0.2 is 0.3 and equal sums sort as ties
  let amount = 0;
  let paid = 0;
  let receivable = 0;
  for (const line of transactions) {
    if (line.customerId !== customerId) continue;
    if (line.orderId === undefined) loose += 1;
    else orders.add(line.orderId);
    amount += toFen(line.amount);
    if (line.paid !== undefined) {
      paid += toFen(line.paid);
      receivable += toFen(line.amount) - toFen(line.paid);
    }
    if (figures.firstPurchase === undefined || line.date < figures.firstPurchase) figures.firstPurchase = line.date;
    if (figures.lastPurchase === undefined || line.date > figures.lastPurchase) figures.lastPurchase = line.date;
  }
  figures.orders = orders.size + loose;
  figures.amount = fromFen(amount);
  figures.paid = fromFen(paid);
  figures.receivable = fromFen(receivable);
  return figures;
}

/**
 * Key figures of every customer in one pass over the transactions, for building the customer
 * list of a large archive without scanning the transactions once per customer.
 *
 * @example
 * const figures = tradeFiguresByCustomer(transactions);
 * customers.map((c) => toCustomerListRow(c, figures.get(c.id) ?? []))
 */
export function tradeFiguresByCustomer(transactions: readonly Transaction[]): Map<string, TradeFigures> {
  const byCustomer = new Map<string, Transaction[]>();
  for (const line of transactions) {
    const lines = byCustomer.get(line.customerId);
    if (lines) lines.push(line);
    else byCustomer.set(line.customerId, [line]);
  }
  return new Map([...byCustomer].map(([id, lines]) => [id, tradeFigures(id, lines)]));
}

function figuresOf(customer: Customer, trade: readonly Transaction[] | TradeFigures): TradeFigures {
  return Array.isArray(trade) ? tradeFigures(customer.id, trade as readonly Transaction[]) : (trade as TradeFigures);
}

/**
 * The prospect card (潜在顾客调查卡) of a customer.
 *
 * @example
 * toProspectCard(customer, { locale: 'zh-CN' }).needs
 */
export function toProspectCard(customer: Customer, options: ProjectionOptions = {}): ProspectCard {
  const card: ProspectCard = { ...basics(customer, options.locale ?? 'zh-CN'), card: 'prospect' };
  const p = customer.prospecting;
  assign(card, 'needs', p?.needs);
  assign(card, 'likelyTime', p?.likelyTime);
  assign(card, 'likelyPlace', p?.likelyPlace);
  assign(card, 'likelyWay', p?.likelyWay);
  assign(card, 'purchaseLikelihood', p?.purchaseLikelihood);
  assign(card, 'budget', p?.budget);
  assign(card, 'funnelStage', customer.funnelStage);
  assign(card, 'leadIntent', customer.leadIntent);
  return card;
}

/**
 * The current customer card (现有顾客卡): basics, credit and the running record of trade.
 *
 * @example
 * toCurrentCard(customer, transactions).trade.at(-1)?.date // the last purchase
 */
export function toCurrentCard(customer: Customer, transactions: readonly Transaction[], options: ProjectionOptions = {}): CurrentCard {
  const lines = ownLines(customer, transactions);
  const card: CurrentCard = {
    ...basics(customer, options.locale ?? 'zh-CN'),
    card: 'current',
    figures: tradeFigures(customer.id, lines),
    trade: lines.map(toTradeEntry),
  };
  assign(card, 'tradeSince', customer.tradeSince);
  assign(card, 'creditRating', customer.credit.rating);
  assign(card, 'creditLimit', customer.credit.limit);
  assign(card, 'paymentTermDays', customer.credit.paymentTermDays);
  return card;
}

function toTradeEntry(line: Transaction): TradeEntry {
  const entry: TradeEntry = { date: line.date, amount: line.amount };
  assign(entry, 'orderId', line.orderId);
  assign(entry, 'product', line.productName ?? line.productId);
  assign(entry, 'category', line.category);
  assign(entry, 'quantity', line.quantity);
  assign(entry, 'paid', line.paid);
  return entry;
}

/**
 * The former customer card (旧客户卡): the current card's data without the running record, plus
 * the date and reason the customer stopped and the follow-up.
 *
 * @example
 * toFormerCard(customer, transactions).stopReason // '价格不满意'
 */
export function toFormerCard(customer: Customer, trade: readonly Transaction[] | TradeFigures, options: ProjectionOptions = {}): FormerCard {
  const card: FormerCard = {
    ...basics(customer, options.locale ?? 'zh-CN'),
    card: 'former',
    figures: figuresOf(customer, trade),
  };
  assign(card, 'tradeSince', customer.tradeSince);
  assign(card, 'creditRating', customer.credit.rating);
  assign(card, 'stoppedOn', customer.relationship.stoppedOn);
  assign(card, 'stopReason', customer.relationship.stopReason);
  assign(card, 'followUp', customer.relationship.followUp);
  return card;
}

/**
 * The card that fits the customer's relationship stage: prospect card for prospects, former
 * customer card for former customers, current customer card otherwise.
 *
 * @example
 * toCustomerCard(customer, transactions).card // 'current'
 */
export function toCustomerCard(customer: Customer, transactions: readonly Transaction[], options: ProjectionOptions = {}): CustomerCard {
  switch (customer.relationship.stage) {
    case 'prospect':
      return toProspectCard(customer, options);
    case 'former':
      return toFormerCard(customer, transactions, options);
    default:
      return toCurrentCard(customer, transactions, options);
  }
}

/**
 * The customer list row (客户一览表) of a customer, from its transactions or its figures
 * precomputed by `tradeFiguresByCustomer`.
 *
 * @example
 * const figures = tradeFiguresByCustomer(transactions);
 * customers.map((c) => toCustomerListRow(c, figures.get(c.id) ?? [])).sort((a, b) => a.sortKey.localeCompare(b.sortKey))
 */
export function toCustomerListRow(customer: Customer, trade: readonly Transaction[] | TradeFigures, options: ProjectionOptions = {}): CustomerListRow {
  const b = basics(customer, options.locale ?? 'zh-CN');
  const row: CustomerListRow = {
    id: b.id,
    kind: b.kind,
    displayName: b.displayName,
    sortKey: b.sortKey,
    address: b.address,
    territory: b.territory,
    salespersonId: b.salespersonId,
    nature: b.nature,
    stage: b.stage,
    figures: figuresOf(customer, trade),
  };
  assign(row, 'grade', b.grade);
  assign(row, 'creditRating', customer.credit.rating);
  return row;
}
