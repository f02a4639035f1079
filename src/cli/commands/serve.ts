import type { Command } from 'commander';
import { needsSetup } from '../../app/setup';
import { buildServer } from '../../http/server';
import { findOrganizationBySlug } from '../../store/organizations';
import { startScheduler, type Scheduler } from '../../worker/scheduler';
import { startSenderLoop, type SenderLoop } from '../../worker/sender-loop';
import { loadConfig } from '../command-context';
import { describeDatabase, openConfiguredDatabase } from '../open-database';
import { exitCodes } from '../output';
import { ensureWebBuild } from '../web-build';
import { createDemo, demoSlug } from './demo';

export function registerServeCommand(program: Command): void {
  program
    .command('serve', { isDefault: true })
    .description('serve the web app and the API (the default command)')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--demo', 'create the demo organization first, unless it exists')
    .option('--no-scheduler', 'do not run the daily follow-up (another process runs it)')
    .option('--no-sender', 'do not send from the outbox (another process sends)')
    .action(async (options) => {
      const config = loadConfig();
      const port = options.port ? Number(options.port) : config.port;
      const log = (message: string) => process.stdout.write(`${message}\n`);
      const database = await openConfiguredDatabase(config).catch((error: Error) => {
        process.stderr.write(`error: ${error.message}\n`);
        process.exit(exitCodes.failure);
      });
      log(`Duly: ${describeDatabase(config)}`);
      if (options.demo && !(await findOrganizationBySlug(database.db, demoSlug))) {
        await createDemo(database.db, { json: false });
      }
      const webRoot = await ensureWebBuild(log);
      const app = await buildServer({
        database,
        webRoot,
        secureCookies: config.secureCookies,
        logger: { level: config.logLevel },
      });
      let scheduler: Scheduler | undefined;
      let sender: SenderLoop | undefined;
      const shutdown = async (signal: string) => {
        log(`${signal}: stopping`);
        await sender?.stop();
        await scheduler?.stop();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      await app.listen({ port, host: config.host });
      const url = `http://${config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
      log(`Duly is serving ${url}`);
      if (options.scheduler) {
        scheduler = await startScheduler(database, { log });
        log('the daily follow-up runs at 06:00 (Europe/Warsaw), and now for any organization still missing today\'s run');
      }
      if (options.sender) {
        sender = startSenderLoop(database.db, { channels: { defaultSmtpUrl: config.smtpUrl }, log });
        log(config.smtpUrl ? 'e-mail goes out through DULY_SMTP_URL (or an organization\'s own server)' : 'e-mail without an SMTP server of its own goes to the mail catcher (Mail in the web app)');
      }
      if (await needsSetup(database.db)) {
        log(
          `No user exists yet. Open ${url}/setup to create the first organization and its admin,\n` +
            'or stop Duly and run `npx duly org add --slug acme --name "Acme sp. z o.o." --country PL --currency PLN`\n' +
            'then `npx duly user add --email you@example.com --name "Your Name" --role admin`,\n' +
            'or try it with demo data: `npm start -- --demo`.',
        );
      }
    });
}
