import { resolve } from 'node:path';
import { translate } from '@dossier/core';
import type { AttributeValue, CustomerAttributes, TransactionColumns } from '@dossier/core';
import { readCustomersCsv } from '../csv/read-customers.js';
import type { CustomerTable } from '../csv/read-customers.js';
import { readTransactionsCsv } from '../csv/read-transactions.js';
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
}

/**
 * Reads the customers file (if any) and then the transactions file into columns, with a
 * progress bar on standard error for the transactions. Customers of the customers file
 * come first in the columns' customer dictionary, so they are graded even without lines.
 *
 * @example
 * const { columns } = await loadInputs(options, io);
 */
export async function loadInputs(options: CommonOptions & { keepProducts?: boolean }, io: CliIo): Promise<LoadedInputs> {
  let customers: CustomerTable | undefined;
  if (options.customers !== undefined) {
    const { stream } = openCsvFile(resolve(io.cwd, options.customers), options.customers);
    customers = await readCustomersCsv(stream, { name: options.customers, encoding: options.encoding });
  }
  const { stream, size } = openCsvFile(resolve(io.cwd, options.transactions), options.transactions);
  const progress = options.quiet
    ? undefined
    : createProgress(io.stderr, { label: translate(messages, options.locale, 'progress.reading', { file: options.transactions }) });
  try {
    const columns = await readTransactionsCsv(stream, {
      name: options.transactions,
      encoding: options.encoding,
      customerIds: customers?.ids,
      keepProducts: options.keepProducts,
      onProgress: progress ? (bytes) => progress.update(bytes, size) : undefined,
    });
    return { columns, customers, attributes: customers ? attributesById(customers) : undefined };
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
