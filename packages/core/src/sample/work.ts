import { isoDate } from '../book/calendar.js';
import { contractKinds, serviceCaseKinds, serviceChannels, serviceSeverities, type TaskKind } from '../enums/vocabularies.js';
import type { Contact } from '../schema/contact.js';
import type { Contract } from '../schema/contract.js';
import type { Customer } from '../schema/customer.js';
import type { Interaction } from '../schema/interaction.js';
import type { ServiceCase } from '../schema/service-case.js';
import { currentSchemaVersions } from '../schema/stored-record.js';
import type { Task } from '../schema/task.js';
import type { BookPlan } from './columns.js';
import * as phrases from './phrases.js';
import { streams, type CustomerProfile } from './profiles.js';
import { mixSeed, Random } from './random.js';
import { beijing, stripUndefined } from './stamp.js';

// The work around a customer in the sample archive: follow-up tasks, service cases, contracts.
// Every record is created before `asOf` (= plan.lastDay + 1); due and end dates may lie after it.

/**
 * Tasks of a customer: the next step of some logged calls and visits (done when a later contact
 * followed, open otherwise) and, for a live customer, an open follow-up due around `asOf`.
 *
 * @example
 * sampleTasks(plan, profile, customer, interactions).every((t) => t.customerId === customer.id) // true
 */
export function sampleTasks(plan: BookPlan, profile: CustomerProfile, customer: Customer, interactions: readonly Interaction[]): Task[] {
  const random = new Random(mixSeed(plan.seed, streams.tasks, profile.index));
  const tasks: Task[] = [];
  const dayOf = (at: Date) => Math.floor((at.getTime() + 8 * 3_600_000) / 86_400_000);
  const contacts = interactions.filter((i) => i.kind === 'visit' || i.kind === 'call');
  contacts.forEach((interaction, k) => {
    if (!random.chance(0.5)) return;
    const day = dayOf(interaction.at);
    const kind: TaskKind = random.pick(['visit', 'call', 'send-quote'] as const);
    const dueDay = day + random.between(7, 30);
    const done = dueDay < plan.lastDay - 5 || k < contacts.length - 1;
    tasks.push(
      stripUndefined<Task>({
        id: `${profile.id}-K${tasks.length + 1}`,
        schemaVersion: currentSchemaVersions.task,
        createdAt: interaction.at,
        updatedAt: done ? beijing(Math.min(plan.lastDay, dueDay), 17) : interaction.at,
        customerId: profile.id,
        contactId: interaction.contactIds[0],
        kind,
        title: random.pick(phrases.taskTitles[kind]),
        dueOn: isoDate(dueDay),
        ownerId: interaction.by,
        status: done ? 'done' : 'open',
        origin: 'interaction',
        fromInteractionId: interaction.id,
        doneOn: done ? isoDate(Math.min(plan.lastDay, dueDay)) : undefined,
        outcome: done ? random.pick(['客户有意向，待报价', '已确认下批订单', '暂无需求，三个月后再联系']) : undefined,
      }),
    );
  });
  if (profile.stage !== 'former' && random.chance(0.35)) {
    const kind: TaskKind = random.weighted(['visit', 'call', 'collect-payment', 'renewal', 'credit-review'] as const, [4, 4, 1, 1, 1]);
    const createdDay = plan.lastDay - random.between(1, 20);
    tasks.push({
      id: `${profile.id}-K${tasks.length + 1}`,
      schemaVersion: currentSchemaVersions.task,
      createdAt: beijing(createdDay, 9),
      updatedAt: beijing(createdDay, 9),
      customerId: profile.id,
      kind,
      title: random.pick(phrases.taskTitles[kind]),
      dueOn: isoDate(plan.lastDay + random.between(-10, 14)),
      ownerId: customer.salespersonId,
      status: 'open',
      origin: 'manual',
    });
  }
  return tasks;
}

/**
 * Service cases of a customer that bought: closed ones in the past and, now and then, one still open.
 *
 * @example
 * sampleServiceCases(plan, profile, customer, contacts).filter((c) => c.status === 'open')
 */
export function sampleServiceCases(plan: BookPlan, profile: CustomerProfile, customer: Customer, contacts: readonly Contact[]): ServiceCase[] {
  if (profile.stage === 'prospect' || profile.lastDay < profile.firstDay) return [];
  const random = new Random(mixSeed(plan.seed, streams.serviceCases, profile.index));
  if (!random.chance(profile.latePayer ? 0.5 : 0.25)) return [];
  const count = random.chance(0.3) ? 2 : 1;
  const latest = Math.min(plan.lastDay, profile.lastDay + 30);
  const cases: ServiceCase[] = [];
  for (let k = 0; k < count; k++) {
    const kind = random.pick(serviceCaseKinds);
    const openedDay = Math.max(profile.firstDay, latest - random.between(0, 300));
    const open = latest - openedDay < 90 && random.chance(0.5);
    const closedDay = Math.min(plan.lastDay, openedDay + random.between(1, 20));
    cases.push(
      stripUndefined<ServiceCase>({
        id: `${profile.id}-S${k + 1}`,
        schemaVersion: currentSchemaVersions['service-case'],
        createdAt: beijing(openedDay, 11),
        updatedAt: beijing(open ? openedDay : closedDay, 15),
        customerId: profile.id,
        contactId: contacts.length > 0 ? random.pick(contacts).id : undefined,
        kind,
        title: random.pick(phrases.serviceCaseTitles[kind]),
        openedOn: isoDate(openedDay),
        channel: random.pick(serviceChannels),
        severity: random.weighted(serviceSeverities, [4, 4, 2, 1]),
        status: open ? random.pick(['open', 'in-progress'] as const) : random.pick(['resolved', 'closed'] as const),
        ownerId: customer.salespersonId,
        resolution: open ? undefined : random.pick(['已上门处理', '已补发货物', '已解释并获客户认可', '已更换零件']),
        closedOn: open ? undefined : isoDate(closedDay),
      }),
    );
  }
  return cases;
}

/**
 * Contracts of an organisation that trades with us: a yearly term renewed from its start, the
 * current one ending between a month before and about seven months after `asOf`.
 *
 * @example
 * sampleContracts(plan, profile, customer).map((c) => c.endOn)
 */
export function sampleContracts(plan: BookPlan, profile: CustomerProfile, customer: Customer): Contract[] {
  if (customer.kind !== 'organisation' || profile.stage === 'prospect' || profile.stage === 'former') return [];
  const random = new Random(mixSeed(plan.seed, streams.contracts, profile.index));
  if (!random.chance(0.4)) return [];
  const kind = random.pick(contractKinds);
  const endDay = plan.lastDay + random.between(-30, 210);
  const startDay = endDay - 364;
  const createdDay = Math.min(plan.lastDay, startDay - random.between(1, 14));
  return [
    stripUndefined<Contract>({
      id: `${profile.id}-H1`,
      schemaVersion: currentSchemaVersions.contract,
      createdAt: beijing(createdDay, 14),
      updatedAt: beijing(createdDay, 14),
      customerId: profile.id,
      number: `HT${isoDate(startDay).slice(0, 4)}-${profile.id.slice(-5)}`,
      kind,
      title: random.pick(phrases.contractTitles[kind]),
      startOn: isoDate(startDay),
      endOn: isoDate(endDay),
      value: Math.round(random.logNormal(80_000, 0.8) / 100) * 100,
      renewal: random.pick(['auto', 'manual', 'manual'] as const),
      noticeDays: random.pick([30, 60]),
      salespersonId: customer.salespersonId,
    }),
  ];
}
