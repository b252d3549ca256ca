import { base, en, Faker, zh_CN } from '@faker-js/faker';
import { isoDate } from '../book/calendar.js';
import type { TransactionColumns } from '../book/columns.js';
import {
  buyingRoles,
  communicationStyles,
  creditRatings,
  interactionKinds,
  leadIntents,
  sourceChannels,
  type BuyingRole,
  type ContactLayer,
  type InteractionKind,
  type PersonalityTrait,
} from '../enums/vocabularies.js';
import type { Contact } from '../schema/contact.js';
import type { Customer, OrganisationCustomer, PersonCustomer } from '../schema/customer.js';
import type { Interaction } from '../schema/interaction.js';
import type { Opportunity } from '../schema/opportunity.js';
import type { PersonalProfile } from '../schema/personal-profile.js';
import type { Provenance } from '../schema/provenance.js';
import { currentSchemaVersions } from '../schema/stored-record.js';
import type { Transaction } from '../schema/transaction.js';
import { sampleCategories, sampleProducts, type SampleProduct } from './catalogue.js';
import { buildColumns, planBook, type BookPlan, type TransactionColumnsOptions } from './columns.js';
import { sampleError } from './errors.js';
import { sampleCities, type SampleCity } from './geography.js';
import { pinyinName, pinyinWord, sampleLandline, sampleMobile, sampleResidentId, sampleUscc, shortCityName } from './identity.js';
import * as phrases from './phrases.js';
import { customerProfile, streams, type CustomerProfile } from './profiles.js';
import { mixSeed, Random } from './random.js';
import { sampleReps, type SampleRep } from './reps.js';
import { beijing, stripUndefined } from './stamp.js';
import { sampleContracts, sampleServiceCases, sampleTasks } from './work.js';
import type { Contract } from '../schema/contract.js';
import type { ServiceCase } from '../schema/service-case.js';
import type { Task } from '../schema/task.js';
import { compareCodePoints } from '../grading/compare.js';

const collectedChannels = sourceChannels.filter((channel) => channel !== 'import');

/** A generated archive: records as the schemas of `@dossier/core` decode them (instants are `Date`s). */
export interface SampleArchive {
  readonly customers: Customer[];
  readonly contacts: Contact[];
  readonly transactions: Transaction[];
  readonly interactions: Interaction[];
  readonly opportunities: Opportunity[];
  /** Follow-ups and to-dos (跟单): open ones around `asOf`, done ones from logged interactions. */
  readonly tasks: Task[];
  /** Issues customers raised (问题 / 投诉 / 维修), some still open. */
  readonly serviceCases: ServiceCase[];
  /** Subscriptions, service terms and framework agreements, some ending soon after `asOf`. */
  readonly contracts: Contract[];
  readonly reps: SampleRep[];
  readonly products: SampleProduct[];
}

/** Options of `generateArchive`: those of `generateTransactionColumns`. */
export type ArchiveOptions = TransactionColumnsOptions;

/** The largest archive `generateArchive` builds as objects. */
export const MAX_ARCHIVE_CUSTOMERS = 100_000;

const MS_PER_DAY = 86_400_000;


const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Sample sizes for the number of reps: about 10–40 as the archive grows. */
function repCount(customers: number): number {
  return Math.max(3, Math.min(40, Math.round(Math.sqrt(customers) * 1.2)));
}

/**
 * Generates a realistic customer archive, deterministic for a seed: organisations and persons
 * (Chinese names mostly, some English) with consistent addresses (province / city / district),
 * valid mobile numbers, USCC codes and resident ID numbers; owners and territories; natures,
 * industries, product lines; relationship stages that agree with the book (prospects never
 * bought, former customers stopped more than 365 days before `asOf`, with a reason); contacts
 * with buying roles, layers, personality and style; our interactions (visits, calls, gifts… with
 * costs, spread by customer count rather than value, so small customers get most of the visits);
 * opportunities; and the transaction book of `generateTransactionColumns` for the same options,
 * as objects.
 *
 * Names come from faker's zh_CN locale (a private, seeded `Faker` per call, reseeded per record
 * so that each record depends only on the seed and its own index); the clock is never read:
 * every date lies before `asOf`. Meant for demos, stories and tests up to ~10,000 customers
 * (refuses more than 100,000); use `generateTransactionColumns` for big books.
 *
 * @example
 * const archive = generateArchive({ seed: 42, customers: 200, asOf: '2026-01-01' });
 * archive.customers.length // 200
 * customerSchema.parse(archive.customers[0]) // passes
 */
