// Configuration is read from the environment once, here, and passed down as options.
import { resolve } from 'node:path';
import { isSmtpUrl } from '../http/contract';

export type Config = {
  /** A PostgreSQL server URL; when absent Duly runs on the embedded database. */
  databaseUrl: string | null;
  /** Where the embedded database and other local state live. */
  dataDir: string;
  port: number;
  host: string;
  /** Mark session cookies Secure: on when Duly is served over HTTPS. */
  secureCookies: boolean;
  logLevel: string;
  /** The SMTP server for organizations without their own; none: e-mail goes to the local mail catcher. */
  smtpUrl: string | null;
};

export type ConfigProblem = { variable: string; message: string };

/** Reads and checks the environment; every problem names its variable. */
export function readConfig(env: NodeJS.ProcessEnv): { config: Config } | { problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push({ variable: 'DATABASE_URL', message: 'must start with postgres:// or postgresql://' });
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push({ variable: 'PORT', message: `must be a port number, got "${env.PORT}"` });
  }
  const secure = (env.DULY_SECURE_COOKIES ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0'].includes(secure)) {
    problems.push({ variable: 'DULY_SECURE_COOKIES', message: 'must be true or false' });
  }
  const smtpUrl = env.DULY_SMTP_URL?.trim() || null;
  if (smtpUrl && !isSmtpUrl(smtpUrl)) {
    problems.push({ variable: 'DULY_SMTP_URL', message: 'must look like smtp://user:password@host:587 or smtps://user:password@host:465' });
  }
  if (problems.length > 0) return { problems };
  return {
    config: {
      databaseUrl,
      dataDir: resolve(env.DULY_DATA_DIR ?? 'data'),
      port,
      host: env.HOST ?? '127.0.0.1',
      secureCookies: secure === 'true' || secure === '1',
      logLevel: env.LOG_LEVEL ?? 'info',
      smtpUrl,
    },
  };
}
