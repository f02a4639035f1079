// What every route module is given: the database and the clock, read once at start.
import type { Db } from '../store/database';

export type ServerContext = {
  db: Db;
  /** Now; routes derive the organization's calendar day from it. */
  clock: () => Date;
  /** Marks the session cookie Secure (behind HTTPS). */
  secureCookies: boolean;
};
