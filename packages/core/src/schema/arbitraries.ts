/**
 * fast-check arbitraries of valid archive records, for property tests here and in other
 * packages (storage adapters round-trips, components). Test-only: not exported from the
 * package barrel, import this file directly.
 */
import fc from 'fast-check';
import { isoDate, dayNumber } from '../book/calendar.js';
import * as v from '../enums/vocabularies.js';
import { residentIdCheckCharacter } from '../ids/resident-id-number.js';
import { usccCharset, usccCheckCharacter } from '../ids/unified-social-credit-code.js';
import type { Address } from './address.js';
import type { CompetitorNote } from './competitor-note.js';
import type { Contact } from './contact.js';
import type { Contract } from './contract.js';
import type { Satisfaction } from './satisfaction.js';
import type { ServiceCase } from './service-case.js';
import type { Task } from './task.js';
import type { Customer } from './customer.js';
import type { Interaction } from './interaction.js';
import type { BilingualName } from './names.js';
import type { Opportunity } from './opportunity.js';
import type { PersonalProfile } from './personal-profile.js';
import type { Provenance } from './provenance.js';
import type { RecordTypes } from './record-schemas.js';
import { currentSchemaVersions, type RecordKind } from './stored-record.js';
import type { Transaction } from './transaction.js';

const HAN = [...'王李张刘陈杨黄赵吴周华为技术有限公司北京上海广州深圳杭州科贸易集团商行美容酒店保险零售重庆长沙行银'];
const LATIN = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];

/**
 * A short text without surrounding blanks (Chinese, Latin or both).
 *
 * @example
 * fc.sample(textArb(8), 1)
 */
export const textArb = (maxLength = 12): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...HAN, ...LATIN), minLength: 1, maxLength });

/**
 * A Chinese text.
 *
 * @example
 * fc.sample(chineseTextArb(), 1) // ['王华']
 */
export const chineseTextArb = (maxLength = 8): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...HAN), minLength: 1, maxLength });

/**
 * An id.
 *
 * @example
 * fc.sample(idArb, 1)
 */
export const idArb: fc.Arbitrary<string> = fc.string({ unit: fc.constantFrom(...LATIN, '-', '_'), minLength: 1, maxLength: 16 });

const MIN_DAY = dayNumber('1950-01-01')!;
const MAX_DAY = dayNumber('2035-12-31')!;

/**
 * A calendar date `YYYY-MM-DD` between 1950 and 2035.
 *
 * @example
 * fc.sample(calendarDateArb, 1) // ['1987-04-12']
 */
export const calendarDateArb: fc.Arbitrary<string> = fc.integer({ min: MIN_DAY, max: MAX_DAY }).map(isoDate);

/**
 * An instant between 2000 and 2035, millisecond precision.
 *
 * @example
 * fc.sample(instantArb, 1)
 */
export const instantArb: fc.Arbitrary<Date> = fc.date({
  min: new Date('2000-01-01T00:00:00.000Z'),
  max: new Date('2035-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});

/**
 * An amount of money in yuan with fen precision, ≥ 0.
 *
 * @example
 * fc.sample(moneyArb, 1) // [1234.56]
 */
export const moneyArb: fc.Arbitrary<number> = fc.integer({ min: 0, max: 100_000_000_00 }).map((fen) => fen / 100);

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

/**
 * A valid mainland mobile number, sometimes written with +86.
 *
 * @example
 * fc.sample(mobileArb, 1) // ['+86 13912345678']
 */
export const mobileArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 3, max: 9 }), digits(9), fc.constantFrom('', '+86', '+86 '))
  .map(([second, rest, prefix]) => `${prefix}1${second}${rest}`);

/**
 * A valid unified social credit code (check character computed).
 *
 * @example
 * fc.assert(fc.property(usccArb, isUnifiedSocialCreditCode))
 */
export const usccArb: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...usccCharset), minLength: 17, maxLength: 17 })
  .map((first17) => first17 + usccCheckCharacter(first17)!);

/**
 * A valid resident ID number: area code, real birth date 1930–2010, sequence, check character.
 *
 * @example
 * fc.assert(fc.property(residentIdArb, isResidentIdNumber))
 */