export function generateArchive(options: ArchiveOptions): SampleArchive {
  const plan = planBook(options);
  if (plan.customers > MAX_ARCHIVE_CUSTOMERS) {
    throw sampleError('too-many-customers', { value: plan.customers, limit: MAX_ARCHIVE_CUSTOMERS });
  }
  const products = sampleProducts(plan.seed);
  const book = buildColumns(plan, products);
  const zh = new Faker({ locale: [zh_CN, en, base] });
  const english = new Faker({ locale: [en, base] });
  const context = new ArchiveContext(plan, book, products, zh, english);
  const reps = context.reps;
  const customers: Customer[] = [];
  const contacts: Contact[] = [];
  const interactions: Interaction[] = [];
  const opportunities: Opportunity[] = [];
  const tasks: Task[] = [];
  const serviceCases: ServiceCase[] = [];
  const contracts: Contract[] = [];
  for (let i = 0; i < plan.customers; i++) {
    const profile = customerProfile(plan.seed, i, plan.firstDay, plan.lastDay);
    const customer = context.customer(profile);
    customers.push(customer);
    const own = context.contacts(profile, customer);
    contacts.push(...own);
    const visits = context.interactions(profile, customer, own);
    interactions.push(...visits);
    opportunities.push(...context.opportunities(profile, customer, own));
    tasks.push(...sampleTasks(plan, profile, customer, visits));
    serviceCases.push(...sampleServiceCases(plan, profile, customer, own));
    contracts.push(...sampleContracts(plan, profile, customer));
  }
  return { customers, contacts, transactions: context.transactions(customers), interactions, opportunities, tasks, serviceCases, contracts, reps, products };
}

/** What the record builders share: the plan, the book's per-customer figures, the reps, faker. */
class ArchiveContext {
  readonly reps: SampleRep[];
  readonly #repsByRegion = new Map<string, SampleRep[]>();
  readonly #revenue: Float64Array;
  readonly #lastPurchase: Int32Array;
  /** Rank of every customer by revenue, 0 = biggest. */
  readonly #rank: Int32Array;
  readonly #buyers: number;

  constructor(
    readonly plan: BookPlan,
    readonly book: TransactionColumns,
    readonly products: readonly SampleProduct[],
    readonly zh: Faker,
    readonly english: Faker,
  ) {
    const n = plan.customers;
    this.#revenue = new Float64Array(n);
    this.#lastPurchase = new Int32Array(n).fill(-1);
    for (let k = 0; k < book.length; k++) {
      const c = book.customer[k] ?? 0;
      const amount = book.amount[k] ?? 0;
      this.#revenue[c] = (this.#revenue[c] ?? 0) + amount;
      if (amount > 0) this.#lastPurchase[c] = Math.max(this.#lastPurchase[c] ?? -1, book.day[k] ?? -1);
    }
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (this.#revenue[b] ?? 0) - (this.#revenue[a] ?? 0) || a - b);
    this.#rank = new Int32Array(n);
    order.forEach((customer, rank) => (this.#rank[customer] = rank));
    this.#buyers = order.filter((i) => (this.#revenue[i] ?? 0) > 0).length;
    this.reps = this.#makeReps();
  }

  #makeReps(): SampleRep[] {
    const reps = sampleReps({ seed: this.plan.seed, count: repCount(this.plan.customers) }, this.zh);
    for (const rep of reps) {
      const list = this.#repsByRegion.get(rep.region) ?? [];
      list.push(rep);
      this.#repsByRegion.set(rep.region, list);
    }
    return reps;
  }

  /** The rep owning a customer: one of the region's reps, or any rep when the region has none. */
  #repFor(random: Random, region: string): SampleRep {
    const local = this.#repsByRegion.get(region);
    return random.pick(local && local.length > 0 ? local : this.reps);
  }

  #provenance(random: Random, collectedOn: number, collectedBy: string): Provenance {
    return {
      // Sample facts were collected, not imported (and the seeded sequence stays as it was).
      channel: random.pick(collectedChannels),
      verified: random.chance(0.7),
      collectedAt: beijing(collectedOn, random.between(9, 17), random.int(60)),
      collectedBy,
    };
  }

