import { joinCatalogs, type Catalog, type Locale } from '@dossier/core';
import { adapterMessages, type AdapterMessageKey } from './adapter-messages.js';
import { remoteMessages, type RemoteMessageKey } from './remote-messages.js';
import type { StoreKind } from './kinds.js';

/**
 * What each kind of record is called in messages.
 *
 * @example
 * storeKindLabels['zh-CN'].customer // '客户'
 */
export const storeKindLabels: Record<Locale, Record<StoreKind, string>> = {
  en: {
    customer: 'customer',
    contact: 'contact',
    transaction: 'transaction',
    interaction: 'interaction',
    opportunity: 'opportunity',
    'competitor-note': 'competitor note',
    task: 'task',
    'service-case': 'service case',
    contract: 'contract',
    satisfaction: 'satisfaction survey',
    'grading-run': 'grading run',
  },
  'zh-CN': {
    customer: '客户',
    contact: '联系人',
    transaction: '交易',
    interaction: '联络记录',
    opportunity: '项目商机',
    'competitor-note': '竞争对手资料',
    task: '待办事项',
    'service-case': '服务工单',
    contract: '合同',
    satisfaction: '满意度调查',
    'grading-run': '评级记录',
  },
};

/** Keys of the store's user-facing messages. */
export type StoreMessageKey = AdapterMessageKey | RemoteMessageKey;

/**
 * The store's messages in every locale. Each says what happened and what to do next. (The
 * adapters' own code reads the part it gives, so a page that never reads this whole catalogue
 * does not carry the HTTP and privacy messages.)
 *
 * @example
 * translate(storeMessages, 'zh-CN', 'quota', { kind: '客户', id: 'c1' })
 */
export const storeMessages: Catalog<StoreMessageKey> = /* @__PURE__ */ joinCatalogs(adapterMessages, remoteMessages);
