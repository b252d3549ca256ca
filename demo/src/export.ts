import { canRead, csvRecord, vocabularyLabel, type Customer, type Locale, type Viewer } from '@dossier/core';
import { listAll } from './data.js';
import type { DemoStore } from './seed.js';

const internal = { sensitivity: 'internal', level: 1 } as const;

/**
 * The customer list as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese):
 * the columns the viewer may read; internal fields of customers the viewer may not read are
 * left empty.
 *
 * @example
 * customersCsv(customers, { locale: 'zh-CN', viewer })
 */
export function customersCsv(customers: readonly Customer[], options: { locale: Locale; viewer?: Viewer | undefined }): string {
  const { locale, viewer } = options;
  const zh = locale === 'zh-CN';
  const header = zh
    ? ['编号', '中文名称', '英文名称', '类型', '等级', '关系阶段', '销售区域', '负责业务员', '城市']
    : ['ID', 'Chinese name', 'English name', 'Kind', 'Grade', 'Stage', 'Territory', 'Owner', 'City'];
  const lines = [csvRecord(header)];
  for (const c of customers) {
    const nameRule = { sensitivity: c.kind === 'person' ? 'confidential' : 'public', level: 1 } as const;
    const context = { ownerId: c.salespersonId };
    const readable = viewer !== undefined && canRead(viewer, internal, context);
    const names = viewer !== undefined && canRead(viewer, nameRule, context) ? (c.name as { zh?: string; en?: string }) : {};
    lines.push(
      csvRecord([
        c.id,
        names.zh ?? '',
        names.en ?? '',
        vocabularyLabel(locale, 'customerKinds', c.kind),
        readable ? (c.grade.current ?? '') : '',
        readable ? vocabularyLabel(locale, 'relationshipStages', c.relationship.stage) : '',
        readable ? c.territory : '',
        readable ? c.salespersonId : '',
        readable ? (c.addresses[0]?.city ?? '') : '',
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Downloads the whole customer list as `customers-YYYY-MM-DD.csv`; returns how many rows. */
export async function exportCustomersCsv(store: DemoStore, options: { locale: Locale; viewer?: Viewer | undefined }): Promise<number> {
  const customers = (await listAll(store, 'customer', { sort: 'id' })).map((r) => r.value);
  const blob = new Blob([customersCsv(customers, options)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `customers-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return customers.length;
}
