import type { Catalog } from '@dossier/core';

/** Strings of `<dossier-tier-badge>` that are not vocabulary labels. */
export const messages = {
  en: {
    vip: 'VIP',
    provisional: 'provisional',
    provisionalShort: 'prov.',
    separator: ', ',
    none: 'Not graded',
  },
  'zh-CN': {
    vip: 'VIP',
    provisional: '暂定',
    provisionalShort: '暂定',
    separator: '，',
    none: '未分级',
  },
} satisfies Catalog<'vip' | 'provisional' | 'provisionalShort' | 'separator' | 'none'>;