export const residentIdArb: fc.Arbitrary<string> = fc
  .tuple(digits(6), fc.integer({ min: dayNumber('1930-01-01')!, max: dayNumber('2010-12-31')! }), digits(3))
  .map(([area, day, sequence]) => {
    const first17 = area + isoDate(day).replaceAll('-', '') + sequence;
    return first17 + residentIdCheckCharacter(first17)!;
  });

/**
 * A simple valid e-mail address.
 *
 * @example
 * fc.sample(emailArb, 1) // ['wang@qq.com']
 */
export const emailArb: fc.Arbitrary<string> = fc
  .tuple(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 10 }), fc.constantFrom('example.com', 'qq.com', '163.com'))
  .map(([local, domain]) => `${local}@${domain}`);

/**
 * A landline such as `0755-12345678`.
 *
 * @example
 * fc.sample(landlineArb, 1) // ['0755-12345678']
 */
export const landlineArb: fc.Arbitrary<string> = fc.tuple(fc.constantFrom('010', '021', '0755', '0571'), digits(8)).map(([area, n]) => `${area}-${n}`);

/**
 * A bilingual name with at least one of zh / en.
 *
 * @example
 * fc.sample(nameArb, 1) // [{ zh: '华为' }]
 */
export const nameArb: fc.Arbitrary<BilingualName> = fc.oneof(
  fc.record({ zh: chineseTextArb() }),
  fc.record({ en: textArb() }),
  fc.record({ zh: chineseTextArb(), en: textArb() }),
);

/**
 * An address.
 *
 * @example
 * fc.sample(addressArb, 1)
 */
export const addressArb: fc.Arbitrary<Address> = fc.record(
  { label: textArb(), province: chineseTextArb(4), city: chineseTextArb(4), district: chineseTextArb(4), street: textArb(20), postcode: digits(6) },
  { requiredKeys: ['province'] },
);

/**
 * Provenance of a fact.
 *
 * @example
 * fc.sample(provenanceArb, 1)
 */
export const provenanceArb: fc.Arbitrary<Provenance> = fc.record(
  { channel: fc.constantFrom(...v.sourceChannels), verified: fc.boolean(), collectedAt: instantArb, collectedBy: idArb, note: textArb() },
  { requiredKeys: ['channel', 'verified', 'collectedAt', 'collectedBy'] },
);

// Sources of single facts, keyed by paths that exist in each kind of record.
const factPaths: Record<RecordKind, [string, ...string[]]> = {
  customer: ['credit.rating', 'name.zh', 'mobile', 'industry', 'addresses[0].street'],
  contact: ['mobile', 'title', 'profile.family.maritalStatus'],
  transaction: ['amount', 'paid'],
  interaction: ['cost', 'place'],
  opportunity: ['budget', 'decisionProcess'],
  'competitor-note': ['satisfaction', 'rep.relationship'],
  task: ['dueOn', 'outcome'],
  'service-case': ['severity', 'description'],
  contract: ['value', 'endOn'],
  satisfaction: ['score', 'comment'],
};
const provenanceFieldsArb = (kind: RecordKind) =>
  fc.record(
    { source: provenanceArb, facts: fc.dictionary(fc.constantFrom(...factPaths[kind]), provenanceArb, { maxKeys: 2 }) },
    { requiredKeys: [] },
  );

const tagsArb = fc.array(textArb(), { maxLength: 3 });
const optionalTexts = <K extends string>(keys: readonly K[]) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, textArb(20)])) as Record<K, fc.Arbitrary<string>>, { requiredKeys: [] });

const baseFields = <K extends RecordKind>(kind: K) =>
  fc.record({ id: idArb, schemaVersion: fc.constant(currentSchemaVersions[kind]), createdAt: instantArb, updatedAt: instantArb });

const relationshipArb = fc.constantFrom(...v.relationshipStages).chain((stage) =>
  fc.record(
    { stage: fc.constant(stage), setByHand: fc.boolean(), since: calendarDateArb, stoppedOn: calendarDateArb, stopReason: textArb(20), followUp: textArb(20) },
    { requiredKeys: stage === 'former' ? ['stage', 'setByHand', 'stoppedOn', 'stopReason'] : ['stage', 'setByHand'] },
  ),
);

