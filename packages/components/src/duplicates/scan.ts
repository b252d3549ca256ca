/**
 * What the element needs once a person scans, loaded then: the store scan, the words of its
 * reasons and the merge review. Duplicate detection compares names in pinyin, and the pinyin
 * dictionary is most of the weight, so a page showing the element does not pay for it until used.
 */
export { scanDuplicates } from '@dossier/storage-adapters';
export { describeDuplicateReason } from '@dossier/core';
export { mergePlan, nameReadable, relatedKinds, reviewFields } from './merge-review.js';
