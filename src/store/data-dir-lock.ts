// The embedded database is one process's: two processes writing the same data
// directory would corrupt it. A lock file holding the owner's pid keeps the second
// one out with a clear message; a lock left by a dead process is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type DataDirLock = { release(): void };

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly ownerPid: number) {
    super(
      `the embedded database in ${dataDir} is in use by another Duly process (pid ${ownerPid}); ` +
        'stop it first, or point DATABASE_URL at a PostgreSQL server to run several processes',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data directory for this process, or throws DataDirLockedError. */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, 'duly.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const ownerPid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(ownerPid) && ownerPid > 0 && ownerPid !== process.pid && isAlive(ownerPid)) {
        throw new DataDirLockedError(dataDir, ownerPid);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock ${path}`);
}
