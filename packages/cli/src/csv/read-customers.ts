import type { Readable } from 'node:stream';
import { CliError } from '../errors.js';
import { canonicalColumn, isHeaderRow, locateColumns } from './columns.js';
import type { ColumnOverrides } from './columns.js';
import { streamCsv } from './stream-csv.js';
import type { CsvEncoding } from './stream-csv.js';

/**
 * A customers file in columns: `ids[i]` and, for every other header, `attributes[name][i]`
 * (the trimmed text, `undefined` when empty). Names are canonical (`Region` → `region`).
 */
export interface CustomerTable {
  readonly ids: readonly string[];
  readonly attributes: Readonly<Record<string, readonly (string | undefined)[]>>;
  /** 1-based line of each customer in the file, for messages about it. */
  readonly lines: Int32Array;
}

/** Options of {@link readCustomersCsv}. */
export interface ReadCustomersOptions {
  name: string;
  encoding?: CsvEncoding | undefined;
  /** The user's column mapping (`--map`, `--mapping`). */
  overrides?: ColumnOverrides | undefined;
}

/**
 * Reads a customers CSV: a `customer_id` column and any attribute columns (region, nature,
 * industry, rep, potential, status, credit_rating …) kept as text. A customer id given
 * twice is an error naming both lines.
 *
 * @example
 * const customers = await readCustomersCsv(createReadStream('customers.csv'), { name: 'customers.csv' });
 * customers.attributes.region?.[0] // '华东'
 */
export async function readCustomersCsv(bytes: Readable, options: ReadCustomersOptions): Promise<CustomerTable> {
  const file = options.name;
  const ids: string[] = [];
  const lineOf = new Map<string, number>();
  const lines: number[] = [];
  let idColumn = 0;
  let names: (string | undefined)[] = [];
  const attributes: Record<string, (string | undefined)[]> = {};

  await streamCsv(
    bytes,
    {
      // A customers file has one required column: its header is the row that names it.
      isHeader: (fields) => isHeaderRow(fields, ['customer_id'], 'customer', options.overrides),
      header(fields, line) {
        idColumn = locateColumns(fields, ['customer_id'], [], file, line, 'customer', options.overrides).customer_id;
        names = fields.map((cell, index) => {
          const name = canonicalColumn(cell, 'customer', options.overrides);
          return index === idColumn || name === '' ? undefined : name;
        });
        for (const name of names) if (name !== undefined) attributes[name] = [];
      },
      row(fields, line) {
        const id = fields[idColumn]?.trim() ?? '';
        if (id === '') {
          if (fields.every((f) => f.trim() === '')) return;
          throw new CliError('missing-value', { file, line, column: idColumn + 1, name: 'customer_id' });
        }
        const first = lineOf.get(id);
        if (first !== undefined) throw new CliError('duplicate-customer', { file, line, first, id });
        lineOf.set(id, line);
        ids.push(id);
        lines.push(line);
        names.forEach((name, index) => {
          if (name === undefined) return;
          const value = fields[index]?.trim();
          attributes[name]!.push(value === '' ? undefined : value);
        });
      },
    },
    { name: file, encoding: options.encoding },
  );
  return { ids, attributes, lines: Int32Array.from(lines) };
}
