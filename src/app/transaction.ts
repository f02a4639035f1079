// A use case that changes several rows does it all or not at all. Work returns a
// Result; a failure rolls the transaction back and comes out as the same failure.
import type { Db } from '../store/database';
import { FailureError, type Result } from './errors';

/** Runs work in one transaction (a savepoint when already inside one). */
export async function inTransaction<T>(db: Db, work: (tx: Db) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx as unknown as Db);
      if (!result.ok) throw new FailureError(result);
      return result;
    });
  } catch (error) {
    if (error instanceof FailureError) return error.failure;
    throw error;
  }
}
