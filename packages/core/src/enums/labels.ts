import { locales, type Locale } from '../i18n/locale.js';
import * as t from './label-tables.js';
import type { LabelTable } from './label-tables.js';
import type * as v from './vocabularies.js';

export * from './label-tables.js';

/** The vocabularies of ./vocabularies.ts that have labels (every one but the scorecard's figures). */
type Labelled = Omit<typeof v, 'scorecardFigures'>;

/** Every vocabulary's table (./label-tables.ts) by the name of its array. */
const tables = {
  customerKinds: t.customerKindLabels,
  customerNatures: t.customerNatureLabels,
  relationshipStages: t.relationshipStageLabels,
  volumeClasses: t.volumeClassLabels,
  funnelStages: t.funnelStageLabels,
  leadIntents: t.leadIntentLabels,
  abcGrades: t.abcGradeLabels,
  gradingMethods: t.gradingMethodLabels,
  rfmSegments: t.rfmSegmentLabels,
  frequencyClasses: t.frequencyClassLabels,
  valueClasses: t.valueClassLabels,
  loyaltyClasses: t.loyaltyClassLabels,
  pointsTiers: t.pointsTierLabels,
  buyingRoles: t.buyingRoleLabels,
  contactLayers: t.contactLayerLabels,
  personalityTraits: t.personalityTraitLabels,
  communicationStyles: t.communicationStyleLabels,
  sensitivityLevels: t.sensitivityLevelLabels,
  informationLevels: t.informationLevelLabels,
  sourceChannels: t.sourceChannelLabels,
  interactionKinds: t.interactionKindLabels,
  opportunityStatuses: t.opportunityStatusLabels,
  taskKinds: t.taskKindLabels,
  taskStatuses: t.taskStatusLabels,
  taskOrigins: t.taskOriginLabels,
  serviceCaseKinds: t.serviceCaseKindLabels,
  serviceChannels: t.serviceChannelLabels,
  serviceSeverities: t.serviceSeverityLabels,
  serviceCaseStatuses: t.serviceCaseStatusLabels,
  contractKinds: t.contractKindLabels,
  contractRenewals: t.contractRenewalLabels,
  operatingStatuses: t.operatingStatusLabels,
  creditRatings: t.creditRatingLabels,
  potentialLevels: t.potentialLevelLabels,
} as const satisfies { [N in keyof Labelled]: LabelTable<Labelled[N]> };

/** The name of a vocabulary that has labels. */
export type VocabularyName = keyof typeof tables;

/** A value of a labelled vocabulary. */
type ValueOf<N extends VocabularyName> = (typeof tables)[N][0][number];

/** Every vocabulary's labels keyed by value, as {@link vocabularyLabels} gives them. */
type VocabularyLabels = { readonly [N in VocabularyName]: Readonly<Record<Locale, Readonly<Record<ValueOf<N>, string>>>> };

function keyed(): VocabularyLabels {
  const out: Record<string, Record<Locale, Record<string, string>>> = {};
  for (const [name, [values, labels]] of Object.entries(tables)) {
    out[name] = Object.fromEntries(
      locales.map((locale, l) => [locale, Object.fromEntries(values.map((value, i) => [value, labels[i]![l]]))]),
    ) as Record<Locale, Record<string, string>>;
  }
  return out as unknown as VocabularyLabels;
}

/**
 * Display labels, in en and zh-CN, for every closed vocabulary of the archive, keyed by
 * vocabulary (the names of the arrays in ./vocabularies.ts) and then by value.
 *
 * @example
 * vocabularyLabels.abcGrades['zh-CN'].A // 'A 类客户'
 */
export const vocabularyLabels: VocabularyLabels = /* @__PURE__ */ keyed();

/**
 * The display label of a vocabulary value in a locale.
 *
 * @example
 * vocabularyLabel('zh-CN', 'relationshipStages', 'former') // '过去的客户'
 */
export function vocabularyLabel<N extends VocabularyName>(locale: Locale, vocabulary: N, value: ValueOf<N>): string {
  return labelIn(tables[vocabulary] as LabelTable<readonly (string | number)[]>, locale, value);
}

/**
 * The label of a value in one vocabulary's table (./label-tables.ts: `abcGradeLabels`,
 * `relationshipStageLabels` …, one per vocabulary); a value the vocabulary does not have is shown
 * as it is. Reads only the table it is given, where {@link vocabularyLabel} carries them all.
 *
 * @example
 * labelIn(abcGradeLabels, 'en', 'B') // 'Grade B'
 */
export function labelIn<V extends readonly (string | number)[]>(table: LabelTable<V>, locale: Locale, value: V[number]): string {
  const [values, labels] = table as LabelTable<readonly (string | number)[]>;
  return labels[values.indexOf(value)]?.[locales.indexOf(locale)] ?? String(value);
}