  /** Day of the last yearly grading cycle (last week of March, grading.md) before the book's end. */
  #lastGradingDay(): number {
    const end = new Date(this.plan.lastDay * MS_PER_DAY);
    let year = end.getUTCFullYear();
    let day = Date.UTC(year, 2, 28) / MS_PER_DAY;
    if (day > this.plan.lastDay) {
      year -= 1;
      day = Date.UTC(year, 2, 28) / MS_PER_DAY;
    }
    return day;
  }

  customer(profile: CustomerProfile): Customer {
    const { plan, zh, english } = this;
    const random = new Random(mixSeed(plan.seed, streams.record, profile.index));
    // One faker seed per customer (seeding costs more than drawing): the customer, then its contacts.
    zh.seed(mixSeed(plan.seed, streams.record, profile.index));
    const englishFaker = (): Faker => {
      english.seed(mixSeed(plan.seed, streams.record, profile.index));
      return english;
    };
    const city = sampleCities[profile.cityIndex] ?? (sampleCities[0] as SampleCity);
    const district = random.pick(city.districts);
    const rep = this.#repFor(random, city.region);
    const i = profile.index;
    const revenue = this.#revenue[i] ?? 0;
    const rank = this.#rank[i] ?? 0;
    const buyer = revenue > 0;
    const share = this.#buyers > 0 ? rank / this.#buyers : 1;
    const createdDay = Math.min(profile.sinceDay, plan.lastDay - 1);
    // Last touched at the last purchase, or when a former customer was marked as stopped.
    const stoppedMark = profile.stoppedDay !== undefined && profile.stoppedDay <= plan.lastDay ? profile.stoppedDay : createdDay;
    const updatedDay = Math.min(plan.lastDay, Math.max(createdDay, this.#lastPurchase[i] ?? createdDay, stoppedMark));
    const lastGrading = this.#lastGradingDay();
    const isProspect = profile.stage === 'prospect';
    const isNew = profile.stage === 'new';

    const relationship: Customer['relationship'] = {
      stage: profile.stage,
      setByHand: false,
      since: isoDate(profile.stage === 'long-term' ? Math.min(plan.lastDay, profile.sinceDay + 180) : profile.sinceDay),
    };
    if (profile.stage === 'former' && profile.stoppedDay !== undefined) {
      relationship.since = isoDate(profile.stoppedDay);
      relationship.stoppedOn = isoDate(profile.stoppedDay);
      relationship.stopReason = random.pick(phrases.stopReasons);
      relationship.followUp = random.chance(0.5) ? '每季度电话回访一次，了解是否有恢复合作的可能' : '已转入休眠客户名单';
    }
    if (profile.stage === 'problem') relationship.followUp = random.pick(phrases.problemNotes);

    const grade: Customer['grade'] = { provisional: isNew };
    if (buyer) {
      grade.current = share < 0.1 ? 'A' : share < 0.3 ? 'B' : 'C';
      grade.method = 'abc-count';
      grade.gradedOn = isoDate(isNew ? Math.max(profile.sinceDay, lastGrading) : lastGrading);
      grade.reviewDue = isoDate(isNew ? profile.sinceDay + 182 : lastGrading + 365);
    }

    const late = profile.latePayer;
    const credit: Customer['credit'] = isProspect
      ? {}
      : {
          rating: late ? random.pick(creditRatings.slice(3)) : random.pick(creditRatings.slice(0, 3)),
          limit: Math.round((Math.max(revenue, 0) / 6 + 10_000) / 1000) * 1000,
          paymentTermDays: random.pick([0, 30, 30, 60, 90]),
          reviewedOn: isoDate(lastGrading),
        };
    if (credit.paymentTermDays !== undefined) credit.terms = credit.paymentTermDays === 0 ? '款到发货' : `月结${credit.paymentTermDays}天`;
    if (late) credit.pastProblems = '曾多次逾期付款';

    const categories = [sampleCategories[profile.primaryCategory]?.name, sampleCategories[profile.secondaryCategory]?.name].filter(
      (name): name is string => name !== undefined,
    );
    const street = zh.location.streetAddress();
    const common = {
      id: profile.id,
      schemaVersion: currentSchemaVersions.customer,
      createdAt: beijing(createdDay, random.between(9, 17), random.int(60)),
      updatedAt: beijing(updatedDay, 18, random.int(60)),
      phone: sampleLandline(random, city.areaCode),
      addresses: [
        {
          label: profile.kind === 'organisation' ? '办公地址' : '住址',
          province: city.province,
          city: city.city,
          district: district.name,
          street,
        },
      ],
      salespersonId: rep.id,
      territory: city.region,
      nature: profile.nature,
      natureSubclass: random.pick(phrases.natureSubclasses[profile.nature]),
      international: false,
      productLines: isProspect ? [] : categories,
      volumeClass: buyer ? (share < 0.1 ? ('main' as const) : share < 0.4 ? ('general' as const) : ('scattered' as const)) : undefined,
      funnelStage: isProspect
        ? random.chance(0.5)
          ? ('undifferentiated' as const)
          : ('qualified' as const)
        : share < 0.05 && buyer
          ? ('key-account' as const)
          : ('qualified' as const),
      leadIntent: isProspect ? random.pick(leadIntents) : undefined,
      potential: random.pick(['high', 'medium', 'medium', 'low'] as const),
      loyalty: isProspect ? undefined : random.pick(['loyal', 'switcher', 'no-loyalty'] as const),
      tags: buyer && rank < Math.max(1, Math.round(this.#buyers * 0.01)) ? ['VIP'] : [],
      tradeSince: isProspect ? undefined : isoDate(profile.sinceDay),
      relationship,
      grade,
      credit,
      prospecting: isProspect
        ? {
            needs: `${categories[0] ?? '办公设备'}的稳定供应`,
            likelyTime: random.pick(['本季度', '下季度', '年底前', '明年上半年']),
            likelyPlace: `${city.city}${district.name}`,
            likelyWay: random.pick(['招标采购', '框架协议', '询价比价', '电商平台下单']),
            purchaseLikelihood: random.pick(['high', 'medium', 'low'] as const),
            budget: Math.round(random.logNormal(80_000, 0.8) / 1000) * 1000,
          }
        : undefined,
      profiles: {},
      source: this.#provenance(random, createdDay, rep.id),
    };

    if (profile.kind === 'person') {
      const gender = random.chance(0.5) ? ('female' as const) : ('male' as const);
      const birthDay = plan.lastDay - random.between(22 * 365, 65 * 365);
      const birthDate = isoDate(birthDay);
      const isEnglish = random.chance(0.08);
      let name: PersonCustomer['name'];
      if (isEnglish) {
        const faker = englishFaker();
        name = { en: `${faker.person.firstName(gender)} ${faker.person.lastName()}` };
      } else {
        const surname = zh.person.lastName();
        const given = zh.person.firstName(gender);
        name = random.chance(0.3) ? { zh: `${surname}${given}`, en: pinyinName(surname, given) } : { zh: `${surname}${given}` };
      }
      const person: PersonCustomer = {
        ...common,
        kind: 'person',
        name,
        mobile: sampleMobile(random),
        email: zh.internet.email().toLowerCase(),
        gender,
        birthDate,
        occupation: random.pick(phrases.occupations),
        ...(isEnglish ? {} : random.chance(0.6) ? { idNumber: sampleResidentId(random, district.code, birthDate, gender) } : {}),
      };
      return stripUndefined(person);
    }

    // Organisations: companies, or institutions for government and social organisations.
    const institution = profile.nature === 'government-social';
    const cityShort = shortCityName(city);
    const institutionType = institution ? random.pick(phrases.institutionTypes) : undefined;
    const industry = institutionType?.industry ?? random.pick(companyCategories);
        const legalForm = institution ? undefined : random.pick(companyLegalForms);
    const brand = zh.person.firstName();
    const zhName = institutionType ? `${city.city}${institutionType.name}` : `${cityShort}${brand}${industry}${legalForm ?? '有限公司'}`;
    const shortName = institution ? zhName.replace(city.city, '') : `${brand}${industry}`;
    const international = !institution && random.chance(0.03);
    const englishName = international ? englishFaker().company.name() : undefined;
    const enName = international
      ? englishName
      : !institution && random.chance(0.4)
        ? `${capital(pinyinWord(cityShort))} ${capital(pinyinWord(brand))} ${phrases.industryEnglish[industry] ?? 'Trading'} Co., Ltd.`
        : undefined;
    const domain = `${pinyinWord(brand)}${random.between(1, 99)}.com.cn`;
    const employees = Math.max(5, Math.round(random.logNormal(80, 1.2) * Math.sqrt(profile.weight)));
    const foundedDay = Math.min(profile.sinceDay - 30, plan.lastDay - random.between(2 * 365, 30 * 365));
    const legalRepresentative = `${zh.person.lastName()}${zh.person.firstName()}`;
    const organisation: OrganisationCustomer = {
      ...common,
      kind: 'organisation',
      natureSubclass: institutionType?.subclass ?? common.natureSubclass,
      international,
      name: international ? { en: enName ?? zhName } : enName ? { zh: zhName, en: enName } : { zh: zhName },
      shortName,
      industry,
      email: `info@${domain}`,
      mobile: random.chance(0.5) ? sampleMobile(random) : undefined,
      website: random.chance(0.5) ? `https://www.${domain}` : undefined,
      uscc: random.chance(0.8) ? sampleUscc(random, institutionType?.uscc ?? '91', district.code) : undefined,
      legalForm,
      foundedOn: isoDate(foundedDay),
      registeredCapital: institution ? undefined : random.pick([500_000, 1_000_000, 3_000_000, 5_000_000, 10_000_000, 50_000_000]),
      employees,
      annualSales: institution ? undefined : Math.round(employees * random.logNormal(500_000, 0.5) / 10_000) * 10_000,
      operatingStatus:
        profile.stage === 'former'
          ? random.pick(['shrinking', 'closing-down', 'operating'] as const)
          : random.pick(['operating', 'operating', 'operating', 'expanding'] as const),
      legalRepresentative: { name: legalRepresentative, age: random.between(32, 68) },
      manager: random.chance(0.5)
        ? { name: `${zh.person.lastName()}${zh.person.firstName()}`, personality: random.pick(['稳重', '果断', '谨慎', '健谈']) }
        : undefined,
      characteristics: random.chance(0.4)
        ? { serviceArea: `${city.province}及周边`, scale: employees > 300 ? '大型' : employees > 50 ? '中型' : '小型' }
        : undefined,
      tradeStatus:
        profile.stage === 'problem' ? { problems: random.pick(phrases.problemNotes), creditStatus: '需关注' } : undefined,
    };
    return stripUndefined(organisation);
  }

  contacts(profile: CustomerProfile, customer: Customer): Contact[] {
    if (customer.kind === 'person') return [];
    const { plan, zh } = this;
    // faker goes on from where the customer left it (seeded once per customer).
    const random = new Random(mixSeed(plan.seed, streams.contacts, profile.index));
    const city = sampleCities[profile.cityIndex] ?? (sampleCities[0] as SampleCity);
    const count = Math.min(5, 1 + random.int(2) + (profile.weight > 5 ? 1 : 0) + (profile.weight > 30 ? 1 : 0));
    const domain = customer.email?.split('@')[1] ?? 'example.cn';
    const createdDay = Math.min(profile.sinceDay + random.between(0, 30), plan.lastDay);
    const roles: BuyingRole[] = ['decision-maker', 'purchaser', 'influencer', 'user', 'gatekeeper'];
    const contacts: Contact[] = [];
    for (let k = 0; k < count; k++) {
      const role = roles[k] ?? random.pick(buyingRoles);
      const gender = random.chance(0.45) ? ('female' as const) : ('male' as const);
      const surname = zh.person.lastName();
      const given = zh.person.firstName(gender);
      const pinyin = pinyinName(surname, given);
      const isKey = role === 'decision-maker' || (role === 'influencer' && random.chance(0.3));
      const secondRole: BuyingRole[] = role === 'purchaser' && random.chance(0.3) ? ['user'] : [];
      const contact: Contact = {
        id: `${profile.id}-K${k + 1}`,
        schemaVersion: currentSchemaVersions.contact,
        createdAt: beijing(createdDay, random.between(9, 17), random.int(60)),
        updatedAt: beijing(createdDay, 18, random.int(60)),
        customerId: profile.id,
        name: random.chance(0.25) ? { zh: `${surname}${given}`, en: pinyin } : { zh: `${surname}${given}` },
        title: random.pick(phrases.contactTitles[role]),
        department: phrases.departments[role],
        gender,
        landline: random.chance(0.6) ? sampleLandline(random, city.areaCode) : undefined,
        mobile: sampleMobile(random),
        email: `${pinyin.toLowerCase().replace(' ', '.')}@${domain}`,
        buyingRoles: [role, ...secondRole],
        layer: layerOf(role),
        personality: personality(random),
        communicationStyle: random.pick(communicationStyles),
        isKey,
        profile: isKey ? this.#personalProfile(random, gender) : undefined,
        source: this.#provenance(random, createdDay, customer.salespersonId),
      };
      contacts.push(stripUndefined(contact));
    }
    return contacts;
  }

  #personalProfile(random: Random, gender: 'female' | 'male'): PersonalProfile {
    const { zh, plan } = this;
    const birthDay = plan.lastDay - random.between(30 * 365, 60 * 365);
    const married = random.chance(0.8);
    return {
      basics: { birthDate: isoDate(birthDay), nativePlace: random.pick(sampleCities).province },
      education: { school: random.pick(phrases.schools), major: random.pick(phrases.majors), degree: random.pick(['学士', '硕士', 'MBA']) },
      family: married
        ? {
            maritalStatus: '已婚',
            spouseName: `${zh.person.lastName()}${zh.person.firstName(gender === 'female' ? 'male' : 'female')}`,
            children: random.chance(0.7) ? [{ name: `${zh.person.lastName()}${zh.person.firstName()}`, age: random.between(3, 25) }] : [],
          }
        : { maritalStatus: '未婚', children: [] },
      interests: {
        topicsNeverToRaise: random.chance(0.4) ? [random.pick(phrases.neverRaise)] : [],
        topicsOfInterest: random.sample(phrases.hobbies, 2),
        hobbies: random.pick(phrases.hobbies),
      },
    };
  }

  interactions(profile: CustomerProfile, customer: Customer, contacts: readonly Contact[]): Interaction[] {
    const { plan } = this;
    const random = new Random(mixSeed(plan.seed, streams.interactions, profile.index));
    // Effort is spread by customer count, not by value (the seed's case: 60 % of visits go to C
    // customers worth 10 % of sales): a small customer gets as many contacts as a big one.
    const from = Math.max(plan.firstDay, profile.sinceDay);
    const to = profile.stage === 'former' && profile.stoppedDay !== undefined ? Math.min(plan.lastDay, profile.stoppedDay + 60) : plan.lastDay;
    if (to < from) return [];
    const small = (this.#rank[profile.index] ?? 0) >= this.#buyers * 0.3;
    const count = profile.stage === 'former' ? random.between(0, 2) : random.between(2, 9) + (small ? random.between(0, 2) : 0);
    const kindWeights = [35, 28, 8, 5, 5, 4, 3, 6, 1, 5];
    const address = customer.addresses[0];
    const interactions: Interaction[] = [];
    for (let k = 0; k < count; k++) {
      const kind: InteractionKind = random.weighted(interactionKinds, kindWeights);
      const day = random.between(from, to);
      const at = beijing(day, random.between(9, 17), random.int(4) * 15);
      const by = random.chance(0.85) ? customer.salespersonId : random.pick(this.reps).id;
      const interaction: Interaction = {
        id: `${profile.id}-I${k + 1}`,
        schemaVersion: currentSchemaVersions.interaction,
        createdAt: at,
        updatedAt: at,
        customerId: profile.id,
        kind,
        at,
        place:
          kind === 'visit' || kind === 'support'
            ? `${address?.district ?? ''}${address?.street ?? ''}` || undefined
            : kind === 'meeting'
              ? '我司会议室'
              : undefined,
        cost: interactionCost(random, kind),
        by,
        contactIds: contacts.length > 0 && kind !== 'discount' && kind !== 'voucher' ? [random.pick(contacts).id] : [],
        subject: random.pick(phrases.interactionSubjects[kind]),
        source: { channel: 'sales-rep', verified: true, collectedAt: at, collectedBy: by },
      };
      interactions.push(stripUndefined(interaction));
    }
    return interactions.sort((a, b) => a.at.getTime() - b.at.getTime() || compareCodePoints(a.id, b.id));
  }

  opportunities(profile: CustomerProfile, customer: Customer, contacts: readonly Contact[]): Opportunity[] {
    const { plan } = this;
    const random = new Random(mixSeed(plan.seed, streams.opportunities, profile.index));
    const chance = profile.stage === 'prospect' ? 0.6 : profile.stage === 'former' ? 0.1 : customer.kind === 'organisation' ? 0.3 : 0.05;
    if (!random.chance(chance)) return [];
    const count = random.chance(0.25) ? 2 : 1;
    const opportunities: Opportunity[] = [];
    for (let k = 0; k < count; k++) {
      const category = sampleCategories[k === 0 ? profile.primaryCategory : profile.secondaryCategory] ?? sampleCategories[0];
      // A former customer's projects all ended before it stopped buying.
      const latest = profile.stoppedDay !== undefined ? Math.min(plan.lastDay, profile.stoppedDay - 130) : plan.lastDay;
      const openedDay = Math.min(latest, Math.max(profile.sinceDay, latest - random.between(10, 400)));
      const decided = profile.stage === 'former' || (profile.stage !== 'prospect' && random.chance(0.5));
      const status = decided ? random.weighted(['won', 'lost', 'abandoned'] as const, [5, 3, 1]) : 'open';
      const closedDay = Math.min(latest, openedDay + random.between(20, 120));
      const expectedClose = decided ? closedDay : plan.lastDay + random.between(15, 180);
      const year = new Date(expectedClose * MS_PER_DAY).getUTCFullYear();
      const opportunity: Opportunity = {
        id: `${profile.id}-O${k + 1}`,
        schemaVersion: currentSchemaVersions.opportunity,
        createdAt: beijing(openedDay, 10),
        updatedAt: beijing(decided ? closedDay : openedDay, 16),
        customerId: profile.id,
        title: `${year}年${category?.name ?? '设备'}采购项目`,
        status,
        purchasePlan: `${random.pick(category?.goods ?? ['设备'])}${random.pick(['集中采购', '年度补货', '更新换代', '新厂区配套'])}`,
        problem: random.pick(['现有供应商交期不稳定', '设备老化需要更换', '降低采购成本', '新项目投产需要配套']),
        budget: Math.round(random.logNormal(150_000, 1) / 1000) * 1000,
        probability: status === 'won' ? 1 : status === 'open' ? random.pick([0.2, 0.4, 0.6, 0.8]) : 0,
        timeline: { expectedDecisionOn: isoDate(expectedClose - random.between(7, 30)), expectedCloseOn: isoDate(expectedClose) },
        decisionProcess: random.pick(phrases.decisionProcesses),
        procurementProcess: random.pick(phrases.procurementProcesses),
        decisionMakerIds: contacts.filter((c) => c.buyingRoles.includes('decision-maker')).map((c) => c.id),
        influencerIds: contacts.filter((c) => c.buyingRoles.includes('influencer')).map((c) => c.id),
        otherVendors: [],
        competitors: random.sample(phrases.competitors, random.between(1, 3)),
        closedOn: decided ? isoDate(closedDay) : undefined,
        salespersonId: customer.salespersonId,
      };
      opportunities.push(stripUndefined(opportunity));
    }
    return opportunities;
  }

  /** The book's lines as transaction records, in the book's order. */
  transactions(customers: readonly Customer[]): Transaction[] {
    const { book, products } = this;
    const lines: Transaction[] = new Array<Transaction>(book.length);
    for (let k = 0; k < book.length; k++) {
      const c = book.customer[k] ?? 0;
      const day = book.day[k] ?? 0;
      const product = products[book.product?.[k] ?? -1];
      const cost = book.cost?.[k];
      const orderId = book.orderIds?.[book.order?.[k] ?? -1];
      const at = beijing(day, 10);
      const line: Transaction = {
        id: `T${String(k + 1).padStart(9, '0')}`,
        schemaVersion: currentSchemaVersions.transaction,
        createdAt: at,
        updatedAt: at,
        customerId: book.customerIds[c] ?? '',
        date: isoDate(day),
        orderId,
        productId: product?.id,
        productName: product?.name,
        category: book.categories?.[book.category?.[k] ?? -1],
        quantity: book.quantity?.[k],
        amount: book.amount[k] ?? 0,
        cost: cost === undefined || Number.isNaN(cost) ? undefined : cost,
        paid: book.paid?.[k],
        dueDate: dueDate(day, customers[c]),
        salespersonId: customers[c]?.salespersonId,
      };
      lines[k] = stripUndefined(line);
    }
    return lines;
  }
}

/** Payment is due the customer's payment term after the order day (none without a term). */
function dueDate(day: number, customer: Customer | undefined): string | undefined {
  const term = customer?.credit.paymentTermDays;
  return term === undefined ? undefined : isoDate(day + term);
}

/** faker zh_CN's company categories (used as industries) and legal forms (without the rare 无限公司 forms). */
const zhCompany = zh_CN.company as { category?: readonly string[]; legal_entity_type?: readonly string[] } | undefined;
const companyCategories: readonly string[] = zhCompany?.category ?? ['物流'];
const companyLegalForms: readonly string[] = (zhCompany?.legal_entity_type ?? ['有限公司']).filter((form) => !form.includes('无限'));

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function layerOf(role: BuyingRole): ContactLayer {
  return role === 'decision-maker' ? 'decision' : role === 'influencer' ? 'technical' : 'operational';
}

/** One or two traits that do not contradict each other (never both cold and warm). */
function personality(random: Random): PersonalityTrait[] {
  const pairs: readonly (readonly PersonalityTrait[])[] = [['cold', 'warm'], ['stubborn', 'open'], ['proud', 'kind'], ['dominant']];
  return random.sample(pairs, random.between(1, 2)).map((pair) => random.pick(pair));
}

/** What an interaction of each kind costs in the sample, in yuan from–to; calls and emails cost nothing. */
const interactionCosts: Record<InteractionKind, readonly [number, number] | undefined> = {
  visit: [80, 800],
  call: undefined,
  email: undefined,
  meeting: [200, 3000],
  gift: [200, 1500],
  discount: [500, 8000],
  voucher: [100, 1000],
  support: [300, 3000],
  'joint-work': [5000, 30_000],
  other: [50, 500],
};

function interactionCost(random: Random, kind: InteractionKind): number | undefined {
  const range = interactionCosts[kind];
  return range && round2(random.between(range[0], range[1]));
}



