import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * Where the command writes its output, piece by piece: text is gathered into large blocks
 * and written with back-pressure, so that a million rows neither sit in one string nor
 * flood the stream.
 */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Flushes and makes the output visible (for a file: renames the temporary file into place). */
  commit(): Promise<void>;
  /** Gives up: for a file, the temporary file is removed and the target is left as it was. */
  abort(): Promise<void>;
}

const BLOCK = 1 << 20;

class StreamSink implements TextSink {
  #parts: string[] = [];
  #size = 0;
  #error: Error | undefined;
  constructor(
    protected readonly stream: Writable,
    private readonly ownsStream: boolean,
  ) {
    // Kept, and thrown from the next write: an unheard 'error' event would end the process.
    stream.on('error', (error: Error) => (this.#error ??= error));
  }

  async write(text: string): Promise<void> {
    this.#parts.push(text);
    this.#size += text.length;
    if (this.#size >= BLOCK) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#parts.length === 0) return;
    const block = this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    if (this.#error) throw this.#error;
    if (!this.stream.write(block) && !this.#error) {
      await new Promise<void>((resolve, reject) => {
        const done = (error?: Error) => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          if (error) reject(error);
          else resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
      });
    }
  }

  async commit(): Promise<void> {
    await this.#flush();
    if (this.ownsStream) {
      this.stream.end();
      await finished(this.stream);
    }
    if (this.#error) throw this.#error;
  }

  async abort(): Promise<void> {
    this.#parts = [];
    if (this.ownsStream) this.stream.destroy();
  }
}

class AtomicFileSink extends StreamSink {
  constructor(
    private readonly target: string,
    private readonly temporary: string,
  ) {
    super(createWriteStream(temporary, { flags: 'wx' }), true);
  }

  override async commit(): Promise<void> {
    try {
      await super.commit();
      await rename(this.temporary, this.target);
    } catch (error) {
      await rm(this.temporary, { force: true });
      throw error;
    }
  }

  override async abort(): Promise<void> {
    await super.abort();
    await rm(this.temporary, { force: true });
  }
}

/**
 * Output to a file that appears only when complete: the text goes to a hidden temporary
 * file in the same directory, renamed over `path` on `commit()` (a rename within one file
 * system is atomic), removed on `abort()` or on a failed write.
 *
 * @example
 * const sink = fileSink('grades.csv');
 * await sink.write('customer_id,grade\n');
 * await sink.commit();
 */
export function fileSink(path: string): TextSink {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  return new AtomicFileSink(path, temporary);
}

/**
 * Output to a stream the command does not own (standard output): written with
 * back-pressure, never closed.
 *
 * @example
 * const sink = streamSink(process.stdout);
 */
export function streamSink(stream: Writable): TextSink {
  return new StreamSink(stream, false);
}
