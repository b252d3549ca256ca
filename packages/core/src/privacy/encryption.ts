import type { Locale } from '../i18n/locale.js';
import { translate, type Catalog } from '../i18n/translate.js';
import type { FieldRule } from './access.js';

/**
 * Secret fields encrypted at rest with AES-GCM through WebCrypto. The key is the embedder's
 * (`CryptoKey`, never stored beside the data); each value gets a fresh 96-bit IV, and the
 * record id and field path are bound as additional data, so a ciphertext moved to another
 * record or field fails to decrypt instead of showing the wrong person's secret.
 */

/** An encrypted value as stored: tagged so that readers can tell it from plain text. */
export interface SealedValue {
  readonly $sealed: 1;
  /** Base64 IV. */
  readonly iv: string;
  /** Base64 ciphertext with the GCM tag. */
  readonly data: string;
}

/** Raised when a sealed value cannot be opened: wrong key, tampered data, or moved value. */
export class DecryptionError extends Error {
  readonly code = 'decrypt';
  constructor(
    readonly path: string,
    readonly recordId: string,
    locale: Locale = 'en',
  ) {
    super(translate(messages, locale, 'decrypt', { path, recordId }));
    this.name = 'DecryptionError';
  }
}

const messages: Catalog<'decrypt'> = {
  en: {
    decrypt:
      'The secret field {path} of record {recordId} could not be decrypted: the key is wrong or the stored value was altered. Check the encryption key; the value was not shown.',
  },
  'zh-CN': {
    decrypt: '记录 {recordId} 的保密字段 {path} 无法解密：密钥错误或存储的数据已被篡改。请检查加密密钥；该值未被显示。',
  },
};

const encoder = /* @__PURE__ */ new TextEncoder();
const decoder = /* @__PURE__ */ new TextDecoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Whether a stored value is sealed.
 *
 * @example
 * isSealed({ $sealed: 1, iv: '…', data: '…' }) // true
 */
export function isSealed(value: unknown): value is SealedValue {
  return typeof value === 'object' && value !== null && (value as SealedValue).$sealed === 1;
}

/**
 * Creates an AES-GCM key from 32 raw bytes (for example from the embedder's key service).
 *
 * @example
 * const key = await importEncryptionKey(crypto.getRandomValues(new Uint8Array(32)));
 */
export function importEncryptionKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/**
 * Encrypts a JSON value bound to its record and field.
 *
 * @example
 * const sealed = await seal({ topics: '离婚' }, key, { recordId: 'c1', path: 'profile' });
 */
export async function seal(value: unknown, key: CryptoKey, where: { recordId: string; path: string }): Promise<SealedValue> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(`${where.recordId}\u0000${where.path}`) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { $sealed: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/**
 * Decrypts a sealed value; throws `DecryptionError` on a wrong key, altered data or a value
 * moved from another record or field — never returns garbage.
 *
 * @example
 * const value = await unseal(sealed, key, { recordId: 'c1', path: 'profile' });
 */
export async function unseal(
  sealed: SealedValue,
  key: CryptoKey,
  where: { recordId: string; path: string },
  locale: Locale = 'en',
): Promise<unknown> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(`${where.recordId}\u0000${where.path}`) },
      key,
      fromBase64(sealed.data),
    );
    return JSON.parse(decoder.decode(plain));
  } catch {
    throw new DecryptionError(where.path, where.recordId, locale);
  }
}

function secretPaths(record: unknown, rules: readonly FieldRule[]): string[][] {
  const found: string[][] = [];
  const walk = (value: unknown, segments: string[], at: string[]) => {
    if (segments.length === 0) {
      if (value !== undefined && value !== null) found.push(at);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const [head, ...rest] = segments as [string, ...string[]];
    const keys = head === '*' ? Object.keys(value) : [head];
    for (const key of keys) {
      if (key in (value as object)) walk((value as Record<string, unknown>)[key], rest, [...at, key]);
    }
  };
  for (const rule of rules) if (rule.sensitivity === 'secret') walk(record, rule.path.split('.'), []);
  return found;
}

function update(target: unknown, path: readonly string[], next: unknown): void {
  let node = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]!] = next;
}

/**
 * A copy of a record with every secret field (by the field rules) sealed: what an adapter
 * writes. Plain values of other fields are untouched.
 *
 * @example
 * const stored = await sealSecretFields(customer, customerFieldRules, key, customer.id);
 */
export async function sealSecretFields<T>(record: T, rules: readonly FieldRule[], key: CryptoKey, recordId: string): Promise<T> {
  const copy = structuredClone(record);
  for (const path of secretPaths(copy, rules)) {
    let value: unknown = copy;
    for (const segment of path) value = (value as Record<string, unknown>)[segment];
    if (isSealed(value)) continue;
    update(copy, path, await seal(value, key, { recordId, path: path.join('.') }));
  }
  return copy;
}

/**
 * A copy of a stored record with every sealed field opened; throws `DecryptionError` when
 * one cannot be.
 *
 * @example
 * const customer = await unsealSecretFields(stored, customerFieldRules, key, stored.id);
 */
export async function unsealSecretFields<T>(
  record: T,
  rules: readonly FieldRule[],
  key: CryptoKey,
  recordId: string,
  locale: Locale = 'en',
): Promise<T> {
  const copy = structuredClone(record);
  for (const path of secretPaths(copy, rules)) {
    let value: unknown = copy;
    for (const segment of path) value = (value as Record<string, unknown>)[segment];
    if (isSealed(value)) update(copy, path, await unseal(value, key, { recordId, path: path.join('.') }, locale));
  }
  return copy;
}
