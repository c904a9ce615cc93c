import { readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { StateFileError } from './state-file-error.ts';

const openHere = new Set<string>();

/**
 * Takes `<file>.lock` (holding our pid) so that two simulators never append to one journal, which
 * would interleave their transactions. A lock left by a process that no longer runs (kill -9) is
 * taken over. Returns the release function.
 */
export async function lockStateFile(file: string): Promise<() => Promise<void>> {
  const abs = resolve(file);
  if (openHere.has(abs)) throw new StateFileError(`${file} is already open in this process: close it first`);
  const lock = `${abs}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
      const owner = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
      if (owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new StateFileError(
          `${file} is in use by process ${owner} (lock file ${lock}): two simulators must not share a ` +
            'state file. Stop the other one, or delete the lock file if that process is not a simulator.',
        );
      }
      await rm(lock, { force: true });
    }
  }
  openHere.add(abs);
  return async () => {
    openHere.delete(abs);
    await rm(lock, { force: true });
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