const optionalTags = fc.option(tagsArb, { nil: undefined });
const dropUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * A filled-in beauty salon profile (the built-in `beauty-salon` template).
 *
 * @example
 * beautySalonTemplate.schema.parse(fc.sample(beautySalonArb, 1)[0])
 */
export const beautySalonArb = fc.record(
  {
    cardNumber: idArb,
    cardOpenedOn: calendarDateArb,
    age: fc.integer({ min: 12, max: 90 }),
    skinType: fc.constantFrom('normal', 'oily', 'combination', 'dehydrated-oily', 'dehydrated-dry', 'lipid-dry'),
    elasticity: fc.constantFrom('poor', 'average', 'good'),
    problems: fc.uniqueArray(fc.constantFrom('spots', 'acne', 'ageing', 'sensitivity', 'allergy', 'telangiectasia', 'sunburn', 'scars'), { maxLength: 3 }),
    problemAreas: fc.uniqueArray(fc.constantFrom('forehead', 'cheeks', 'nose', 'lips', 'chin', 'eyes', 'whole-face'), { maxLength: 3 }),
    skincare: tagsArb,
    cleansingPerDay: fc.integer({ min: 0, max: 5 }),
    contactLenses: fc.boolean(),
    medicalHistory: textArb(),
    carePlan: textArb(20),
  },
  { requiredKeys: [] },
);

/**
 * A filled-in hotel guest history (the built-in `hotel-guest` template).
 *
 * @example
 * hotelGuestTemplate.schema.parse(fc.sample(hotelGuestArb, 1)[0])
 */
export const hotelGuestArb = fc
  .record({
    guestClass: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
    surname: fc.option(chineseTextArb(1), { nil: undefined }),
    birthday: fc.option(fc.integer({ min: dayNumber('2024-01-01')!, max: dayNumber('2024-12-31')! }).map((d) => isoDate(d).slice(5)), { nil: undefined }),
    favouriteDishes: optionalTags,
    favouriteDrinks: optionalTags,
    specialPreferences: fc.option(textArb(20), { nil: undefined }),
    collectedBy: fc.option(fc.uniqueArray(fc.constantFrom('doorman', 'host', 'order-taker', 'waiter', 'manager'), { maxLength: 3 }), { nil: undefined }),
  })
  .map(dropUndefined);

/**
 * A filled-in insurance client profile (the built-in `insurance-client` template).
 *
 * @example
 * insuranceClientTemplate.schema.parse(fc.sample(insuranceClientArb, 1)[0])
 */
export const insuranceClientArb = fc.record(
  {
    familyMembers: fc.array(fc.record({ relation: chineseTextArb(2), name: chineseTextArb(3), age: fc.integer({ min: 0, max: 100 }) }, { requiredKeys: ['relation'] }), { maxLength: 3 }),
    investableAssets: moneyArb,
    annualIncome: moneyArb,
    annualExpenses: moneyArb,
    wealthSource: textArb(),
    riskAppetite: fc.constantFrom('conservative', 'balanced', 'aggressive'),
    moneySensitivity: fc.constantFrom('high', 'medium', 'low'),
    concerns: fc.uniqueArray(fc.constantFrom('marriage-risk', 'children-education', 'inheritance', 'retirement', 'asset-disputes', 'health'), { maxLength: 3 }),
    referrals: tagsArb,
  },
  { requiredKeys: [] },
);

/**
 * A filled-in retail membership profile (the built-in `retail-membership` template).
 *
 * @example
 * retailMembershipTemplate.schema.parse(fc.sample(retailMembershipArb, 1)[0])
 */
export const retailMembershipArb = fc.record(
  {
    memberNumber: idArb,
    joinedOn: calendarDateArb,
    level: fc.constantFrom('member', 'vip'),
    storedValue: moneyArb,
    points: fc.integer({ min: 0, max: 1_000_000 }),
    pointsThisYear: fc.integer({ min: 0, max: 100_000 }),
    pointsPerYuan: fc.constantFrom(1, 2, 0.5),
    pointsTier: fc.constantFrom(...v.pointsTiers),
    pointsReset: fc.constantFrom('quarterly', 'yearly', 'never'),
  },
  { requiredKeys: [] },
);

