import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The checkout's top folder (the one with package.json), found from this file's place — src/lib/ when run from
 * source, dist/src/lib/ when compiled — so data files, fixtures and migrations resolve the same way from both.
 */
function findProjectRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json')) && existsSync(path.join(folder, 'prisma'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`No project folder (package.json and prisma/) above ${start}`);
  }
}

export const projectRoot = findProjectRoot(import.meta.dirname);
