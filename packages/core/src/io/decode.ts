/**
 * Text encodings of the files Dossier imports: UTF-8 with or without a BOM, UTF-16 (LE or BE) with a
 * BOM, and GBK/GB18030 as Excel on Chinese Windows saves "CSV". GBK files are decoded as GB18030, its
 * superset: `TextDecoder('gbk')` in Node (ICU) garbles the four-byte characters (`𠮷` → `�4�5`) that
 * GB18030 adds, `TextDecoder('gb18030')` reads them in Node and in browsers. One decoder, the same in
 * the command line and the page.
 */
export const textEncodings = ['auto', 'utf-8', 'gbk', 'gb18030', 'utf-16le', 'utf-16be'] as const;
/** An encoding to read a file with; `auto` follows a BOM, else tells UTF-8 from GB18030. */
export type TextEncodingName = (typeof textEncodings)[number];
/** The encoding a file was read with. */
export type DetectedEncoding = Exclude<TextEncodingName, 'auto' | 'gbk'>;

/** Thrown by a streaming decoder when text read as UTF-8 turns out not to be UTF-8 after its start. */
export class TextEncodingError extends Error {
  constructor(
    readonly encoding: DetectedEncoding,
    readonly byteOffset: number,
  ) {
    super(`the bytes after offset ${byteOffset} are not ${encoding}`);
    this.name = 'TextEncodingError';
  }
}

/** The encoding a BOM names, or undefined. */
function bomEncoding(bytes: Uint8Array): DetectedEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // A character cut at the end of a chunk is not an error: `stream` keeps it for the next one.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding to read bytes with: the one asked for (GBK as GB18030), else the BOM's, else UTF-8
 * when the bytes (a file's first chunk is enough) are valid UTF-8, else GB18030.
 *
 * @example
 * detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00])) // 'utf-16le'
 */
export function detectEncoding(bytes: Uint8Array, encoding: TextEncodingName = 'auto'): DetectedEncoding {
  if (encoding === 'gbk') return 'gb18030';
  if (encoding !== 'auto') return encoding;
  return bomEncoding(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030');
}

/**
 * A decoder for a file read in chunks: the encoding is settled on the first chunk (see
 * `detectEncoding`), characters cut between chunks are joined, a BOM is dropped. When the file
 * was taken for UTF-8 and a later chunk is not, `decode` throws a `TextEncodingError` rather than
 * writing U+FFFD into the data.
 *
 * @example
 * const decoder = createTextDecoder('auto');
 * const text = decoder.decode(firstChunk) + decoder.decode(secondChunk) + decoder.end();
 */
export function createTextDecoder(encoding: TextEncodingName = 'auto'): { decode(chunk: Uint8Array): string; end(): string; readonly encoding: DetectedEncoding | undefined } {
  let decoder: TextDecoder | undefined;
  let chosen: DetectedEncoding | undefined;
  let offset = 0;
  const run = (chunk: Uint8Array | undefined): string => {
    if (decoder === undefined) {
      if (chunk === undefined) return '';
      chosen = detectEncoding(chunk, encoding);
      // Fatal for UTF-8: a file taken for UTF-8 that is not must stop, not fill with U+FFFD.
      decoder = new TextDecoder(chosen, { fatal: chosen === 'utf-8' });
    }
    try {
      const text = chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
      offset += chunk?.length ?? 0;
      return text;
    } catch {
      throw new TextEncodingError(chosen!, offset);
    }
  };
  return {
    decode: (chunk) => run(chunk),
    end: () => run(undefined),
    get encoding() {
      return chosen;
    },
  };
}

/**
 * Decodes the bytes of a whole text file (see `createTextDecoder`); a BOM is dropped.
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { text: 'a', encoding: 'utf-8' }
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName = 'auto'): { text: string; encoding: DetectedEncoding } {
  const chosen = detectEncoding(bytes, encoding);
  const text = new TextDecoder(chosen).decode(bytes);
  return { text, encoding: chosen };
}
