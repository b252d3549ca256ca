import { AnalyticsError, creditSplitRules, defaultCreditSplitPolicy, translate, validateCreditSplitPolicy } from '@dossier/core';
import type { CreditAssignment, CreditSplitPolicy, Locale } from '@dossier/core';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from './json-file.js';
import { messages } from '../messages.js';
import type { MessageKey } from '../messages.js';

/** What `--credit-splits FILE.json` gives the sales-force analysis. */
export interface CreditSplitsFile {
  /** Customer id → how its credit is shared. */
  customers: Map<string, CreditAssignment>;
  policy: CreditSplitPolicy;
}

/**
 * Reads `--credit-splits`: `{ "customers": { "K001": { "rule": "handover", "parties": ["wang", "li"] } },
 * "policy": { "handover": [60, 40], "engineering": [70, 30], "unclear": [50, 50] } }` (policy
 * optional: core's `defaultCreditSplitPolicy`, the seed's). Anything else is refused naming the
 * file and the customer or rule (`bad-policy`, translated).
 *
 * @example
 * await readCreditSplitsFile('splits.json', io, 'en') // { customers: Map { 'K001' => … }, policy: { handover: [60, 40], … } }
 */
export async function readCreditSplitsFile(file: string, io: CliIo, locale: Locale): Promise<CreditSplitsFile> {
  const json = await readJsonFile(file, io);
  const fail = (detail: string): never => {
    throw new CliError('bad-policy', { file, detail });
  };
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(messages, locale, key, params);
  if (!isObject(json) || !isObject(json.customers)) return fail(t('credit-splits.customers'));
  let policy: CreditSplitPolicy = defaultCreditSplitPolicy;
  if (json.policy !== undefined) {
    try {
      policy = validateCreditSplitPolicy({ ...defaultCreditSplitPolicy, ...(isObject(json.policy) ? json.policy : { handover: json.policy }) });
    } catch (error) {
      if (error instanceof AnalyticsError) fail(error.messageIn(locale));
      throw error;
    }
  }
  const customers = new Map<string, CreditAssignment>();
  for (const [id, value] of Object.entries(json.customers)) {
    const parties = isObject(value) ? value.parties : undefined;
    const ok =
      isObject(value) &&
      (creditSplitRules as readonly unknown[]).includes(value.rule) &&
      Array.isArray(parties) &&
      parties.length === 2 &&
      parties.every((p) => typeof p === 'string' && p.trim() !== '');
    if (!ok) fail(t('credit-splits.customer', { customer: id, value: JSON.stringify(value) }));
    const [first, second] = parties as string[];
    customers.set(id.trim(), { rule: (value as { rule: CreditAssignment['rule'] }).rule, parties: [first!.trim(), second!.trim()] });
  }
  return { customers, policy };
}
