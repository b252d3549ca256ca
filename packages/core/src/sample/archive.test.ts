import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate } from '../book/calendar.js';
import { relationshipStages } from '../enums/vocabularies.js';
import { isMainlandMobile } from '../ids/mobile-number.js';
import { isResidentIdNumber } from '../ids/resident-id-number.js';
import { isUnifiedSocialCreditCode } from '../ids/unified-social-credit-code.js';
import { recordCodecs } from '../schema/codecs.js';
import { contactSchema } from '../schema/contact.js';
import { customerSchema } from '../schema/customer.js';
import { interactionSchema } from '../schema/interaction.js';
import { opportunitySchema } from '../schema/opportunity.js';
import { transactionSchema } from '../schema/transaction.js';
import { taskSchema } from '../schema/task.js';
import { serviceCaseSchema } from '../schema/service-case.js';
import { contractSchema } from '../schema/contract.js';
import { generateArchive, type SampleArchive } from './archive.js';
import { generateTransactionColumns } from './columns.js';
import { SampleError } from './errors.js';
import { sampleCities } from './geography.js';

const asOf = '2026-01-01';
const asOfDay = dayNumber(asOf) ?? 0;

/** Every record of an archive that fails its schema, as `kind id: first issue`. */
function schemaFailures(archive: SampleArchive): string[] {
  const failures: string[] = [];
  const check = (kind: string, schema: { safeParse(value: unknown): { success: boolean; error?: { issues: unknown[] } } }, records: readonly { id: string }[]) => {
    for (const record of records) {
      const result = schema.safeParse(record);
      if (!result.success) failures.push(`${kind} ${record.id}: ${JSON.stringify(result.error?.issues[0])}`);
    }
  };
  check('customer', customerSchema, archive.customers);
  check('contact', contactSchema, archive.contacts);
  check('transaction', transactionSchema, archive.transactions);
  check('interaction', interactionSchema, archive.interactions);
  check('opportunity', opportunitySchema, archive.opportunities);
  check('task', taskSchema, archive.tasks);
  check('service-case', serviceCaseSchema, archive.serviceCases);
  check('contract', contractSchema, archive.contracts);
  return failures;
}

