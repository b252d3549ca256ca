import { contactFields, contactGroupLabels, type FieldEntry, type LocalizedText } from '@dossier/core';

/** The five sections of the key-person profile (seed 000: 基本情况 … 特殊兴趣). */
export const profileSectionIds = ['basics', 'education', 'family', 'career', 'interests'] as const;
export type ProfileSectionId = (typeof profileSectionIds)[number];

/** One section of the profile: its label and its fields, as core's contact catalogue lists them. */
export interface ProfileSection {
  readonly id: ProfileSectionId;
  readonly label: LocalizedText;
  /** Leaf fields (`profile.basics.birthDate`; a child's fields as `profile.family.children[].name`). */
  readonly fields: readonly FieldEntry[];
}

let sections: ProfileSection[] | undefined;

/**
 * The profile's sections in the seed's order, each field with its label, sensitivity, level and
 * kind from core's catalogue (never re-typed here), so the card and the editor agree on them.
 *
 * @example
 * profileSections()[4].fields.find((f) => f.path === 'profile.interests.topicsNeverToRaise')?.sensitivity // 'secret'
 */
export function profileSections(): readonly ProfileSection[] {
  sections ??= profileSectionIds.map((id) => {
    const label = contactGroupLabels[`profile.${id}`] ?? { en: id, 'zh-CN': id };
    return { id, label, fields: contactFields.filter((f) => f.path.startsWith(`profile.${id}.`)) };
  });
  return sections;
}

/** A catalogue path as a rule path (`children[].name` → `children.*.name`). */
export const rulePath = (path: string): string => path.replace(/\[\]/g, '.*');

/** The label of a key person's whole profile (个人资料), from core's catalogue. */
export function profileLabel(): LocalizedText {
  return contactGroupLabels['profile']!;
}

/** The label of a key person's children (子女), from core's catalogue. */
export function childrenLabel(): LocalizedText {
  return contactGroupLabels['profile.family.children']!;
}

/** The label of a contact's communication style (沟通类型), from core's catalogue. */
export function styleLabel(): LocalizedText {
  return contactFields.find((f) => f.path === 'communicationStyle')!.label;
}