const commonCustomerArb = fc
  .tuple(
    baseFields('customer'),
    fc.record(
      {
        name: nameArb,
        shortName: textArb(),
        phone: landlineArb,
        mobile: mobileArb,
        email: emailArb,
        addresses: fc.array(addressArb, { maxLength: 2 }),
        salespersonId: idArb,
        territory: chineseTextArb(4),
        nature: fc.constantFrom(...v.customerNatures),
        natureSubclass: textArb(),
        international: fc.boolean(),
        industry: textArb(),
        productLines: tagsArb,
        volumeClass: fc.constantFrom(...v.volumeClasses),
        funnelStage: fc.constantFrom(...v.funnelStages),
        leadIntent: fc.constantFrom(...v.leadIntents),
        potential: fc.constantFrom(...v.potentialLevels),
        loyalty: fc.constantFrom(...v.loyaltyClasses),
        tags: tagsArb,
        tradeSince: calendarDateArb,
        relationship: relationshipArb,
        grade: fc.record(
          {
            current: fc.constantFrom(...v.abcGrades),
            provisional: fc.boolean(),
            gradedOn: calendarDateArb,
            method: fc.constantFrom(...v.gradingMethods),
            reviewDue: calendarDateArb,
          },
          { requiredKeys: ['provisional'] },
        ),
        credit: fc.record(
          {
            rating: fc.constantFrom(...v.creditRatings),
            limit: moneyArb,
            paymentTermDays: fc.integer({ min: 0, max: 365 }),
            terms: textArb(),
            reviewedOn: calendarDateArb,
            pastProblems: textArb(),
          },
          { requiredKeys: [] },
        ),
        prospecting: fc.record(
          {
            needs: textArb(),
            likelyTime: textArb(),
            likelyPlace: textArb(),
            likelyWay: textArb(),
            purchaseLikelihood: fc.constantFrom(...v.potentialLevels),
            budget: moneyArb,
          },
          { requiredKeys: [] },
        ),
        intelligence: fc.record(
          { decisionMakerRelations: textArb(), competitorRelations: textArb(), relatedParties: tagsArb },
          { requiredKeys: ['relatedParties'] },
        ),
        analysis: optionalTexts(['attitudeToUs', 'financialStatus', 'contractPerformance', 'bargainingPower', 'buyingHabits']),
        notes: textArb(30),
        profiles: fc.record({ 'retail-membership': retailMembershipArb, 'hotel-guest': hotelGuestArb }, { requiredKeys: [] }),
      },
      {
        requiredKeys: ['name', 'addresses', 'salespersonId', 'territory', 'nature', 'productLines', 'tags', 'relationship', 'grade', 'credit', 'profiles'],
      },
    ),
    provenanceFieldsArb('customer'),
  )
  .map(([base, fields, provenance]) => ({ ...base, ...fields, ...provenance }));

const keyPersonArb = fc.record(
  { name: chineseTextArb(3), personality: textArb(), hobbies: textArb(), family: textArb(), education: textArb(), age: fc.integer({ min: 18, max: 90 }), ability: textArb() },
  { requiredKeys: ['name'] },
);

const organisationExtrasArb = fc.record(
  {
    kind: fc.constant('organisation' as const),
    uscc: usccArb,
    website: fc.constantFrom('https://www.example.com', 'https://dossier.example.cn/about'),
    legalForm: textArb(),
    foundedOn: calendarDateArb,
    registeredCapital: moneyArb,
    assets: moneyArb,
    employees: fc.integer({ min: 0, max: 500_000 }),
    annualSales: moneyArb,
    yearlyVolumeOfSimilarProducts: moneyArb,
    operatingStatus: fc.constantFrom(...v.operatingStatuses),
    technologyAndStrength: textArb(),
    history: textArb(),
    organisationChart: textArb(),
    currentProjects: textArb(),
    owner: keyPersonArb,
    manager: keyPersonArb,
    legalRepresentative: keyPersonArb,
    characteristics: optionalTexts(['serviceArea', 'salesCapability', 'developmentPotential', 'culture', 'businessPolicy', 'managementStyle', 'scale']),
    businessStatus: optionalTexts(['salesRecord', 'staffQuality', 'competitorRelations', 'relationshipWithUs', 'cooperationAttitude']),
    tradeStatus: optionalTexts(['currentActivity', 'problems', 'strengths', 'futureStrategy', 'reputation', 'creditStatus', 'tradeTerms']),
  },
  { requiredKeys: ['kind'] },
);

