/**
 * Text encodings of the files Dossier imports: UTF-8 with or without a BOM, and GBK as Excel on
 * Chinese Windows saves "CSV". `TextDecoder` knows GBK in browsers and in Node (full ICU), so one
 * code path serves both.
 */
export const textEncodings = ['auto', 'utf-8', 'gbk', 'utf-16le'] as const;
/** An encoding to read a file with; `auto` tells UTF-8 from GBK. */
export type TextEncodingName = (typeof textEncodings)[number];

/**
 * Decodes the bytes of a text file. `auto` follows a BOM, else takes the bytes as UTF-8 when they
 * are valid UTF-8 and as GBK when they are not (GBK text is almost never valid UTF-8).
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { text: 'a', encoding: 'utf-8' }
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName = 'auto'): { text: string; encoding: Exclude<TextEncodingName, 'auto'> } {
  let chosen: Exclude<TextEncodingName, 'auto'>;
  if (encoding !== 'auto') chosen = encoding;
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) chosen = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) chosen = 'utf-16le';
  else {
    try {
      return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
    } catch {
      chosen = 'gbk';
    }
  }
  return { text: stripBom(new TextDecoder(chosen).decode(bytes)), encoding: chosen };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
