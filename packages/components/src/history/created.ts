import { findField, informationLevelLabels, labelIn, type FieldEntry, type InformationLevel, type Locale } from '@dossier/core';
import type { FieldChange } from '@dossier/storage-adapters';
import { targetOptions } from '../import-wizard/targets.js';

/** One filled field of a new record: its change (after only), catalogue entry and label. */
export interface CreatedField {
  readonly change: FieldChange;
  readonly entry: FieldEntry | undefined;
  readonly label: string;
}

/** The filled fields of one of core's catalogue sections (an information level), in catalogue order. */
export interface CreatedSection {
  readonly level: InformationLevel;
  /** Core's label of the section ("一级信息（基本资料）"). */
  readonly title: string;
  readonly fields: readonly CreatedField[];
}

/** Bookkeeping a new record always has, said by the revision's header (its id, its time). */
const bookkeeping = new Set(['id', 'createdAt']);

/** Whether a value says something: not absent, not empty text, not an empty list. */
const filled = (value: unknown): boolean => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * Whether a revision created its record: the first one, every change a value set (none before).
 *
 * @example
 * isCreation({ rev: 1, deleted: false, changes: [{ path: ['name'], after: { zh: '某公司' } }] }) // true
 */
export function isCreation(revision: { rev: number; deleted: boolean; changes?: readonly FieldChange[] | undefined }): boolean {
  return revision.rev === 1 && !revision.deleted && (revision.changes ?? []).every((c) => !('before' in c));
}

/**
 * The filled fields of a new record grouped by core's catalogue sections (information levels 1,
 * 2, 3), each in catalogue order (addresses element by element), labelled from core's field
 * catalogue — a label several fields share headed by its group as the form heads it
 * ("法定代表人 · 姓名"). A field the catalogue does not know goes last, as `unknown`.
 *
 * @example
 * createdSections('customer', 'en', catalog, leaves, 'Other information')[0]?.title // 'Level 1 — basic'
 */
export function createdSections(kind: string, locale: Locale, catalog: readonly FieldEntry[], leaves: readonly FieldChange[], unknown: string): CreatedSection[] {
  const labels = new Map((kind === 'customer' || kind === 'contact' || kind === 'transaction' ? targetOptions(kind, locale) : []).map((o) => [o.value.replace(/\[0\]/g, '[]'), o.label]));
  const placed = leaves
    .filter((change) => filled(change.after) && !bookkeeping.has(change.path.join('.')))
    .map((change) => {
      const entry = findField(catalog, change.path.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
      const order = entry ? catalog.indexOf(entry) : catalog.length;
      // the elements of a list of groups (addresses) one after the other, each in catalogue order
      const list = entry?.path.includes('[]') ? entry.path.slice(0, entry.path.indexOf('[]') + 2) : undefined;
      const group = list ? catalog.findIndex((e) => e.path.startsWith(list)) : order;
      const element = Number(change.path.find((s) => /^\d+$/.test(s)) ?? 0);
      const label = entry ? (labels.get(entry.path) ?? entry.label[locale]) : unknown;
      return { field: { change, entry, label }, level: entry?.level ?? 3, group, element, order };
    })
    .sort((a, b) => a.level - b.level || a.group - b.group || a.element - b.element || a.order - b.order);
  const sections: CreatedSection[] = [];
  for (const { field, level } of placed) {
    const last = sections[sections.length - 1];
    if (last?.level === level) (last.fields as CreatedField[]).push(field);
    else sections.push({ level, title: labelIn(informationLevelLabels, locale, level), fields: [field] });
  }
  return sections;
}
