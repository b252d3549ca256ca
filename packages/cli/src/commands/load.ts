import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseMapping, translate } from '@dossier/core';
import type { AttributeValue, ColumnMapping, CustomerAttributes, Locale, TransactionColumns } from '@dossier/core';
import { columnOverrides } from '../csv/columns.js';
import type { BookDatabase } from '../database.js';
import { CliError } from '../errors.js';
import { readOptionFile } from './json-file.js';
import { readCustomersCsv } from '../csv/read-customers.js';
import type { CustomerTable } from '../csv/read-customers.js';
import { readTransactionsFile, readTransactionsXlsx } from '../csv/read-transactions.js';
import type { ReadTransactionsOptions } from '../csv/read-transactions.js';
import { openCsvFile } from '../csv/stream-csv.js';
import { readNumber } from '../csv/values.js';
import type { CliIo } from '../io.js';
import { messages } from '../messages.js';
import type { CommonOptions } from '../options.js';
import { createProgress } from '../progress.js';

/** The inputs of a command, read and checked. */
export interface LoadedInputs {
  columns: TransactionColumns;
  customers: CustomerTable | undefined;
  /** Hand-entered attributes by customer id (from the customers file), for grading rules. */
  attributes: Map<string, CustomerAttributes> | undefined;
  /** Attribute columns of the transactions file (地区, 业务员 …): name → customer id → value (with `keepAttributes`). */
  fileAttributes?: Map<string, Map<string, string>> | undefined;
}

/**
 * Reads the customers file when `--customers` names one: the table and each customer's attributes.
 *
 * @example
 * const { customers, attributes } = await loadCustomers(options, io);
 */
export async function loadCustomers(
  options: CommonOptions,
  io: CliIo,
  saved?: ColumnMapping,
): Promise<{ customers: CustomerTable | undefined; attributes: Map<string, CustomerAttributes> | undefined }> {
  if (options.customers === undefined) return { customers: undefined, attributes: undefined };
  const mapping = saved ?? (options.mapping === undefined ? undefined : await readSavedMapping(options.mapping, io, options.locale));
  const { stream } = openCsvFile(resolve(io.cwd, options.customers), options.customers);
  const customers = await readCustomersCsv(stream, { name: options.customers, encoding: options.encoding, overrides: columnOverrides(options.map, mapping, 'customer') });
  return { customers, attributes: attributesById(customers) };
}

/**
 * Reads a saved column mapping (`dossier import --save-mapping`) for `--mapping`.
 *
 * @example
 * const saved = await readSavedMapping('mapping.json', io, 'zh-CN');
 */
export async function readSavedMapping(file: string, io: CliIo, locale: Locale): Promise<ColumnMapping> {
  const text = await readOptionFile(file, io);
  try {
    return parseMapping(text, locale);
  } catch (error) {
    throw new CliError('invalid-option', { option: '--mapping', value: file, expected: (error as Error).message });
  }
}

/**
 * Reads the customers file (if any) and then the transactions file into columns, with a
 * progress bar on standard error for the transactions. Customers of the customers file
 * come first in the columns' customer dictionary, so they are graded even without lines.
 *
 * @example
 * const { columns } = await loadInputs(options, io);
 */
export async function loadInputs(options: CommonOptions & { keepProducts?: boolean; keepAttributes?: boolean }, io: CliIo, db?: BookDatabase): Promise<LoadedInputs> {
  const saved = options.mapping === undefined ? undefined : await readSavedMapping(options.mapping, io, options.locale);
  const note = (file: string) => (line: number, titleLines: readonly number[]) => {
    if (titleLines.length > 0 && !options.quiet) io.stderr.write(`${translate(messages, options.locale, 'note.header', { file, line, lines: titleLines.join(', ') })}\n`);
  };
  const { customers, attributes } = await loadCustomers(options, io, saved);
  if (options.transactions === undefined) {
    if (db === undefined) throw new CliError('missing-option', { option: '--transactions', command: 'grade' });
    db.progress(translate(messages, options.locale, 'database.reading'));
    const columns = await db.store.readTransactionColumns().catch(db.fail);
    return { columns, customers, attributes };
  }
  const fileAttributes = options.keepAttributes ? new Map<string, Map<string, string>>() : undefined;
  const path = resolve(io.cwd, options.transactions);
  const { stream, size } = openCsvFile(path, options.transactions);
  const progress = options.quiet
    ? undefined
    : createProgress(io.stderr, { label: translate(messages, options.locale, 'progress.reading', { file: options.transactions }) });
  try {
    // The file is read from its path (the byte reader may read a CSV file twice, see readTransactionsFile).
    stream.destroy();
    const read =
      extname(path).toLowerCase() === '.xlsx'
        ? (o: ReadTransactionsOptions) =>
            readTransactionsXlsx(new Uint8Array(readFileSync(path)), {
              ...o,
              onSheet: (sheet) => !options.quiet && io.stderr.write(`${translate(messages, options.locale, 'note.sheet', { file: options.transactions, sheet })}\n`),
            })
        : (o: ReadTransactionsOptions) => readTransactionsFile(path, o);
    const columns = await read({
      name: options.transactions,
      encoding: options.encoding,
      customerIds: customers?.ids,
      keepProducts: options.keepProducts,
      overrides: columnOverrides(options.map, saved, 'transaction'),
      dateOrder: options.dateOrder,
      attributes: fileAttributes,
      onHeader: note(options.transactions),
      onProgress: progress ? (bytes) => progress.update(bytes, size) : undefined,
    });
    return { columns, customers, attributes, fileAttributes };
  } finally {
    progress?.end();
  }
}

/**
 * The attributes of each customer as grading reads them: plain numbers become numbers
 * (manual scores, years of trade), other text stays text. Each attribute is available under
 * its snake_case header name and, where different, its kebab-case name (`credit_rating` and
 * `credit-rating`), the spelling of core's built-in figures.
 */
function attributesById(table: CustomerTable): Map<string, CustomerAttributes> {
  const names = Object.keys(table.attributes).map((name) => [name, name.replace(/_/g, '-'), table.attributes[name]!] as const);
  const byId = new Map<string, CustomerAttributes>();
  table.ids.forEach((id, i) => {
    const record: Record<string, AttributeValue> = {};
    for (const [snake, kebab, column] of names) {
      const text = column[i];
      if (text === undefined) continue;
      const number = readNumber(text);
      const value = number.ok ? number.value : text;
      record[snake] = value;
      if (kebab !== snake) record[kebab] = value;
    }
    byId.set(id, record);
  });
  return byId;
}
