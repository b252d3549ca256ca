import { describe, expect, it } from 'vitest';
import type { FieldRule } from './access.js';
import { DecryptionError, importEncryptionKey, isSealed, seal, sealSecretFields, unseal, unsealSecretFields } from './encryption.js';

const rules: FieldRule[] = [
  { path: 'idNumber', sensitivity: 'secret', level: 3 },
  { path: 'profile.topicsToAvoid', sensitivity: 'secret', level: 3 },
  { path: 'name', sensitivity: 'public', level: 1 },
];
const record = { id: 'c1', name: '王芳', idNumber: '11010519491231002X', profile: { topicsToAvoid: '离婚', hobbies: '茶' } };
const newKey = () => importEncryptionKey(crypto.getRandomValues(new Uint8Array(32)));

describe('encryption at rest', () => {
  it('seals secret fields so that no plaintext remains, and opens them again', async () => {
    const key = await newKey();
    const stored = await sealSecretFields(record, rules, key, 'c1');
    const dump = JSON.stringify(stored);
    expect(dump).not.toContain('11010519491231002X');
    expect(dump).not.toContain('离婚');
    expect(dump).toContain('王芳');
    expect(isSealed(stored.idNumber)).toBe(true);
    expect(await unsealSecretFields(stored, rules, key, 'c1')).toEqual(record);
  });
  it('raises, never returns garbage, on a wrong key', async () => {
    const sealed = await seal('secret', await newKey(), { recordId: 'c1', path: 'idNumber' });
    await expect(unseal(sealed, await newKey(), { recordId: 'c1', path: 'idNumber' })).rejects.toBeInstanceOf(DecryptionError);
  });
  it('raises on a tampered ciphertext', async () => {
    const key = await newKey();
    const sealed = await seal('secret', key, { recordId: 'c1', path: 'idNumber' });
    const bytes = atob(sealed.data);
    const flipped = String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1);
    await expect(unseal({ ...sealed, data: btoa(flipped) }, key, { recordId: 'c1', path: 'idNumber' })).rejects.toThrow(/idNumber/);
  });
  it('raises when a sealed value is moved to another record', async () => {
    const key = await newKey();
    const sealed = await seal('secret', key, { recordId: 'c1', path: 'idNumber' });
    await expect(unseal(sealed, key, { recordId: 'c2', path: 'idNumber' })).rejects.toBeInstanceOf(DecryptionError);
  });
  it('says what went wrong in Chinese too', () => {
    expect(new DecryptionError('idNumber', 'c1', 'zh-CN').message).toContain('无法解密');
  });
});
