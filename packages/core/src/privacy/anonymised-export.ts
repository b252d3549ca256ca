import type { Locale } from '../i18n/locale.js';
import { translate, type Catalog } from '../i18n/translate.js';
import { amountBand, pseudonym, suppressSmallGroups } from './anonymise.js';

/**
 * The columns of the anonymised analytics export: a keyed pseudonym (to join exports made with the
 * same key, never to read back) and generalised attributes — no name, id, phone, e-mail, credit
 * code or street. `revenueBand` only when revenue is given.
 */
export const anonymisedColumns = ['pseudonym', 'kind', 'province', 'industry', 'nature', 'grade', 'stage', 'revenueBand'] as const;
export type AnonymisedColumn = (typeof anonymisedColumns)[number];

/** One customer in the export. */
export type AnonymisedRow = Readonly<Partial<Record<AnonymisedColumn, string>>> & { readonly pseudonym: string };

/** Options of {@link anonymisedExport}. */
export interface AnonymisedExportOptions {
  /** The HMAC key of the pseudonyms (`importPseudonymKey`). */
  key: CryptoKey;
  /** Least size of a group of equal quasi-identifiers (default 5): smaller groups are left out. */
  k?: number | undefined;
  /** Revenue of a customer (its figures' revenue), generalised to an order-of-magnitude band. */
  revenueOf?: ((customerId: string) => number | undefined) | undefined;
}

/** The export: its columns in order, the rows kept, and how many were left out (groups under k). */
export interface AnonymisedExport {
  readonly columns: readonly AnonymisedColumn[];
  /** Every column but the pseudonym: the combination each kept row shares with at least k − 1 others. */
  readonly quasiIdentifiers: readonly AnonymisedColumn[];
  readonly rows: readonly AnonymisedRow[];
  readonly suppressed: number;
  readonly k: number;
}

type CustomerLike = { readonly id: string } & Readonly<Record<string, unknown>>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Customers as anonymised rows for analytics (domain.md §6: anonymous identities, aggregate data):
 * each id becomes a keyed pseudonym, the rest is generalised (province of the first address,
 * industry, nature, grade, relationship stage, revenue band), and rows whose combination of
 * those is shared by fewer than `k` customers are suppressed (k-anonymity). Assembles
 * `pseudonym`, `amountBand` and `suppressSmallGroups`.
 *
 * @example
 * const key = await importPseudonymKey(secret);
 * const { rows, suppressed } = await anonymisedExport(archive.customers, { key, k: 5 });
 */
export async function anonymisedExport(customers: readonly CustomerLike[], options: AnonymisedExportOptions): Promise<AnonymisedExport> {
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be a whole number of at least 2, got ${k}`);
  const columns = anonymisedColumns.filter((c) => c !== 'revenueBand' || options.revenueOf !== undefined);
  const quasiIdentifiers = columns.filter((c) => c !== 'pseudonym');
  const rows = await Promise.all(
    customers.map(async (customer): Promise<AnonymisedRow> => {
      const address = (customer.addresses as readonly Record<string, unknown>[] | undefined)?.[0];
      const row: Record<string, string> = {
        pseudonym: await pseudonym(customer.id, options.key),
        kind: text(customer.kind),
        province: text(address?.province),
        industry: text(customer.industry),
        nature: text(customer.nature),
        grade: text((customer.grade as Record<string, unknown> | undefined)?.current),
        stage: text((customer.relationship as Record<string, unknown> | undefined)?.stage),
      };
      if (options.revenueOf) row.revenueBand = amountBand(options.revenueOf(customer.id) ?? 0);
      return row as AnonymisedRow;
    }),
  );
  const kept = suppressSmallGroups(rows, quasiIdentifiers, { k });
  return { columns, quasiIdentifiers, rows: kept.rows, suppressed: kept.suppressed, k };
}

/** What a re-identification check finds: groups under k, and cells holding a direct identifier. */
export interface ReidentificationFindings {
  readonly smallGroups: readonly { readonly key: readonly string[]; readonly size: number }[];
  readonly identifiers: readonly { readonly row: number; readonly column: string; readonly field: string }[];
}

// Fields of a customer that name it directly.
const directIdentifiers = ['id', 'name.zh', 'name.en', 'shortName', 'phone', 'mobile', 'email', 'uscc'] as const;

/**
 * Checks an export against the customers it came from: every combination of quasi-identifiers
 * shared by at least `k` rows, and no cell containing a customer's id, name, short name, phone,
 * mobile, e-mail, credit code or street. Empty findings mean it passes.
 *
 * @example
 * const findings = reidentificationCheck(exported, archive.customers);
 * findings.smallGroups.length === 0 && findings.identifiers.length === 0 // true
 */
export function reidentificationCheck(exported: Pick<AnonymisedExport, 'rows' | 'quasiIdentifiers' | 'k'>, customers: readonly CustomerLike[]): ReidentificationFindings {
  const groups = new Map<string, number>();
  for (const row of exported.rows) {
    const key = JSON.stringify(exported.quasiIdentifiers.map((c) => row[c] ?? ''));
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const smallGroups = [...groups].filter(([, size]) => size < exported.k).map(([key, size]) => ({ key: JSON.parse(key) as string[], size }));
  const secrets = new Map<string, string>();
  for (const customer of customers) {
    const name = (customer.name ?? {}) as Record<string, unknown>;
    const values: Record<string, unknown> = { id: customer.id, 'name.zh': name.zh, 'name.en': name.en, shortName: customer.shortName, phone: customer.phone, mobile: customer.mobile, email: customer.email, uscc: customer.uscc };
    for (const field of directIdentifiers) if (typeof values[field] === 'string' && (values[field] as string).length >= 2) secrets.set(values[field] as string, field);
    for (const address of (customer.addresses as readonly Record<string, unknown>[] | undefined) ?? []) if (typeof address.street === 'string' && address.street.length >= 2) secrets.set(address.street, 'street');
  }
  const identifiers: { row: number; column: string; field: string }[] = [];
  exported.rows.forEach((row, index) => {
    for (const [column, value] of Object.entries(row)) {
      if (typeof value !== 'string' || value === '') continue;
      const field = secrets.get(value) ?? [...secrets].find(([secret]) => secret.length >= 4 && value.includes(secret))?.[1];
      if (field !== undefined) identifiers.push({ row: index, column, field });
    }
  });
  return { smallGroups, identifiers };
}

const labels: Catalog<AnonymisedColumn> = {
  en: { pseudonym: 'Pseudonym', kind: 'Kind', province: 'Province', industry: 'Industry', nature: 'Nature', grade: 'Grade', stage: 'Relationship stage', revenueBand: 'Revenue band' },
  'zh-CN': { pseudonym: '匿名编号', kind: '类型', province: '省/直辖市', industry: '行业', nature: '客户性质', grade: '客户等级', stage: '客户关系阶段', revenueBand: '销售额区间' },
};

/**
 * A column's header in the locale.
 *
 * @example
 * anonymisedColumnLabel('zh-CN', 'revenueBand') // '销售额区间'
 */
export function anonymisedColumnLabel(locale: Locale, column: AnonymisedColumn): string {
  return translate(labels, locale, column);
}
