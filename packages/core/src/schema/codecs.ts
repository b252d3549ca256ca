import * as z from 'zod/mini';
import type { CompetitorNote } from './competitor-note.js';
import type { Contact } from './contact.js';
import type { Customer } from './customer.js';
import type { Interaction } from './interaction.js';
import type { Opportunity } from './opportunity.js';
import { recordSchemas, type RecordTypes } from './record-schemas.js';
import type { RecordKind } from './stored-record.js';
import type { Transaction } from './transaction.js';
import type { Stored } from './temporal.js';

/** Encodes and decodes one kind of record at the storage boundary. */
export interface RecordCodec<T> {
  /** The JSON-ready stored form: instants as ISO strings, calendar dates unchanged. Throws a `z.core.$ZodError` on an invalid record. */
  encode(record: T): Stored<T>;
  /** The decoded record from its stored form (current schema version). Throws a `z.core.$ZodError` on invalid input. */
  decode(stored: unknown): T;
}

function codecOf<K extends RecordKind>(kind: K): RecordCodec<RecordTypes[K]> {
  const schema = recordSchemas[kind] as unknown as z.ZodMiniType<RecordTypes[K], unknown>;
  return {
    encode: (record) => z.encode(schema, record) as Stored<RecordTypes[K]>,
    decode: (stored) => z.decode(schema, stored),
  };
}

/**
 * The codec of every record kind. Stored JSON has ISO strings for instants; decoded records have
 * `Date`s; calendar dates stay `YYYY-MM-DD`. `decode(encode(r))` equals `r`.
 *
 * @example
 * const json = recordCodecs.customer.encode(customer);
 * recordCodecs.customer.decode(JSON.parse(JSON.stringify(json))) // deep-equals customer
 */
export const recordCodecs: { [K in RecordKind]: RecordCodec<RecordTypes[K]> } = {
  customer: codecOf('customer'),
  contact: codecOf('contact'),
  transaction: codecOf('transaction'),
  interaction: codecOf('interaction'),
  opportunity: codecOf('opportunity'),
  'competitor-note': codecOf('competitor-note'),
  task: codecOf('task'),
  'service-case': codecOf('service-case'),
  contract: codecOf('contract'),
  satisfaction: codecOf('satisfaction'),
};

/**
 * The customer codec (`recordCodecs.customer`).
 *
 * @example
 * customerCodec.decode(customerCodec.encode(customer)) // deep-equals customer
 */
export const customerCodec: RecordCodec<Customer> = recordCodecs.customer;

/** @example const json = encodeCustomer(customer); */
export const encodeCustomer = (customer: Customer): Stored<Customer> => recordCodecs.customer.encode(customer);
/** @example const customer = decodeCustomer(JSON.parse(text)); */
export const decodeCustomer = (stored: unknown): Customer => recordCodecs.customer.decode(stored);
/** @example const json = encodeContact(contact); */
export const encodeContact = (contact: Contact): Stored<Contact> => recordCodecs.contact.encode(contact);
/** @example const contact = decodeContact(json); */
export const decodeContact = (stored: unknown): Contact => recordCodecs.contact.decode(stored);
/** @example const json = encodeTransaction(line); */
export const encodeTransaction = (transaction: Transaction): Stored<Transaction> => recordCodecs.transaction.encode(transaction);
/** @example const line = decodeTransaction(json); */
export const decodeTransaction = (stored: unknown): Transaction => recordCodecs.transaction.decode(stored);
/** @example const json = encodeInteraction(visit); */
export const encodeInteraction = (interaction: Interaction): Stored<Interaction> => recordCodecs.interaction.encode(interaction);
/** @example const visit = decodeInteraction(json); */
export const decodeInteraction = (stored: unknown): Interaction => recordCodecs.interaction.decode(stored);
/** @example const json = encodeOpportunity(project); */
export const encodeOpportunity = (opportunity: Opportunity): Stored<Opportunity> => recordCodecs.opportunity.encode(opportunity);
/** @example const project = decodeOpportunity(json); */
export const decodeOpportunity = (stored: unknown): Opportunity => recordCodecs.opportunity.decode(stored);
/** @example const json = encodeCompetitorNote(note); */
export const encodeCompetitorNote = (note: CompetitorNote): Stored<CompetitorNote> => recordCodecs['competitor-note'].encode(note);
/** @example const note = decodeCompetitorNote(json); */
export const decodeCompetitorNote = (stored: unknown): CompetitorNote => recordCodecs['competitor-note'].decode(stored);
