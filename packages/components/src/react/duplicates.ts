/**
 * The React wrapper of `<dossier-duplicates>`, apart from `@dossier/components/react`: its scan
 * (loaded on the first scan) carries core's duplicate detection and its pinyin dictionary
 * (~150 KB gzipped), which an app that shows no duplicates review should not download. Importing
 * this module registers the element (like `@dossier/components/define/duplicates`).
 *
 * @example
 * import { DossierDuplicates } from '@dossier/components/react/duplicates';
 *
 * <DossierDuplicates onDossierMerge={(e) => console.log(e.detail.survivorId, e.detail.undone)} />
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/duplicates.js';
import { DossierDuplicates as DuplicatesElement, type DossierMergeEvent } from '../duplicates/duplicates.js';

/** `<dossier-duplicates>`: scan a store for duplicate customers, merge field by field, undo; `onDossierMerge`. */
export const DossierDuplicates = createComponent({
  react: React,
  tagName: 'dossier-duplicates',
  elementClass: DuplicatesElement,
  events: { onDossierMerge: 'dossier-merge' as EventName<DossierMergeEvent> },
});
