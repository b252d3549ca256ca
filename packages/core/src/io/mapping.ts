import * as z from 'zod/mini';
import { recordKinds, type RecordKind } from '../schema/stored-record.js';
import { recordFields } from '../schema/fields.js';
import type { Locale } from '../i18n/locale.js';
import { locales } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { ioMessages } from './messages.js';

/**
 * Column mapping: which field of the record each column of a sheet fills. Headers are
 * recognised from the field catalogue's labels (en and zh-CN) and from the words Chinese and
 * English spreadsheets commonly use (客户名称, 联系人, 手机, 地址, 统一社会信用代码 …). A mapping is
 * plain JSON, so it can be saved and applied to next month's file.
 */

/** The virtual target that splits a one-cell address (`浙江省杭州市西湖区文三路90号`) into the first address. */
export const ADDRESS_TARGET = 'address';
/** Virtual targets of a customer import that create the customer's first contact. */
export const CONTACT_TARGETS = ['contact.name', 'contact.title', 'contact.mobile', 'contact.email'] as const;

/** A saved column mapping. */
export interface ColumnMapping {
  readonly version: 1;
  readonly kind: RecordKind;
  /** Header text → target path (`name.zh`, `addresses[0].city`, `address`), or null to skip the column. */
  readonly columns: Readonly<Record<string, string | null>>;
  /**
   * The field path(s) whose value identifies a record, for upsert; several make a composite key.
   * Empty: no key, every row is a record of its own (transaction lines without an id column: two
   * identical purchases on one day are two purchases, never merged by their content).
   */
  readonly key: readonly string[];
}

/**
 * The zod schema of a saved mapping, for reading one back from JSON.
 *
 * @example
 * columnMappingSchema.parse(JSON.parse(saved))
 */
export const columnMappingSchema = z.object({
  version: z.literal(1),
  kind: z.enum(recordKinds),
  columns: z.record(z.string(), z.nullable(z.string().check(z.minLength(1)))),
  key: z.array(z.string().check(z.minLength(1))),
});

