import { isWholeFen, moneyValue } from '../money/fen.js';
import { dayNumber } from './calendar.js';
import { BookError } from './errors.js';

/**
 * A book of transactions in columnar form: what grading and analytics read when the book is
 * big. Strings are dictionary-encoded (an index column plus the dictionary), dates are day
 * numbers, and money is yuan in float64, always whole fen: the double nearest to a decimal
 * with at most two places, which `toFen` turns into its exact integer of fen (the builder
 * refuses anything else). No object is built per transaction.
 *
 * Optional numeric columns hold `NaN` where a line has no value; optional index columns
 * hold `-1`.
 */
export interface TransactionColumns {
  /** Number of transactions (lines). */
  readonly length: number;
  /** Index into `customerIds`, one per line. */
  readonly customer: Int32Array;
  /** The dictionary of customer ids. */
  readonly customerIds: readonly string[];
  /** Calendar date as day number (see `dayNumber`). */
  readonly day: Int32Array;
  /** Revenue of the line in yuan, whole fen; negative for a return. */
  readonly amount: Float64Array;
  /** Cost of the line in yuan, whole fen, or NaN. */
  readonly cost?: Float64Array;
  /** Amount paid in yuan, whole fen, or NaN. */
  readonly paid?: Float64Array;
  readonly quantity?: Float64Array;
  /** Index into `orderIds`, or -1 when the line has no order id (it is then an order by itself). */
  readonly order?: Int32Array;
  readonly orderIds?: readonly string[];
  /** Index into `productIds`, or -1. */
  readonly product?: Int32Array;
  readonly productIds?: readonly string[];
  /** Index into `categories`, or -1. */
  readonly category?: Int32Array;
  readonly categories?: readonly string[];
}

/**
 * A transaction as the public API takes it: amounts as numbers of yuan or as decimal strings
 * (`'1234.50'`), each whole fen; converted exactly at the boundary (`moneyValue`).
 */
export interface TransactionLineInput extends Omit<TransactionLine, 'amount' | 'cost' | 'paid'> {
  amount: number | string;
  cost?: number | string | undefined;
  paid?: number | string | undefined;
}

/** One transaction as an object: the small-book form of the same data (amounts in yuan, whole fen). */
export interface TransactionLine {
  customerId: string;
  /** ISO calendar date `YYYY-MM-DD`. */
  date: string;
  amount: number;
  cost?: number | undefined;
  paid?: number | undefined;
  quantity?: number | undefined;
  orderId?: string | undefined;
  productId?: string | undefined;
  category?: string | undefined;
}

/**
 * Dictionary-encodes values (strings by default) as they arrive: the same value always gets the
 * same index, indexes counting 0, 1, 2 … in the order values are first seen (`values[i]` is the
 * value of index `i`).
 */
export class Dictionary<V = string> {
  readonly values: V[] = [];
  readonly #index = new Map<V, number>();

  /** The index of `value`, adding it to the dictionary when new. */
  code(value: V): number {
    let index = this.#index.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.#index.set(value, index);
    }
    return index;
  }
}

/**
 * Builds `TransactionColumns` line by line with growing typed arrays: the path a CSV reader
 * or a database cursor uses, so that no object per line is kept.
 *
 * @example
 * const builder = new TransactionColumnsBuilder();
 * builder.add({ customerId: 'c1', date: '2025-01-02', amount: 100 });
 * const columns = builder.finish();
 */
export class TransactionColumnsBuilder {
  #length = 0;
  #capacity: number;
  #customer: Int32Array;
  #day: Int32Array;
  #amount: Float64Array;
  #cost: Float64Array;
  #paid: Float64Array;
  #quantity: Float64Array;
  #order: Int32Array;
  #product: Int32Array;
  #category: Int32Array;
  readonly customers = new Dictionary();
  readonly orders = new Dictionary();
  readonly products = new Dictionary();
  readonly categoryNames = new Dictionary();
  #has = { cost: false, paid: false, quantity: false, order: false, product: false, category: false };

