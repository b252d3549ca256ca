import { migrateRecord } from './migrations.js';
import type { RecordTypes } from './record-schemas.js';
import { SchemaError } from './schema-error.js';
import type { RecordKind } from './stored-record.js';
import { validateRecord, type ValidateOptions, type ValidationResult } from './validate.js';

/**
 * Reads a stored record: upgrades it to the current schema version, then validates and decodes
 * it. Everything that is wrong comes back as issues (a record from a newer Dossier is an issue
 * at `schemaVersion`), nothing is thrown for bad data.
 *
 * @example
 * const result = readRecord('customer', JSON.parse(row.data), { locale: 'zh-CN' });
 * if (result.ok) show(result.value); else report(result.issues);
 */
export function readRecord<K extends RecordKind>(kind: K, stored: unknown, options: ValidateOptions = {}): ValidationResult<RecordTypes[K]> {
  let upgraded: unknown;
  try {
    upgraded = migrateRecord(kind, stored);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    const atVersion = error.code !== 'notAnObject' && error.code !== 'unknownRecordKind';
    const issue = {
      code: error.code,
      path: atVersion ? 'schemaVersion' : '',
      segments: atVersion ? ['schemaVersion'] : [],
      message: error.messageIn(options.locale ?? 'en'),
    };
    return { ok: false, issues: [error.recordId === undefined ? issue : { ...issue, recordId: error.recordId }] };
  }
  return validateRecord(kind, upgraded, options);
}
