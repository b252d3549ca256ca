import { parseArgs } from 'node:util';
import { dateOrders, dayNumber, resolveLocale, translate } from '@dossier/core';
import type { DateOrder, Locale } from '@dossier/core';
import { csvEncodings } from './csv/stream-csv.js';
import type { CsvEncoding } from './csv/stream-csv.js';
import { redactedUrl } from './database.js';
import { CliError } from './errors.js';
import { messages } from './messages.js';
import type { MessageKey } from './messages.js';

/** The commands of `dossier`. */
export const commands = ['grade', 'analyze', 'import', 'export', 'duplicates', 'funnel', 'review'] as const;
export type Command = (typeof commands)[number];
/** The commands `parseInvocation` reads (import and export read their own arguments with {@link argsConfig}). */
type BookCommand = 'grade' | 'analyze';

/** Grading methods the `grade` command offers. */
export const gradeMethods = ['abc-share', 'abc-amount', 'abc-count', 'rfm', 'scorecard'] as const;
export type GradeMethod = (typeof gradeMethods)[number];

interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  /** Whether the option may be given several times. */
  multiple?: boolean;
  /** Placeholder shown in the help, for string options. */
  value?: string;
  short?: string;
  help: MessageKey;
}

const dateOrder: OptionSpec = { name: 'date-order', type: 'string', value: 'dmy|mdy', help: 'help.option.date-order' };
const input: OptionSpec[] = [
  { name: 'transactions', type: 'string', value: 'FILE.csv', short: 't', help: 'help.option.transactions' },
  dateOrder,
  { name: 'as-of', type: 'string', value: 'YYYY-MM-DD', help: 'help.option.as-of' },
  { name: 'window-days', type: 'string', value: 'N', help: 'help.option.window-days' },
];
const encoding: OptionSpec = { name: 'encoding', type: 'string', value: csvEncodings.join('|'), help: 'help.option.encoding' };
const databaseUrl: OptionSpec = { name: 'database-url', type: 'string', value: 'URL', help: 'help.option.database-url' };
const databaseSchema: OptionSpec = { name: 'database-schema', type: 'string', value: 'NAME', help: 'help.option.database-schema' };
const locale: OptionSpec = { name: 'locale', type: 'string', value: 'en|zh-CN', help: 'help.option.locale' };
const help: OptionSpec = { name: 'help', type: 'boolean', short: 'h', help: 'help.option.help' };
/** The last options of every command that reads or writes an archive: where it is kept, the language, help. */
const archiveTail: OptionSpec[] = [databaseUrl, databaseSchema, locale, help];
const mapping: OptionSpec[] = [
  { name: 'map', type: 'string', multiple: true, value: 'COLUMN=FIELD', help: 'help.option.map' },
  { name: 'mapping', type: 'string', value: 'FILE.json', help: 'help.option.mapping' },
];
const common: OptionSpec[] = [
  { name: 'customers', type: 'string', value: 'FILE.csv', short: 'c', help: 'help.option.customers' },
  ...mapping,
  { name: 'out', type: 'string', value: 'FILE', short: 'o', help: 'help.option.out' },
  encoding,
  databaseUrl,
  databaseSchema,
  locale,
  { name: 'quiet', type: 'boolean', short: 'q', help: 'help.option.quiet' },
  help,
];

