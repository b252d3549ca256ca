// COPY … FROM STDIN through node-postgres without pg-copy-streams (not installed): a minimal
// "submittable" that pg's Client drives like any query — it sends the COPY statement, answers
// the server's CopyInResponse with CopyData messages and CopyDone, and settles on ReadyForQuery.
import type pg from 'pg';

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/**
 * Streams text-format COPY data (tab-separated lines ending in \n) into the server.
 *
 * @example
 * await copyFrom(client, 'COPY t (a, b) FROM STDIN', ['1\tx\n', '2\ty\n']);
 */
export function copyFrom(client: pg.ClientBase, text: string, chunks: Iterable<string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let failure: unknown;
    const submittable = {
      submit(connection: CopyConnection) {
        connection.query(text);
      },
      handleCopyInResponse(connection: CopyConnection) {
        for (const chunk of chunks) connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
        connection.endCopyFrom();
      },
      handleError(error: unknown) {
        failure = error;
      },
      handleReadyForQuery() {
        if (failure) reject(failure);
        else resolve();
      },
      handleCommandComplete() {},
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleCopyData() {},
    };
    client.query(submittable as unknown as pg.QueryConfig);
  });
}

/** Escapes a value for COPY's text format (`\N` is NULL). */
export function copyText(value: string | number | null | undefined): string {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '\\N';
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : text;
}
