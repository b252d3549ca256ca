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
import type { EventName } from '@lit/react';
import '../define/duplicates.js';
import { DossierDuplicates as DuplicatesElement, type DossierMergeEvent } from '../duplicates/duplicates.js';
import { wrap } from './wrap.js';

/** `<dossier-duplicates>`: scan a store for duplicate customers, merge field by field, undo; `onDossierMerge`. */
export const DossierDuplicates = wrap('dossier-duplicates', DuplicatesElement, { onDossierMerge: 'dossier-merge' as EventName<DossierMergeEvent> });