const specs: Record<Command, OptionSpec[]> = {
  grade: [
    ...input,
    { name: 'method', type: 'string', value: gradeMethods.join('|'), short: 'm', help: 'help.option.method' },
    { name: 'policy', type: 'string', value: 'FILE.json', short: 'p', help: 'help.option.policy' },
    { name: 'overrides', type: 'string', value: 'FILE.csv', help: 'help.option.overrides' },
    { name: 'format', type: 'string', value: 'csv|json', short: 'f', help: 'help.option.format.grade' },
    ...common,
  ],
  analyze: [
    ...input,
    { name: 'by', type: 'string', value: 'NAME,…', help: 'help.option.by' },
    { name: 'plan', type: 'string', value: 'PLAN.json', help: 'help.option.plan' },
    { name: 'credit-splits', type: 'string', value: 'SPLITS.json', help: 'help.option.credit-splits' },
    { name: 'format', type: 'string', value: 'text|json', short: 'f', help: 'help.option.format.analyze' },
    ...common,
  ],
  import: [
    { name: 'archive', type: 'string', value: 'ARCHIVE.json', help: 'help.option.archive.import' },
    { name: 'kind', type: 'string', value: 'customer|contact|transaction', help: 'help.option.kind' },
    ...mapping,
    { name: 'save-mapping', type: 'string', value: 'FILE.json', help: 'help.option.save-mapping' },
    { name: 'key', type: 'string', value: 'PATH[,PATH]', help: 'help.option.key' },
    { name: 'report', type: 'string', value: 'FILE.csv', help: 'help.option.report' },
    encoding,
    dateOrder,
    { name: 'now', type: 'string', value: 'ISO-TIME', help: 'help.option.now' },
    ...archiveTail,
  ],
  export: [
    { name: 'archive', type: 'string', value: 'ARCHIVE.json', help: 'help.option.archive.export' },
    { name: 'out', type: 'string', value: 'FILE.xlsx|FILE.csv', short: 'o', help: 'help.option.out.export' },
    { name: 'kind', type: 'string', value: 'customer|contact|transaction', help: 'help.option.kind' },
    { name: 'anonymised', type: 'boolean', help: 'help.option.anonymised' },
    { name: 'k', type: 'string', value: 'N', help: 'help.option.k' },
    { name: 'key-file', type: 'string', value: 'FILE', help: 'help.option.key-file' },
    ...archiveTail,
  ],
  duplicates: [
    { name: 'archive', type: 'string', value: 'ARCHIVE.json', help: 'help.option.archive.duplicates' },
    { name: 'min-score', type: 'string', value: '0..1', help: 'help.option.min-score' },
    { name: 'format', type: 'string', value: 'text|csv', short: 'f', help: 'help.option.format.duplicates' },
    { name: 'out', type: 'string', value: 'FILE', short: 'o', help: 'help.option.out' },
    ...archiveTail,
  ],
  funnel: [
    { name: 'archive', type: 'string', value: 'ARCHIVE.json', help: 'help.option.archive.funnel' },
    { name: 'policy', type: 'string', value: 'FUNNEL.json', short: 'p', help: 'help.option.policy.funnel' },
    { name: 'format', type: 'string', value: 'text|json', short: 'f', help: 'help.option.format.funnel' },
    { name: 'out', type: 'string', value: 'FILE', short: 'o', help: 'help.option.out' },
    ...archiveTail,
  ],
  review: [
    { name: 'to', type: 'string', value: 'reviewed|confirmed', help: 'help.option.to' },
    { name: 'by', type: 'string', value: 'NAME', help: 'help.option.by.review' },
    { name: 'note', type: 'string', value: 'TEXT', help: 'help.option.note' },
    { name: 'at', type: 'string', value: 'ISO-TIME', help: 'help.option.at' },
    ...archiveTail,
  ],
};

/**
 * The `node:util` `parseArgs` options of a command, from the same table its `--help` is written
 * from, so that no option goes undocumented.
 *
 * @example
 * parseArgs({ args, options: argsConfig('import'), allowPositionals: true })
 */
export function argsConfig(command: Command): Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> {
  return Object.fromEntries(
    specs[command].map((s) => [s.name, { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) }]),
  );
}

/** Options shared by every command, validated. */
export interface CommonOptions {
  /** The transactions file; without it, the book is read from `databaseUrl`. */
  transactions: string | undefined;
  asOf: string;
  windowDays: number;
  customers: string | undefined;
  out: string | undefined;
  encoding: CsvEncoding;
  /** How day/month-first dates are read (`--date-order`). */
  dateOrder: DateOrder | undefined;
  /** `--map column=field` options, as given. */
  map: string[];
  /** A saved column mapping (`dossier import --save-mapping`). */
  mapping: string | undefined;
  /** PostgreSQL to read the book from (`--database-url`, else `DATABASE_URL`). */
  databaseUrl: string | undefined;
  /** Its SQL schema (`--database-schema`, default `dossier`). */
  databaseSchema: string | undefined;
  locale: Locale;
  quiet: boolean;
}

export interface GradeOptions extends CommonOptions {
  command: 'grade';
  method: GradeMethod | undefined;
  policy: string | undefined;
  /** Manual grades with reasons (`--overrides FILE.csv`). */
  overrides: string | undefined;
  format: 'csv' | 'json';
}

export interface AnalyzeOptions extends CommonOptions {
  command: 'analyze';
  by: string[] | undefined;
  /** Annual plan targets, expenses and market sales (`--plan FILE.json`). */
  plan: string | undefined;
  /** Shared credit of customers for the sales-force analysis (`--credit-splits FILE.json`). */
  creditSplits: string | undefined;
  format: 'text' | 'json';
}

/** What the command line asks for: a command with its options, or help. */
export type Invocation =
  | GradeOptions
  | AnalyzeOptions
  | { command: 'help'; topic: Command | undefined; locale: Locale };

/**
 * The locale of messages when `--locale` is not given: from the environment as POSIX sets
 * it (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; `zh_CN.UTF-8` → zh-CN).
 *
 * @example
 * environmentLocale({ LANG: 'zh_CN.UTF-8' }) // 'zh-CN'
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined);
}

/**
 * Parses and validates the arguments of `dossier` (without the program name). Throws a
 * `CliError` for an unknown command or option, a missing required option or a bad value.
 *
 * @example
 * parseInvocation(['grade', '--transactions', 'a.csv', '--as-of', '2025-04-01'], {})
 * // { command: 'grade', transactions: 'a.csv', asOf: '2025-04-01', windowDays: 365, … }
 */
