#!/usr/bin/env node
// The `dossier` executable: runs the command on the process's arguments and streams.
import { processIo } from './io.js';
import { run } from './run.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';

const [command, ...rest] = process.argv.slice(2);
process.exitCode =
  command === 'import' ? await importCommand(rest, processIo()) : command === 'export' ? await exportCommand(rest, processIo()) : await run(process.argv.slice(2), processIo());
