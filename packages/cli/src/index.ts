// @dossier/cli as a library: the command (`run`) and the CSV reading it is built on, for
// back-office scripts that want the same parsing and error reporting.
export { run } from './run.js';
export { processIo, type CliIo } from './io.js';
export { CliError, exitCodes, type CliErrorCode } from './errors.js';
export { messages as cliMessages, type MessageKey as CliMessageKey } from './messages.js';
export {
  commands,
  gradeMethods,
  parseInvocation,
  helpText,
  environmentLocale,
  type Command,
  type GradeMethod,
  type Invocation,
  type GradeOptions as GradeCommandOptions,
  type AnalyzeOptions as AnalyzeCommandOptions,
} from './options.js';
export {
  readTransactionsCsv,
  readTransactionsFile,
  readTransactionsXlsx,
  requiredTransactionColumns,
  optionalTransactionColumns,
  type ReadTransactionsOptions,
} from './csv/read-transactions.js';
export { readCustomersCsv, type CustomerTable, type ReadCustomersOptions } from './csv/read-customers.js';
export { streamCsv, openCsvFile, csvEncodings, type CsvEncoding, type CsvRowHandler, type StreamCsvOptions } from './csv/stream-csv.js';
export { canonicalColumn, columnOverrides, locateColumns, type ColumnOverrides } from './csv/columns.js';
export { DateReader, readNumber } from './csv/values.js';
export { abcColumns, rfmColumns } from './commands/grade.js';
export { fileSink, streamSink, type TextSink } from './output/text-sink.js';
export { csvField, formatNumber } from './output/format.js';
export { createProgress, type Progress, type ProgressOptions, type ProgressStream } from './progress.js';
