import { storeError } from '../contract/index.js';
import type { StoreError } from '../contract/index.js';

/**
 * A request refused before it reaches the store, with the HTTP status to answer (413, 405 …)
 * when it is not the status of the error's code.
 */
export class RefusedRequest extends Error {
  constructor(
    readonly status: number,
    readonly error: StoreError,
  ) {
    super(error.message);
  }
}

/** Limits of a request body. */
export interface BodyLimits {
  /** Largest body in bytes; a larger one is refused with 413 before it is read to the end. */
  maxBytes: number;
  /** Deepest nesting of arrays and objects; a deeper body is refused with 400. */
  maxDepth: number;
}

function tooLarge(limit: number) {
  return new RefusedRequest(413, storeError('invalid', 'tooLarge', { params: { limit } }));
}

/** Reads at most `maxBytes` of the body; throws `tooLarge` as soon as it has more. */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * How deep arrays and objects nest in a JSON text, scanned without parsing it (so a hostile
 * body costs one pass, not a parse). Stops counting past `limit`.
 *
 * @example
 * jsonDepth('{"a":[1,{"b":"]"}]}', 64) // 3
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

function invalidBody(issues: string) {
  return storeError('invalid', 'invalidQuery', { params: { issues } });
}

/**
 * Reads a request body as a JSON object within limits: 413 (`tooLarge`) past `maxBytes`, 400
 * for nesting past `maxDepth`, for text that is not UTF-8 or not a JSON object. An empty body
 * is `{}`.
 *
 * @example
 * const body = await readJsonBody(request, { maxBytes: 1 << 20, maxDepth: 32 });
 */
export async function readJsonBody(request: Request, limits: BodyLimits): Promise<Record<string, unknown>> {
  const bytes = await readCapped(request, limits.maxBytes);
  if (bytes.length === 0) return {};
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidBody('the request body is not UTF-8 text');
  }
  if (jsonDepth(text, limits.maxDepth) > limits.maxDepth) {
    throw storeError('invalid', 'tooDeep', { params: { limit: limits.maxDepth } });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalidBody('the request body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidBody('the request body is not a JSON object');
  return body as Record<string, unknown>;
}