  constructor(initialCapacity = 1024) {
    this.#capacity = Math.max(16, initialCapacity);
    this.#customer = new Int32Array(this.#capacity);
    this.#day = new Int32Array(this.#capacity);
    this.#amount = new Float64Array(this.#capacity);
    this.#cost = new Float64Array(this.#capacity);
    this.#paid = new Float64Array(this.#capacity);
    this.#quantity = new Float64Array(this.#capacity);
    this.#order = new Int32Array(this.#capacity);
    this.#product = new Int32Array(this.#capacity);
    this.#category = new Int32Array(this.#capacity);
  }

  get length(): number {
    return this.#length;
  }

  #grow(): void {
    const capacity = this.#capacity * 2;
    const grow = <T extends Int32Array | Float64Array>(old: T): T => {
      const next = new (old.constructor as new (n: number) => T)(capacity);
      next.set(old);
      return next;
    };
    this.#customer = grow(this.#customer);
    this.#day = grow(this.#day);
    this.#amount = grow(this.#amount);
    this.#cost = grow(this.#cost);
    this.#paid = grow(this.#paid);
    this.#quantity = grow(this.#quantity);
    this.#order = grow(this.#order);
    this.#product = grow(this.#product);
    this.#category = grow(this.#category);
    this.#capacity = capacity;
  }

  /**
   * Appends one line given as already-parsed values. `day` is a day number; missing
   * optional values are `undefined`. Amount, cost and paid must be whole fen (`isWholeFen`):
   * a `BookError` `invalid-amount` names the line and the field otherwise.
   */
  push(
    customerId: string,
    day: number,
    amount: number,
    optional: Omit<TransactionLine, 'customerId' | 'date' | 'amount'> = {},
  ): void {
    if (!isWholeFen(amount)) this.#refuse('amount', amount);
    if (optional.cost !== undefined && !isWholeFen(optional.cost)) this.#refuse('cost', optional.cost);
    if (optional.paid !== undefined && !isWholeFen(optional.paid)) this.#refuse('paid', optional.paid);
    if (this.#length === this.#capacity) this.#grow();
    const i = this.#length++;
    this.#customer[i] = this.customers.code(customerId);
    this.#day[i] = day;
    this.#amount[i] = amount;
    this.#cost[i] = optional.cost ?? Number.NaN;
    this.#paid[i] = optional.paid ?? Number.NaN;
    this.#quantity[i] = optional.quantity ?? Number.NaN;
    this.#order[i] = optional.orderId === undefined ? -1 : this.orders.code(optional.orderId);
    this.#product[i] = optional.productId === undefined ? -1 : this.products.code(optional.productId);
    this.#category[i] = optional.category === undefined ? -1 : this.categoryNames.code(optional.category);
    if (optional.cost !== undefined) this.#has.cost = true;
    if (optional.paid !== undefined) this.#has.paid = true;
    if (optional.quantity !== undefined) this.#has.quantity = true;
    if (optional.orderId !== undefined) this.#has.order = true;
    if (optional.productId !== undefined) this.#has.product = true;
    if (optional.category !== undefined) this.#has.category = true;
  }

  /**
   * Appends one line whose strings are already codes of the builder's dictionaries (`customers`,
   * `orders`, `products`, `categoryNames`; -1 for none) and whose missing numbers are NaN: what a
   * reader that dictionary-encodes ids from bytes pushes, with no look-up per line. Money is
   * checked as in {@link push}.
   */
  pushCodes(customer: number, day: number, amount: number, cost: number, paid: number, quantity: number, order: number, product: number, category: number): void {
    if (!isWholeFen(amount)) this.#refuse('amount', amount);
    if (!Number.isNaN(cost) && !isWholeFen(cost)) this.#refuse('cost', cost);
    if (!Number.isNaN(paid) && !isWholeFen(paid)) this.#refuse('paid', paid);
    if (this.#length === this.#capacity) this.#grow();
    const i = this.#length++;
    this.#customer[i] = customer;
    this.#day[i] = day;
    this.#amount[i] = amount;
    this.#cost[i] = cost;
    this.#paid[i] = paid;
    this.#quantity[i] = quantity;
    this.#order[i] = order;
    this.#product[i] = product;
    this.#category[i] = category;
    if (!Number.isNaN(cost)) this.#has.cost = true;
    if (!Number.isNaN(paid)) this.#has.paid = true;
    if (!Number.isNaN(quantity)) this.#has.quantity = true;
    if (order >= 0) this.#has.order = true;
    if (product >= 0) this.#has.product = true;
    if (category >= 0) this.#has.category = true;
  }

  #refuse(field: string, value: number | string): never {
    const problem = moneyValue(value);
    throw new BookError('invalid-amount', {
      line: this.length + 1,
      field,
      value: String(value),
      problem: typeof problem === 'string' ? problem : 'too-many-decimals',
    });
  }

  #money(field: string, value: number | string | undefined): number | undefined {
    if (value === undefined || typeof value === 'number') return value;
    const money = moneyValue(value);
    return typeof money === 'string' ? this.#refuse(field, value) : money;
  }

  /**
   * Appends one transaction object; throws a `BookError` (with its line) when its date is not a
   * calendar date or an amount is not whole fen (`0.125`, `'1,23'`). Decimal strings are read
   * digit by digit (`moneyValue`), never through binary multiplication.
   */
  add(line: TransactionLineInput): void {
    const day = dayNumber(line.date);
    if (day === undefined) throw new BookError('invalid-date', { value: String(line.date), line: this.length + 1 });
    const amount = this.#money('amount', line.amount)!;
    this.push(line.customerId, day, amount, {
      ...line,
      cost: this.#money('cost', line.cost),
      paid: this.#money('paid', line.paid),
    });
  }

  /** Registers a customer id that has no transactions yet (it then appears in the dictionary). */
  addCustomer(customerId: string): number {
    return this.customers.code(customerId);
  }

  /** The finished columns, trimmed to length. The builder must not be used afterwards. */
  finish(): TransactionColumns {
    const n = this.#length;
    const has = this.#has;
    return {
      length: n,
      customer: this.#customer.slice(0, n),
      customerIds: this.customers.values,
      day: this.#day.slice(0, n),
      amount: this.#amount.slice(0, n),
      ...(has.cost ? { cost: this.#cost.slice(0, n) } : {}),
      ...(has.paid ? { paid: this.#paid.slice(0, n) } : {}),
      ...(has.quantity ? { quantity: this.#quantity.slice(0, n) } : {}),
      ...(has.order ? { order: this.#order.slice(0, n), orderIds: this.orders.values } : {}),
      ...(has.product ? { product: this.#product.slice(0, n), productIds: this.products.values } : {}),
      ...(has.category ? { category: this.#category.slice(0, n), categories: this.categoryNames.values } : {}),
    };
  }
}

/**
 * Converts transaction objects to columns: the bridge from the small-book form.
 *
 * @example
 * const columns = toTransactionColumns([{ customerId: 'c1', date: '2025-01-02', amount: 100 }]);
 * columns.length // 1
 */
export function toTransactionColumns(lines: Iterable<TransactionLineInput>): TransactionColumns {
  const builder = new TransactionColumnsBuilder();
  for (const line of lines) builder.add(line);
  return builder.finish();
}

/**
 * Whether a value is already in columnar form.
 *
 * @example
 * isTransactionColumns(toTransactionColumns(lines)) // true
 * isTransactionColumns(lines) // false
 */
export function isTransactionColumns(book: TransactionColumns | readonly TransactionLineInput[]): book is TransactionColumns {
  return !Array.isArray(book) && (book as TransactionColumns).customer instanceof Int32Array;
}
