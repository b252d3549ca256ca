import { defineCatalog } from '../shared/localize.js';

const en = {
  vip: 'VIP',
  provisional: 'provisional',
  provisionalShort: 'prov.',
  separator: ', ',
  none: 'Not graded',
};

/** Strings of `<dossier-tier-badge>` that are not vocabulary labels. */
export const messages = defineCatalog(en, {
  vip: 'VIP',
  provisional: '暂定',
  provisionalShort: '暂定',
  separator: '，',
  none: '未分级',
});
