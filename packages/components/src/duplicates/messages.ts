import type { Catalog } from '@dossier/core';

/** Strings of `<dossier-duplicates>`. */
export const messages = {
  en: {
    title: 'Duplicate customers',
    scan: 'Scan for duplicates',
    rescan: 'Scan again',
    scanning: 'Reading customers… {count} so far',
    cancel: 'Cancel',
    cancelled: 'The scan was cancelled after {count} customers.',
    found: '{scanned} customers read: {pairs} likely duplicate pairs.',
    none: '{scanned} customers read: no likely duplicates.',
    idle: 'Scan the archive to find customers recorded twice (same credit code, phone, email or name).',
    pairsLabel: 'Likely duplicate pairs',
    score: 'likeness {score}',
    review: 'Compare and merge',
    page: 'Page {page} of {pages}',
    previous: 'Previous page',
    next: 'Next page',
    loadingPair: 'Reading both records…',
    mergeTitle: 'Merge “{absorbed}” into “{survivor}”',
    keep: 'Record kept',
    keepHint: 'The other record is removed (it stays in the history) and its contacts, transactions, interactions, opportunities and competitor notes move to the kept one.',
    noDifferences: 'The two records hold the same values in every field you may see.',
    related: 'Moving to the kept customer: {count} related records.',
    merge: 'Merge',
    back: 'Back to the list',
    merging: 'Merging…',
    merged: '“{absorbed}” was merged into “{survivor}”.',
    undo: 'Undo the merge',
    undone: 'The merge was undone: both records are back as they were.',
    conflict: 'Someone changed one of the two records meanwhile: nothing was written. Scan again and review the pair.',
    gone: 'One of the two records no longer exists or you may not read it.',
    unknown: 'A customer you may not see',
    noStore: 'There is no archive to scan: put the element inside <dossier-provider> or set its store.',
    empty: '(empty)',
    yes: 'Yes',
    no: 'No',
  },
  'zh-CN': {
    title: '重复客户',
    scan: '扫描重复客户',
    rescan: '重新扫描',
    scanning: '正在读取客户……已读取 {count} 位',
    cancel: '取消',
    cancelled: '已在读取 {count} 位客户后取消扫描。',
    found: '已读取 {scanned} 位客户：发现 {pairs} 对疑似重复。',
    none: '已读取 {scanned} 位客户：未发现疑似重复。',
    idle: '扫描档案，找出重复登记的客户（统一社会信用代码、电话、邮箱或名称相同）。',
    pairsLabel: '疑似重复的客户',
    score: '相似度 {score}',
    review: '比较并合并',
    page: '第 {page} / {pages} 页',
    previous: '上一页',
    next: '下一页',
    loadingPair: '正在读取两条记录……',
    mergeTitle: '将“{absorbed}”合并到“{survivor}”',
    keep: '保留的记录',
    keepHint: '另一条记录将被删除（历史中仍保留），其联系人、交易、联络记录、商机和竞争对手资料转到保留的客户名下。',
    noDifferences: '在您可查看的字段中，两条记录的内容完全相同。',
    related: '将转到保留客户名下的相关记录：{count} 条。',
    merge: '合并',
    back: '返回列表',
    merging: '正在合并……',
    merged: '已将“{absorbed}”合并到“{survivor}”。',
    undo: '撤销合并',
    undone: '已撤销合并：两条记录均已恢复原样。',
    conflict: '其间有人修改了其中一条记录，未写入任何内容。请重新扫描并核对这两条记录。',
    gone: '其中一条记录已不存在，或您无权查看。',
    unknown: '您无权查看的客户',
    noStore: '没有可扫描的档案：请把元素放在 <dossier-provider> 中，或设置它的 store。',
    empty: '（空）',
    yes: '是',
    no: '否',
  },
} satisfies Catalog<
  | 'title'
  | 'scan'
  | 'rescan'
  | 'scanning'
  | 'cancel'
  | 'cancelled'
  | 'found'
  | 'none'
  | 'idle'
  | 'pairsLabel'
  | 'score'
  | 'review'
  | 'page'
  | 'previous'
  | 'next'
  | 'loadingPair'
  | 'mergeTitle'
  | 'keep'
  | 'keepHint'
  | 'noDifferences'
  | 'related'
  | 'merge'
  | 'back'
  | 'merging'
  | 'merged'
  | 'undo'
  | 'undone'
  | 'conflict'
  | 'gone'
  | 'unknown'
  | 'noStore'
  | 'empty'
  | 'yes'
  | 'no'
>;

/** A key of {@link messages}. */
export type DuplicatesMessage = keyof (typeof messages)['en'];