// Common spreadsheet words per kind (normalised by `normaliseHeader` before comparing).
const synonyms: Partial<Record<RecordKind, Record<string, readonly string[]>>> = {
  customer: {
    id: ['客户编号', '客户编码', '客户代码', '客户id', '编号', '客户号', 'customerid', 'customer_id', 'customer no', 'id', 'code'],
    'name.zh': ['客户名称', '客户名', '客户', '公司名称', '公司', '单位名称', '企业名称', '名称', '姓名', '客户姓名', 'customer', 'customer name', 'company', 'company name', 'name'],
    'name.en': ['英文名称', '英文名', 'english name', 'name en'],
    shortName: ['简称', '客户简称', 'short name'],
    mobile: ['手机', '手机号', '手机号码', '移动电话', 'mobile', 'mobile phone', 'cell', 'cellphone'],
    phone: ['电话', '联系电话', '座机', '固定电话', '办公电话', 'tel', 'telephone', 'phone'],
    email: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail', 'mail'],
    [ADDRESS_TARGET]: ['地址', '通讯地址', '联系地址', '公司地址', '注册地址', '住址', 'address'],
    'addresses[0].province': ['省', '省份', 'province'],
    'addresses[0].city': ['市', '城市', 'city'],
    'addresses[0].district': ['区', '区县', '县区', 'district'],
    'addresses[0].street': ['街道', '详细地址', 'street', 'street address'],
    'addresses[0].postcode': ['邮编', '邮政编码', 'postcode', 'zip', 'zip code'],
    uscc: ['统一社会信用代码', '社会信用代码', '信用代码', '税号', '纳税人识别号', 'uscc', 'credit code', 'unified social credit code'],
    idNumber: ['身份证', '身份证号', '身份证号码', 'id number', 'resident id'],
    salespersonId: ['业务员', '负责业务员', '负责人', '销售员', '客户经理', '销售代表', 'salesperson', 'sales rep', 'rep', 'owner'],
    territory: ['区域', '销售区域', '地区', '所属地区', '片区', '大区', 'region', 'territory', 'area'],
    industry: ['行业', '所属行业', 'industry'],
    nature: ['客户性质', '顾客性质', '性质', 'nature'],
    kind: ['客户类型', '类型', 'kind', 'type'],
    'relationship.stage': ['客户关系', '关系阶段', '客户阶段', 'stage', 'relationship'],
    'grade.current': ['等级', '客户等级', '级别', 'grade'],
    notes: ['备注', '说明', 'notes', 'remark', 'remarks', 'comment'],
    'contact.name': ['联系人', '联系人姓名', 'contact', 'contact person', 'contact name'],
    'contact.title': ['联系人职务', '职务', '职位', 'title', 'position'],
    'contact.mobile': ['联系人手机', 'contact mobile'],
    'contact.email': ['联系人邮箱', 'contact email'],
  },
  contact: {
    id: ['联系人编号', '编号', 'contact id', 'id'],
    customerId: ['客户编号', '客户代码', '客户id', 'customer id', 'customer_id', 'customer'],
    'name.zh': ['联系人', '姓名', '联系人姓名', '名字', 'name', 'contact', 'contact name'],
    'name.en': ['英文名', 'english name'],
    title: ['职务', '职位', '头衔', 'title', 'position'],
    department: ['部门', 'department'],
    mobile: ['手机', '手机号', '手机号码', 'mobile', 'cell'],
    landline: ['电话', '座机', '办公电话', 'phone', 'tel', 'landline'],
    email: ['邮箱', '电子邮箱', 'email', 'e-mail'],
    notes: ['备注', 'notes', 'remark'],
  },
  transaction: {
    id: ['交易编号', '流水号', '编号', 'transaction id', 'id'],
    customerId: ['客户编号', '客户编码', '客户代码', '客户号', '客户id', '客户', 'customer id', 'customer_id', 'customer'],
    date: ['日期', '单据日期', '交易日期', '订单日期', '销售日期', '下单日期', '开票日期', '业务日期', 'date', 'order date'],
    amount: ['金额', '价税合计', '含税金额', '销售额', '销售金额', '交易金额', '订单金额', 'amount', 'sales', 'revenue'],
    cost: ['成本', '成本金额', '销售成本', 'cost'],
    paid: ['已付', '已付金额', '回款', '回款金额', 'paid', 'amount paid'],
    quantity: ['数量', '件数', 'qty', 'quantity'],
    orderId: ['订单号', '销售订单号', '订单编号', '单据编号', '单据号', '单号', 'order', 'order id', 'order_id'],
    // Kingdee and Yonyou name the item 物料 / 存货 in their sales detail exports.
    productId: ['产品编号', '产品代码', '产品编码', '商品编号', '商品编码', '物料编码', '物料代码', '存货编码', '存货代码', 'product id', 'product_id', 'sku'],
    productName: ['产品', '产品名称', '商品', '商品名称', '物料名称', '存货名称', 'product', 'product name'],
    category: ['品类', '类别', '产品类别', '商品类别', 'category'],
    salespersonId: ['业务员', '销售员', '负责业务员', 'salesperson', 'rep'],
  },
};

/**
 * A header reduced for comparison: full-width to half-width, lower case, without spaces,
 * underscores, hyphens, colons, remarks in brackets and the `*` of required columns.
 *
 * @example
 * normaliseHeader(' 客户名称（必填）* ') // '客户名称'
 * normaliseHeader('Customer_Name') // 'customername'
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([【][^)\]】]*[)\]】]/g, '')
    .replace(/[\s_\-()[\]（）【】:：*#.]/g, '');
}

const dictionaries = new Map<RecordKind, Map<string, string>>();

function dictionary(kind: RecordKind): Map<string, string> {
  let found = dictionaries.get(kind);
  if (found) return found;
  found = new Map();
  // Curated words win over catalogue labels (a person's 姓名 is the name, not the owner's name).
  for (const [target, words] of Object.entries(synonyms[kind] ?? {})) for (const word of words) if (!found.has(normaliseHeader(word))) found.set(normaliseHeader(word), target);
  for (const entry of recordFields[kind]) {
    const target = entry.path.replace(/\[\]/g, '[0]');
    found.set(normaliseHeader(entry.path), found.get(normaliseHeader(entry.path)) ?? target);
    for (const locale of locales) {
      const word = normaliseHeader(entry.label[locale]);
      if (word !== '' && !found.has(word)) found.set(word, target);
    }
  }
  dictionaries.set(kind, found);
  return found;
}

/**
 * The target a header names for a kind of record, or undefined: an explicit `<path>` suffix
 * (what the exporter writes for ambiguous columns), a common header word, or a field label.
 *
 * @example
 * recogniseHeader('customer', '统一社会信用代码') // 'uscc'
 * recogniseHeader('customer', '详细地址 <addresses[1].street>') // 'addresses[1].street'
 */