describe('generateArchive', () => {
  const archive = generateArchive({ seed: 2026, customers: 400, asOf });

  it('is deterministic: the same seed gives the same archive, another seed another', () => {
    const again = generateArchive({ seed: 2026, customers: 400, asOf });
    expect(JSON.stringify(again)).toBe(JSON.stringify(archive));
    const other = generateArchive({ seed: 2027, customers: 400, asOf });
    expect(other.customers.map((c) => c.name)).not.toEqual(archive.customers.map((c) => c.name));
  });

  it('gives every record that passes its schema (property over seeds and small sizes)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 10, max: 40 }),
        // asOf from 2015 to 2035 as a day number, and books from a month to two and a half years.
        fc.integer({ min: dayNumber('2015-01-01') ?? 0, max: dayNumber('2035-12-31') ?? 0 }),
        fc.integer({ min: 30, max: 900 }),
        (seed, customers, asOfDayNumber, days) => {
          const sample = generateArchive({ seed, customers, asOf: isoDate(asOfDayNumber), days });
          expect(schemaFailures(sample)).toEqual([]);
          expect(sample.customers).toHaveLength(customers);
        },
      ),
      { numRuns: 25 },
    );
    expect(schemaFailures(archive)).toEqual([]);
  });

  it('survives the storage boundary: encode → JSON → decode gives the same records', () => {
    const roundTrip = <T>(codec: { encode(record: T): unknown; decode(stored: unknown): T }, records: readonly T[]) => {
      for (const record of records.slice(0, 200)) expect(codec.decode(JSON.parse(JSON.stringify(codec.encode(record))))).toEqual(record);
    };
    roundTrip(recordCodecs.customer, archive.customers);
    roundTrip(recordCodecs.contact, archive.contacts);
    roundTrip(recordCodecs.transaction, archive.transactions);
    roundTrip(recordCodecs.interaction, archive.interactions);
    roundTrip(recordCodecs.opportunity, archive.opportunities);
    roundTrip(recordCodecs.task, archive.tasks);
    roundTrip(recordCodecs['service-case'], archive.serviceCases);
    roundTrip(recordCodecs.contract, archive.contracts);
  });

  it('has the transactions of generateTransactionColumns for the same options, as objects', () => {
    const book = generateTransactionColumns({ seed: 2026, customers: 400, asOf });
    expect(archive.transactions).toHaveLength(book.length);
    archive.transactions.forEach((line, i) => {
      expect(line.customerId).toBe(book.customerIds[book.customer[i] ?? -1]);
      expect(dayNumber(line.date)).toBe(book.day[i]);
      expect(line.amount).toBe(book.amount[i]);
      expect(line.paid).toBe(book.paid?.[i]);
      expect(line.quantity).toBe(book.quantity?.[i]);
      expect(line.cost ?? Number.NaN).toStrictEqual(book.cost?.[i]);
      expect(line.orderId).toBe(book.orderIds?.[book.order?.[i] ?? -1]);
      expect(line.productId).toBe(book.productIds?.[book.product?.[i] ?? -1]);
      expect(line.category).toBe(book.categories?.[book.category?.[i] ?? -1]);
    });
    expect(archive.customers.map((c) => c.id)).toEqual(book.customerIds);
  });

  it('has every relationship stage, consistent with the transactions', () => {
    const linesOf = new Map<string, SampleArchive['transactions']>();
    for (const line of archive.transactions) linesOf.set(line.customerId, [...(linesOf.get(line.customerId) ?? []), line]);
    for (const stage of relationshipStages) expect(archive.customers.some((c) => c.relationship.stage === stage)).toBe(true);
    for (const customer of archive.customers) {
      const lines = linesOf.get(customer.id) ?? [];
      const { relationship } = customer;
      if (relationship.stage === 'prospect') {
        expect(lines).toEqual([]);
        expect(customer.tradeSince).toBeUndefined();
      } else if (relationship.stage === 'former') {
        const stopped = dayNumber(relationship.stoppedOn ?? '') ?? Number.NaN;
        expect(asOfDay - stopped).toBeGreaterThan(365);
        expect(relationship.stopReason).toBeTruthy();
        for (const line of lines) expect(line.date < (relationship.stoppedOn ?? '')).toBe(true);
      } else {
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(line.date >= (customer.tradeSince ?? '')).toBe(true);
      }
      if (relationship.stage === 'new') expect(customer.grade.provisional).toBe(true);
    }
  });

  it('writes consistent places and valid Chinese identifiers', () => {
    let uscc = 0;
    let idNumbers = 0;
    for (const customer of archive.customers) {
      const address = customer.addresses[0];
      const city = sampleCities.find((c) => c.city === address?.city);
      expect(city?.province).toBe(address?.province);
      expect(city?.districts.map((d) => d.name)).toContain(address?.district);
      expect(customer.territory).toBe(city?.region);
      if (customer.mobile !== undefined) expect(isMainlandMobile(customer.mobile)).toBe(true);
      if (customer.kind === 'organisation' && customer.uscc !== undefined) {
        uscc++;
        expect(isUnifiedSocialCreditCode(customer.uscc)).toBe(true);
        // Registered in the customer's district: characters 3–8 are its division code.
        expect(city?.districts.find((d) => d.name === address?.district)?.code).toBe(customer.uscc.slice(2, 8));
      }
      if (customer.kind === 'person' && customer.idNumber !== undefined) {
        idNumbers++;
        expect(isResidentIdNumber(customer.idNumber)).toBe(true);
        expect(customer.idNumber.slice(6, 14)).toBe(customer.birthDate?.replaceAll('-', ''));
        // 17th digit odd for men, even for women.
        expect(Number(customer.idNumber[16]) % 2).toBe(customer.gender === 'male' ? 1 : 0);
      }
    }
    expect(uscc).toBeGreaterThan(0);
    expect(idNumbers).toBeGreaterThan(0);
    for (const contact of archive.contacts) if (contact.mobile !== undefined) expect(isMainlandMobile(contact.mobile)).toBe(true);
  });

  it('names mostly in Chinese, some in English only; organisations and persons', () => {
    const chinese = archive.customers.filter((c) => c.name.zh !== undefined).length;
    const englishOnly = archive.customers.filter((c) => c.name.zh === undefined && c.name.en !== undefined).length;
    expect(chinese / archive.customers.length).toBeGreaterThan(0.8);
    expect(englishOnly).toBeGreaterThan(0);
    expect(archive.customers.some((c) => c.kind === 'person')).toBe(true);
    expect(archive.customers.some((c) => c.kind === 'organisation')).toBe(true);
    expect(new Set(archive.customers.map((c) => c.name.zh ?? c.name.en)).size).toBeGreaterThan(380);
  });

  it('links records: owners are reps, contacts and interactions belong to existing customers', () => {
    const reps = new Set(archive.reps.map((r) => r.id));
    // sqrt(400) × 1.2 = 24 reps.
    expect(archive.reps).toHaveLength(24);
    const customers = new Set(archive.customers.map((c) => c.id));
    const contacts = new Set(archive.contacts.map((c) => c.id));
    for (const customer of archive.customers) expect(reps.has(customer.salespersonId)).toBe(true);
    for (const contact of archive.contacts) expect(customers.has(contact.customerId)).toBe(true);
    for (const interaction of archive.interactions) {
      expect(customers.has(interaction.customerId)).toBe(true);
      expect(reps.has(interaction.by)).toBe(true);
      for (const id of interaction.contactIds) expect(contacts.has(id)).toBe(true);
      expect(interaction.at.getTime()).toBeLessThan(asOfDay * 86_400_000);
    }
    for (const opportunity of archive.opportunities) {
      for (const id of [...opportunity.decisionMakerIds, ...opportunity.influencerIds]) expect(contacts.has(id)).toBe(true);
    }
    expect(archive.contacts.some((c) => c.buyingRoles.includes('decision-maker') && c.layer === 'decision' && c.isKey)).toBe(true);
    expect(archive.contacts.some((c) => (c.profile?.interests?.topicsNeverToRaise.length ?? 0) > 0)).toBe(true);
    expect(archive.opportunities.length).toBeGreaterThan(0);
  });

  it('spends visits by customer count, not value: C customers get far more of the visits than of the revenue', () => {
    const grade = new Map(archive.customers.map((c) => [c.id, c.grade.current]));
    const visits = archive.interactions.filter((i) => i.kind === 'visit');
    const visitsOnC = visits.filter((i) => grade.get(i.customerId) === 'C').length / visits.length;
    let revenue = 0;
    let revenueOfC = 0;
    for (const line of archive.transactions) {
      revenue += line.amount;
      if (grade.get(line.customerId) === 'C') revenueOfC += line.amount;
    }
    expect(visitsOnC).toBeGreaterThan(0.4);
    expect(revenueOfC / revenue).toBeLessThan(0.25);
    const costs = archive.interactions.filter((i) => i.cost !== undefined);
    expect(costs.length).toBeGreaterThan(0);
  });

  it('has the work around customers: tasks, service cases and contracts that point at real records and start before asOf', () => {
    const customers = new Map(archive.customers.map((c) => [c.id, c]));
    const interactions = new Set(archive.interactions.map((i) => i.id));
    const before = (at: Date) => expect(at.getTime()).toBeLessThan(asOfDay * 86_400_000);
    for (const task of archive.tasks) {
      expect(customers.has(task.customerId)).toBe(true);
      if (task.fromInteractionId !== undefined) expect(interactions.has(task.fromInteractionId)).toBe(true);
      expect(task.status === 'done').toBe(task.doneOn !== undefined);
      before(task.createdAt);
    }
    for (const serviceCase of archive.serviceCases) {
      expect(customers.get(serviceCase.customerId)?.relationship.stage).not.toBe('prospect');
      expect(serviceCase.closedOn === undefined).toBe(serviceCase.status === 'open' || serviceCase.status === 'in-progress');
      expect(serviceCase.openedOn < asOf).toBe(true);
    }
    for (const contract of archive.contracts) {
      expect(customers.get(contract.customerId)?.kind).toBe('organisation');
      expect(contract.startOn < (contract.endOn ?? '')).toBe(true);
      before(contract.createdAt);
    }
    // Each kind has records in every state the agenda and the card show.
    expect(archive.tasks.some((t) => t.status === 'open' && t.dueOn < asOf)).toBe(true);
    expect(archive.tasks.some((t) => t.status === 'open' && t.dueOn >= asOf)).toBe(true);
    expect(archive.tasks.some((t) => t.status === 'done')).toBe(true);
    expect(archive.serviceCases.some((c) => c.status === 'open' || c.status === 'in-progress')).toBe(true);
    expect(archive.serviceCases.some((c) => c.status === 'closed' || c.status === 'resolved')).toBe(true);
    expect(archive.contracts.some((c) => (c.endOn ?? '') < asOf)).toBe(true);
    expect(archive.contracts.some((c) => (c.endOn ?? '') >= asOf)).toBe(true);
    // Lines of a customer with a payment term are due that many days after their date.
    const line = archive.transactions.find((t) => customers.get(t.customerId)?.credit.paymentTermDays === 60);
    expect(line?.dueDate).toBe(isoDate((dayNumber(line?.date ?? '') ?? 0) + 60));
  });

  it('refuses archives too big for objects', () => {
    expect(() => generateArchive({ seed: 1, customers: 100_001, asOf })).toThrow(SampleError);
  });
});