export function parseInvocation(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Invocation {
  const localeFromArgs = peekLocale(argv);
  const fallbackLocale = invocationLocale(argv, env);
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0] && (commands as readonly string[]).includes(rest[0]) ? (rest[0] as Command) : undefined;
    return { command: 'help', topic, locale: fallbackLocale };
  }
  if (first !== 'grade' && first !== 'analyze') throw new CliError('unknown-command', { command: first });
  const command: BookCommand = first;

  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    const parsed = parseArgs({ args: [...rest], options: argsConfig(command), strict: true, allowPositionals: false });
    values = parsed.values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new CliError('usage', { detail: (error as Error).message.replace(/\.$/, ''), command });
  }
  if (values.help) return { command: 'help', topic: command, locale: fallbackLocale };

  const string = (name: string) => values[name] as string | undefined;
  const required = (name: string) => {
    const value = string(name);
    if (value === undefined || value === '') throw new CliError('missing-option', { option: `--${name}`, command });
    return value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = string(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new CliError('invalid-option', { option: `--${name}`, value, expected: allowed.join(' | ') });
    }
    return value as T;
  };

  const localeText = string('locale');
  if (localeText !== undefined && localeFromArgs === undefined) {
    throw new CliError('invalid-option', { option: '--locale', value: localeText, expected: 'en | zh-CN' });
  }
  const databaseUrl = string('database-url') ?? (env.DATABASE_URL || undefined);
  // A transactions file wins; without one the book is in PostgreSQL.
  const transactions = databaseUrl === undefined ? required('transactions') : string('transactions');
  if (transactions !== undefined && string('database-url') !== undefined) {
    throw new CliError('invalid-option', { option: '--database-url', value: redactedUrl(string('database-url')!), expected: 'either --transactions FILE or --database-url, not both' });
  }
  const asOf = required('as-of');
  if (dayNumber(asOf) === undefined) {
    throw new CliError('invalid-option', { option: '--as-of', value: asOf, expected: 'YYYY-MM-DD' });
  }
  const windowText = string('window-days') ?? '365';
  const windowDays = Number(windowText);
  if (!/^\d+$/.test(windowText) || !Number.isSafeInteger(windowDays) || windowDays <= 0) {
    throw new CliError('invalid-option', { option: '--window-days', value: windowText, expected: 'a whole number of days > 0' });
  }
  const base: CommonOptions = {
    transactions,
    asOf,
    windowDays,
    customers: string('customers'),
    out: string('out'),
    encoding: oneOf('encoding', csvEncodings, 'auto'),
    dateOrder: string('date-order') === undefined ? undefined : oneOf('date-order', dateOrders, 'dmy'),
    map: (values.map as string[] | undefined) ?? [],
    mapping: string('mapping'),
    databaseUrl: transactions === undefined ? databaseUrl : undefined,
    databaseSchema: string('database-schema'),
    locale: fallbackLocale,
    quiet: values.quiet === true,
  };
  if (command === 'grade') {
    const method = string('method');
    if (method !== undefined) oneOf('method', gradeMethods, 'abc-share');
    return {
      ...base,
      command,
      method: method as GradeMethod | undefined,
      policy: string('policy'),
      overrides: string('overrides'),
      format: oneOf('format', ['csv', 'json'] as const, 'csv'),
    };
  }
  const by = string('by');
  return {
    ...base,
    command,
    by: by === undefined ? undefined : by.split(',').map((s) => s.trim()).filter((s) => s !== ''),
    plan: string('plan'),
    creditSplits: string('credit-splits'),
    format: oneOf('format', ['text', 'json'] as const, 'text'),
  };
}

/**
 * The locale a command line asks for: `--locale` when it names a supported one, else the
 * environment's. Read before anything else, so that even a usage error speaks the right language.
 *
 * @example
 * invocationLocale(['grade', '--locale', 'zh-CN'], {}) // 'zh-CN'
 */
export function invocationLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  return peekLocale(argv) ?? environmentLocale(env);
}

/** `--locale` read ahead of everything else, so that even a usage error speaks the right language. */
function peekLocale(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice(9) : undefined;
    if (value === undefined) continue;
    const lower = value.toLowerCase();
    if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
    if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN';
    return undefined;
  }
  return undefined;
}

/**
 * The help text of the command, or of one subcommand with every option it takes.
 *
 * @example
 * helpText('grade', 'en') // 'dossier grade: one row per customer …'
 */
export function helpText(topic: Command | undefined, locale: Locale): string {
  const t = (key: MessageKey) => translate(messages, locale, key);
  if (topic === undefined) return `${t('help.main')}\n`;
  const rows = specs[topic].map((s) => {
    const flag = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.value}` : ''}`;
    return [flag, t(s.help)] as const;
  });
  const width = Math.min(44, Math.max(...rows.map(([flag]) => flag.length)) + 2);
  const lines = rows.map(([flag, text]) => `  ${flag.padEnd(width)}${flag.length >= width ? `\n  ${''.padEnd(width)}` : ''}${text}`);
  const input = topic === 'grade' || topic === 'analyze' ? `\n${t('help.input')}\n` : '';
  return `${t(`help.${topic}`)}\n\n${t('help.options')}\n${lines.join('\n')}\n${input}`;
}