const personExtrasArb = fc.record(
  {
    kind: fc.constant('person' as const),
    idNumber: residentIdArb,
    personProfiles: fc.record({ 'beauty-salon': beautySalonArb, 'insurance-client': insuranceClientArb }, { requiredKeys: [] }),
    gender: fc.constantFrom('female' as const, 'male' as const),
    birthDate: calendarDateArb,
    occupation: textArb(),
    employer: textArb(),
  },
  { requiredKeys: ['kind'] },
);

/**
 * A valid customer (organisation or person), decoded form (`Date` instants), sometimes with
 * profiles of the built-in templates (persons only for beauty salon and insurance client).
 *
 * @example
 * fc.assert(fc.property(customerArb, (c) => validateCustomer(c).ok))
 */
export const customerArb: fc.Arbitrary<Customer> = fc
  .tuple(commonCustomerArb, fc.oneof(organisationExtrasArb, personExtrasArb))
  .map(([common, extras]) => {
    const { personProfiles, ...rest } = extras as typeof extras & { personProfiles?: object };
    return { ...common, ...rest, profiles: { ...common.profiles, ...personProfiles } } as Customer;
  });

const personalProfileArb: fc.Arbitrary<PersonalProfile> = fc.record(
  {
    basics: fc.record({ birthDate: calendarDateArb, birthPlace: textArb(), nativePlace: textArb(), socialRelations: textArb(), appearance: textArb() }, { requiredKeys: [] }),
    education: optionalTexts(['school', 'major', 'degree', 'awards', 'clubs', 'sports', 'otherEducation', 'militaryService']),
    family: fc.record(
      {
        maritalStatus: textArb(),
        spouseName: chineseTextArb(3),
        weddingAnniversary: calendarDateArb,
        children: fc.array(fc.record({ name: chineseTextArb(3), age: fc.integer({ min: 0, max: 60 }), custody: fc.boolean(), education: textArb(), hobbies: textArb() }, { requiredKeys: ['name'] }), { maxLength: 3 }),
      },
      { requiredKeys: ['children'] },
    ),
    career: optionalTexts(['previousEmployer', 'previousEmployerTitle', 'statusSymbols', 'attitudeToCompany', 'longTermGoals', 'shortTermGoals', 'mainConcern', 'worries']),
    interests: fc.record(
      { privateClubs: textArb(), politicalActivity: textArb(), religion: textArb(), topicsNeverToRaise: tagsArb, topicsOfInterest: tagsArb, hobbies: textArb() },
      { requiredKeys: ['topicsNeverToRaise', 'topicsOfInterest'] },
    ),
  },
  { requiredKeys: [] },
);

/**
 * A valid contact of some customer.
 *
 * @example
 * fc.sample(contactArb, 1)[0].buyingRoles
 */
export const contactArb: fc.Arbitrary<Contact> = fc
  .tuple(
    baseFields('contact'),
    fc.record(
      {
        customerId: idArb,
        name: nameArb,
        title: textArb(),
        department: textArb(),
        gender: fc.constantFrom('female' as const, 'male' as const),
        landline: landlineArb,
        mobile: mobileArb,
        email: emailArb,
        buyingRoles: fc.uniqueArray(fc.constantFrom(...v.buyingRoles), { maxLength: 2 }),
        layer: fc.constantFrom(...v.contactLayers),
        personality: fc.uniqueArray(fc.constantFrom(...v.personalityTraits), { maxLength: 3 }),
        communicationStyle: fc.constantFrom(...v.communicationStyles),
        isKey: fc.boolean(),
        profile: personalProfileArb,
        notes: textArb(),
      },
      { requiredKeys: ['customerId', 'name', 'buyingRoles', 'personality', 'isKey'] },
    ),
    provenanceFieldsArb('contact'),
  )
  .map(([base, fields, provenance]) => ({ ...base, ...fields, ...provenance }));

/**
 * A valid transaction line (amount may be negative: a return).
 *
 * @example
 * fc.sample(transactionArb, 1)[0].date // '2011-06-03'
 */
