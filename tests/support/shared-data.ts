import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The sample exports in shared/data/imports, beside the repository (as CI
 * checks it out: ../shared). A git worktree lives elsewhere, so its main
 * checkout's neighbour is tried too (.git is then a file naming
 * <main>/.git/worktrees/<name>). Missing samples throw: the tests that need
 * them must fail, never pass by skipping.
 */
export function sharedImportsDir(root = process.cwd()): string {
  const candidates = [path.resolve(root, '../shared/data/imports')];
  const dotGit = path.join(root, '.git');
  if (existsSync(dotGit) && statSync(dotGit).isFile()) {
    const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
    if (gitdir) candidates.push(path.resolve(root, gitdir, '../../../../shared/data/imports'));
  }
  const found = candidates.find((dir) => existsSync(path.join(dir, 'expected-weekly.json')));
  if (!found) throw new Error(`The sample exports are missing: looked in ${candidates.join(' and ')}. Check out shared/ beside the repository.`);
  return found;
}

export const readSample = (name: string) => readFileSync(path.join(sharedImportsDir(), name), 'utf8');
