#!/usr/bin/env node
// The `dossier` executable: runs the command on the process's arguments and streams.
import { processIo } from './io.js';
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), processIo());