export const transactionArb: fc.Arbitrary<Transaction> = fc
  .tuple(
    baseFields('transaction'),
    fc.record(
      {
        customerId: idArb,
        date: calendarDateArb,
        orderId: idArb,
        productId: idArb,
        productName: textArb(),
        category: textArb(),
        quantity: fc.integer({ min: -100, max: 10_000 }),
        amount: fc.integer({ min: -1_000_000_00, max: 10_000_000_00 }).map((fen) => fen / 100),
        cost: moneyArb,
        paid: moneyArb,
        paymentTerms: textArb(),
        invoiceDate: calendarDateArb,
        dueDate: calendarDateArb,
        salespersonId: idArb,
      },
      { requiredKeys: ['customerId', 'date', 'amount'] },
    ),
    provenanceFieldsArb('transaction'),
  )
  .map(([base, fields, provenance]) => ({ ...base, ...fields, ...provenance }));

/**
 * A valid interaction (our investment in a customer).
 *
 * @example
 * fc.sample(interactionArb, 1)[0].at instanceof Date // true
 */
export const interactionArb: fc.Arbitrary<Interaction> = fc
  .tuple(
    baseFields('interaction'),
    fc.record(
      {
        customerId: idArb,
        kind: fc.constantFrom(...v.interactionKinds),
        at: instantArb,
        place: textArb(),
        cost: moneyArb,
        by: idArb,
        contactIds: fc.array(idArb, { maxLength: 3 }),
        subject: textArb(),
        notes: textArb(30),
      },
      { requiredKeys: ['customerId', 'kind', 'at', 'by', 'contactIds'] },
    ),
    provenanceFieldsArb('interaction'),
  )
  .map(([base, fields, provenance]) => ({ ...base, ...fields, ...provenance }));

/**
 * A valid opportunity.
 *
 * @example
 * fc.sample(opportunityArb, 1)[0].status
 */
export const opportunityArb: fc.Arbitrary<Opportunity> = fc
  .tuple(
    baseFields('opportunity'),
    fc.record(
      {
        customerId: idArb,
        title: textArb(20),
        status: fc.constantFrom(...v.opportunityStatuses),
        purchasePlan: textArb(),
        problem: textArb(),
        budget: moneyArb,
        probability: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
        timeline: fc.record({ expectedDecisionOn: calendarDateArb, expectedCloseOn: calendarDateArb, schedule: textArb() }, { requiredKeys: [] }),
        decisionProcess: textArb(),
        procurementProcess: textArb(),
        decisionMakerIds: fc.array(idArb, { maxLength: 3 }),
        influencerIds: fc.array(idArb, { maxLength: 3 }),
        otherVendors: tagsArb,
        competitors: tagsArb,
        closedOn: calendarDateArb,
        salespersonId: idArb,
      },
      { requiredKeys: ['customerId', 'title', 'status', 'timeline', 'decisionMakerIds', 'influencerIds', 'otherVendors', 'competitors'] },
    ),
    provenanceFieldsArb('opportunity'),
  )
  .map(([base, fields, provenance]) => ({ ...base, ...fields, ...provenance }));

/**
 * A valid competitor note.
 *
 * @example
 * fc.sample(competitorNoteArb, 1)[0].competitor
 */
export const competitorNoteArb: fc.Arbitrary<CompetitorNote> = fc
  .tuple(
    baseFields('competitor-note'),
    fc.record(
      {
        customerId: idArb,
        competitor: textArb(),
        productsInUse: tagsArb,
        satisfaction: fc.integer({ min: 1, max: 5 }),
        rep: optionalTexts(['name', 'style', 'relationship']),
        projectsPlanned: textArb(),
        projectsUnderWay: textArb(),
        brandsUsed: tagsArb,
        experience: textArb(),
      },
      { requiredKeys: ['customerId', 'competitor', 'productsInUse', 'rep', 'brandsUsed'] },
    ),
    provenanceFieldsArb('competitor-note'),
  )
  .map(([base, fields, provenance]) => ({ ...base, ...fields, ...provenance }));

/**
 * A valid task.
 *
 * @example
 * fc.sample(taskArb, 1)[0].dueOn
 */
