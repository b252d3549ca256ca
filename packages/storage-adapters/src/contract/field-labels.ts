import type { Locale } from '@dossier/core';

/** How the store's own messages name a field of a kind in a locale. */
export type FieldLabeller = (kind: string, path: string, locale: Locale) => string;

let labeller: FieldLabeller | undefined;

/**
 * Sets the labels the store's own messages name fields by (an import line's checks):
 * `dossierKinds()` sets core's (`金额`, `Amount paid`). Kept apart so that a store without
 * core's field catalogue (and zod) does not carry it: there a field is named by its path.
 *
 * @example
 * useFieldLabels((kind, path, locale) => fieldLabel(kind, path, locale));
 */
export function useFieldLabels(next: FieldLabeller): void {
  labeller = next;
}

/**
 * A field's label in a locale as the store's messages name it (its path when no labels are set).
 *
 * @example
 * storeFieldLabel('transaction', 'paid', 'zh-CN') // '已付金额' once dossierKinds() ran
 */
export function storeFieldLabel(kind: string, path: string, locale: Locale): string {
  return labeller ? labeller(kind, path, locale) : path;
}
