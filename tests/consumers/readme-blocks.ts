// Every TypeScript block of the READMEs, so that the consumer tests compile each one as a module
// of an app. Comment lines right above a block's fence may say:
//   <!-- not-compiled: why -->        the block is deliberately partial: left out (keep it rare)
//   <!-- context: declare const customer: Customer; -->
//                                     declares what the block takes from the reader (their
//                                     data, their key): a line put before the block when it is
//                                     compiled. Declarations and type imports only, never code
//                                     that runs, so the block itself shows every call it makes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReadmeBlock {
  /** Where it is: `packages/core/README.md:42`. */
  where: string;
  /** A file name for it: `packages-core-README-42.ts`. */
  file: string;
  code: string;
}

export const readmes = ['README.md', 'packages/core/README.md', 'packages/storage-adapters/README.md', 'packages/components/README.md', 'packages/cli/README.md'];

/** The ts/tsx blocks of one README, with the partial ones counted apart. */
export function readmeBlocks(workspace: string, readme: string): { blocks: ReadmeBlock[]; skipped: string[] } {
  const lines = readFileSync(join(workspace, readme), 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  const skipped: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(ts|tsx|typescript)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    let previous = i - 1;
    while (previous >= 0 && lines[previous]!.trim() === '') previous--;
    const comments: string[] = [];
    for (; previous >= 0 && /^<!--.*-->\s*$/.test(lines[previous]!); previous--) comments.unshift(lines[previous]!);
    const where = `${readme}:${i + 1}`;
    const context = comments.map((line) => /^<!--\s*context:(.*)-->\s*$/.exec(line)?.[1]?.trim()).filter((line): line is string => Boolean(line));
    if (comments.some((line) => /<!--\s*not-compiled:/.test(line))) skipped.push(where);
    else {
      const ext = fence[1] === 'tsx' ? 'tsx' : 'ts';
      // The context goes on the block's first line, so that error lines stay the block's own.
      const code = [`${context.join(' ')}${lines[start] ?? ''}`, ...lines.slice(start + 1, end)].join('\n');
      blocks.push({ where, file: `${readme.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '-')}-${i + 1}.${ext}`, code });
    }
    i = end;
  }
  return { blocks, skipped };
}