export const taskArb: fc.Arbitrary<Task> = fc
  .tuple(
    baseFields('task'),
    fc.record(
      {
        customerId: idArb,
        contactId: idArb,
        kind: fc.constantFrom(...v.taskKinds),
        title: textArb(20),
        dueOn: calendarDateArb,
        ownerId: idArb,
        status: fc.constantFrom(...v.taskStatuses),
        origin: fc.constantFrom(...v.taskOrigins),
        fromInteractionId: idArb,
        doneOn: calendarDateArb,
        outcome: textArb(),
      },
      { requiredKeys: ['customerId', 'kind', 'title', 'dueOn', 'ownerId', 'status'] },
    ),
    provenanceFieldsArb('task'),
  )
  .map(([base, fields, provenance]) => ({ ...base, ...fields, ...provenance }));

/**
 * A valid service case.
 *
 * @example
 * fc.sample(serviceCaseArb, 1)[0].severity
 */
export const serviceCaseArb: fc.Arbitrary<ServiceCase> = fc
  .tuple(
    baseFields('service-case'),
    fc.record(
      {
        customerId: idArb,
        contactId: idArb,
        kind: fc.constantFrom(...v.serviceCaseKinds),
        title: textArb(20),
        openedOn: calendarDateArb,
        channel: fc.constantFrom(...v.serviceChannels),
        productId: idArb,
        productName: textArb(),
        severity: fc.constantFrom(...v.serviceSeverities),
        status: fc.constantFrom(...v.serviceCaseStatuses),
        ownerId: idArb,
        description: textArb(30),
        resolution: textArb(),
        closedOn: calendarDateArb,
      },
      { requiredKeys: ['customerId', 'kind', 'title', 'openedOn', 'channel', 'severity', 'status'] },
    ),
    provenanceFieldsArb('service-case'),
  )
  .map(([base, fields, provenance]) => ({ ...base, ...fields, ...provenance }));

/**
 * A valid contract.
 *
 * @example
 * fc.sample(contractArb, 1)[0].startOn
 */
export const contractArb: fc.Arbitrary<Contract> = fc
  .tuple(
    baseFields('contract'),
    fc.record(
      {
        customerId: idArb,
        number: textArb(),
        kind: fc.constantFrom(...v.contractKinds),
        title: textArb(20),
        startOn: calendarDateArb,
        endOn: calendarDateArb,
        value: moneyArb,
        renewal: fc.constantFrom(...v.contractRenewals),
        renewalTerms: textArb(),
        noticeDays: fc.integer({ min: 0, max: 365 }),
        terminatedOn: calendarDateArb,
        salespersonId: idArb,
      },
      { requiredKeys: ['customerId', 'kind', 'title', 'startOn'] },
    ),
    provenanceFieldsArb('contract'),
  )
  .map(([base, fields, provenance]) => ({ ...base, ...fields, ...provenance }));

/**
 * A valid customer-satisfaction answer.
 *
 * @example
 * fc.sample(satisfactionArb, 1)[0].score
 */
export const satisfactionArb: fc.Arbitrary<Satisfaction> = fc
  .tuple(
    baseFields('satisfaction'),
    fc.record(
      { customerId: idArb, score: fc.integer({ min: 1, max: 5 }), surveyedOn: calendarDateArb, by: idArb, comment: textArb() },
      { requiredKeys: ['customerId', 'score', 'surveyedOn', 'by'] },
    ),
    provenanceFieldsArb('satisfaction'),
  )
  .map(([base, fields, provenance]) => ({ ...base, ...fields, ...provenance }));

/**
 * The arbitrary of every record kind.
 *
 * @example
 * for (const kind of recordKinds) fc.assert(fc.property(recordArbitraries[kind], (r) => validateRecord(kind, r).ok))
 */
export const recordArbitraries: { [K in RecordKind]: fc.Arbitrary<RecordTypes[K]> } = {
  customer: customerArb,
  contact: contactArb,
  transaction: transactionArb,
  interaction: interactionArb,
  opportunity: opportunityArb,
  'competitor-note': competitorNoteArb,
  task: taskArb,
  'service-case': serviceCaseArb,
  contract: contractArb,
  satisfaction: satisfactionArb,
};