export function recogniseHeader(kind: RecordKind, header: string): string | undefined {
  const explicit = /<([^<>]+)>\s*$/.exec(header);
  if (explicit) return explicit[1]!.trim();
  return dictionary(kind).get(normaliseHeader(header));
}

/**
 * Whether a row looks like the header of a sheet of `kind`: two or more of its cells are headers
 * `recogniseHeader` knows (or its only cell is one). For `readCsv`/`readXlsx`'s `isHeader`, so a
 * title row above the header (`2025 年 3 月销售明细`) is skipped instead of read as the header.
 *
 * @example
 * headerMatcher('transaction')(['客户编码', '单据日期', '价税合计']) // true
 * headerMatcher('transaction')(['2025 年销售明细']) // false
 */
export function headerMatcher(kind: RecordKind, extra: Readonly<Record<string, string | null>> = {}): (cells: readonly string[]) => boolean {
  return (cells) => {
    const filled = cells.filter((cell) => cell.trim() !== '');
    const known = filled.filter((cell) => Object.hasOwn(extra, cell.trim()) || recogniseHeader(kind, cell) !== undefined).length;
    return known >= 2 || (filled.length === 1 && known === 1);
  };
}

/**
 * Suggests a mapping for the headers of a sheet: every recognised header mapped (a target taken
 * once, by its first column), the others skipped, and a key chosen from what is mapped (id, then
 * the credit code, mobile or name, filled on every row when `rows` are given). Transaction lines are
 * keyed by their id column only: without one the key is empty and every line is kept, as identical
 * lines are genuine repeat purchases; name a key (`--key orderId,productId`) to upsert instead.
 *
 * @example
 * suggestMapping('customer', ['客户名称', '联系人', '手机', '地址']).columns
 * // { 客户名称: 'name.zh', 联系人: 'contact.name', 手机: 'mobile', 地址: 'address' }
 */
export function suggestMapping(kind: RecordKind, headers: readonly string[], rows?: readonly { cells: readonly string[] }[]): ColumnMapping {
  const columns: Record<string, string | null> = {};
  const taken = new Set<string>();
  const filled = new Set<string>();
  headers.forEach((header, i) => {
    const target = recogniseHeader(kind, header);
    columns[header] = target !== undefined && !taken.has(target) ? target : null;
    if (target === undefined || taken.has(target)) return;
    taken.add(target);
    // With rows at hand, a key column must be filled on every row to be chosen.
    if (rows === undefined || rows.every((row) => (row.cells[i] ?? '').trim() !== '')) filled.add(target);
  });
  return { version: 1, kind, columns, key: defaultKey(kind, filled, taken) };
}

function defaultKey(kind: RecordKind, mapped: ReadonlySet<string>, all: ReadonlySet<string>): string[] {
  if (kind === 'transaction') return mapped.has('id') ? ['id'] : [];
  const preferred = kind === 'customer' ? ['id', 'uscc', 'idNumber', 'name.zh', 'name.en', 'mobile'] : kind === 'contact' ? ['id', 'mobile', 'email'] : ['id'];
  const first = preferred.find((path) => mapped.has(path));
  if (first) return [first];
  if (kind === 'contact' && mapped.has('name.zh') && mapped.has('customerId')) return ['customerId', 'name.zh'];
  const every = [...all].filter((path) => !path.startsWith('contact.')).sort();
  return every.length > 0 ? every : ['id'];
}

/**
 * Reads a saved mapping from its JSON text; throws an `Error` with a translated message when it is
 * not a mapping.
 *
 * @example
 * const mapping = parseMapping(localStorage.getItem('dossier-mapping')!, 'zh-CN');
 */
export function parseMapping(json: string, locale: Locale = 'en'): ColumnMapping {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(translate(ioMessages, locale, 'badMapping', { detail: error instanceof Error ? error.message : String(error) }));
  }
  const parsed = columnMappingSchema.safeParse(data);
  if (!parsed.success) throw new Error(translate(ioMessages, locale, 'badMapping', { detail: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ') }));
  return parsed.data as ColumnMapping;
}

/**
 * The JSON text of a mapping, to save.
 *
 * @example
 * localStorage.setItem('dossier-mapping', serialiseMapping(mapping));
 */
export function serialiseMapping(mapping: ColumnMapping): string {
  return JSON.stringify(mapping, null, 2);
}
