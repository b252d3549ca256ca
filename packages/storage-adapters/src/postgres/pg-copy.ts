/**
 * `COPY … FROM STDIN` through node-postgres with no extra package: a "submittable" that pg's
 * Client drives like any query — it sends the COPY statement, answers the server's
 * CopyInResponse with CopyData messages and CopyDone, and settles on ReadyForQuery. (It is what
 * `pg-copy-streams` does, without a stream: the adapter sends one chunk of a few thousand rows
 * at a time, already in memory, and imports no driver package.)
 */

/** The part of pg's connection a COPY needs. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** Anything whose `query` accepts a pg submittable (a pg `Client` or `PoolClient`). */
export interface CopyTarget {
  query(config: never): unknown;
}

/**
 * Streams text-format COPY data (tab-separated lines ending in `\n`, see `copyText`; as strings or
 * as the UTF-8 buffers of `CopyRows`) into the server. Rejects with the server's error (SQLSTATE in `code`) when the COPY fails.
 *
 * @example
 * await copyFromText(client, 'COPY t (a, b) FROM STDIN', ['1\tx\n', '2\ty\n']);
 */
export function copyFromText(client: CopyTarget, statement: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  return new Promise((resolve, reject) => {
    const submittable = {
      submit(connection: CopyConnection) {
        connection.query(statement);
      },
      handleCopyInResponse(connection: CopyConnection) {
        for (const chunk of chunks) connection.sendCopyFromChunk(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        connection.endCopyFrom();
      },
      // Settles at once: pg drops the active query on an error (a failed COPY, or a connection
      // that died), so ReadyForQuery never reaches it. The client itself waits for
      // ReadyForQuery before it sends the next statement (the ROLLBACK).
      handleError(error: unknown) {
        reject(error);
      },
      handleReadyForQuery() {
        resolve();
      },
      handleCommandComplete() {},
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleCopyData() {},
    };
    client.query(submittable as never);
  });
}

const special = /[\\\t\n\r]/;

/**
 * One value in COPY's text format: `\N` for NULL (and NaN), backslash, tab, newline and
 * carriage return escaped.
 *
 * @example
 * copyText('a\tb') // 'a\\tb'
 * copyText(null)   // '\\N'
 */
export function copyText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value); // digits, sign, '.', 'e', Infinity: nothing to escape
  const text = value;
  return special.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : text;
}

/**
 * `JSON.stringify` text as a COPY value: JSON escapes every control character (tab, newline and
 * carriage return included), so only backslashes need escaping — the same as `copyText`, without
 * its test of every character class on the longest value of a row.
 *
 * @example
 * copyJson('{"a":"x\\ty"}') // '{"a":"x\\\\ty"}'
 */
export const copyJson = (json: string): string => (json.includes('\\') ? json.replaceAll('\\', '\\\\') : json);

/** One row of COPY text: the values (see `copyText`) tab-separated, ending in a newline. */
export const copyRow = (values: readonly (string | number | boolean | null | undefined)[]): string => `${values.map(copyText).join('\t')}\n`;

/**
 * COPY text encoded into UTF-8 buffers row by row as it is built: no string of a whole chunk
 * exists, so nothing long-lived is left for the garbage collector and no large string is
 * flattened and transcoded at the end (what `Buffer.from` on a chunk's joined rows cost).
 *
 * @example
 * const rows = new CopyRows();
 * rows.push(copyRow(['c1', 1]));
 * await copyFromText(client, 'COPY t (a, b) FROM STDIN', rows.finish());
 */
export class CopyRows {
  private readonly full: Buffer[] = [];
  private buffer: Buffer;
  private used = 0;

  /** `size`: bytes per buffer (a row longer than that gets a buffer of its own). */
  constructor(private readonly size = 1 << 18) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Appends text already in COPY's format (rows of `copyText` values ending in `\n`). */
  push(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair 4 for 2 units).
    const most = text.length * 3;
    if (this.used + most > this.buffer.length) {
      this.flush();
      if (most > this.size) {
        this.full.push(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** The buffers written so far, in order; the writer is empty afterwards. */
  finish(): Buffer[] {
    this.flush();
    return this.full.splice(0);
  }

  private flush(): void {
    if (this.used === 0) return;
    this.full.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(this.size);
    this.used = 0;
  }
}
