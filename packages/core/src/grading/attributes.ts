/** A value a person entered about a customer (potential, status, loyalty, manual scores …). */
export type AttributeValue = string | number | boolean | null | undefined;

/** The hand-entered attributes of one customer, by name. */
export type CustomerAttributes = Readonly<Record<string, AttributeValue>>;

/** Attributes of many customers, keyed by customer id: a Map or a plain object. */
export type AttributesByCustomer =
  | ReadonlyMap<string, CustomerAttributes>
  | Readonly<Record<string, CustomerAttributes | undefined>>;

/**
 * The attributes of one customer, or `undefined`.
 *
 * @example
 * attributesOf({ c1: { potential: 'high' } }, 'c1') // { potential: 'high' }
 */
export function attributesOf(source: AttributesByCustomer | undefined, customerId: string): CustomerAttributes | undefined {
  if (source === undefined) return undefined;
  if (source instanceof Map) return (source as ReadonlyMap<string, CustomerAttributes>).get(customerId);
  const record = source as Readonly<Record<string, CustomerAttributes | undefined>>;
  return Object.hasOwn(record, customerId) ? record[customerId] : undefined;
}
