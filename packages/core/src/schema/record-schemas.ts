import type * as z from 'zod/mini';
import { competitorNoteSchema, type CompetitorNote } from './competitor-note.js';
import { contactSchema, type Contact } from './contact.js';
import { customerSchema, type Customer } from './customer.js';
import { interactionSchema, type Interaction } from './interaction.js';
import { opportunitySchema, type Opportunity } from './opportunity.js';
import type { RecordKind } from './stored-record.js';
import { contractSchema, type Contract } from './contract.js';
import { serviceCaseSchema, type ServiceCase } from './service-case.js';
import { taskSchema, type Task } from './task.js';
import { transactionSchema, type Transaction } from './transaction.js';
import { satisfactionSchema, type Satisfaction } from './satisfaction.js';

/** The decoded record type of every record kind. */
export interface RecordTypes {
  customer: Customer;
  contact: Contact;
  transaction: Transaction;
  interaction: Interaction;
  opportunity: Opportunity;
  'competitor-note': CompetitorNote;
  task: Task;
  'service-case': ServiceCase;
  contract: Contract;
  satisfaction: Satisfaction;
}

/** Any decoded record of the archive. */
export type ArchiveRecord = RecordTypes[RecordKind];

/**
 * The schema of every record kind, for code that handles records generically (stores, import).
 *
 * @example
 * recordSchemas.transaction.safeParse(json).success
 */
export const recordSchemas = {
  customer: customerSchema,
  contact: contactSchema,
  transaction: transactionSchema,
  interaction: interactionSchema,
  opportunity: opportunitySchema,
  'competitor-note': competitorNoteSchema,
  task: taskSchema,
  'service-case': serviceCaseSchema,
  contract: contractSchema,
  satisfaction: satisfactionSchema,
} as const satisfies { [K in RecordKind]: z.ZodMiniType<RecordTypes[K]> };
