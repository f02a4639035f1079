// `duly`: the command line of Duly. Exit codes: 0 ok, 1 invalid input, 2 other failure.
import { Command, CommanderError } from 'commander';
import { registerBacktestCommand } from './commands/backtest';
import { registerDemoCommand } from './commands/demo';
import { registerForecastCommand } from './commands/forecast';
import { registerImportCommand } from './commands/import';
import { registerMigrateCommand } from './commands/migrate';
import { registerOrgCommands } from './commands/org';
import { registerPreviewCommand } from './commands/preview';
import { registerProcedureCommands } from './commands/procedure';
import { registerRunCommand } from './commands/run';
import { registerSendCommand } from './commands/send';
import { registerServeCommand } from './commands/serve';
import { registerToneCommands } from './commands/tone';
import { registerUserCommands } from './commands/user';
import { exitCodes } from './output';

const program = new Command('duly')
  .description('Duly: get B2B invoices paid on time without losing the customer')
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerMigrateCommand(program);
registerImportCommand(program);
registerDemoCommand(program);
registerOrgCommands(program);
registerUserCommands(program);
registerRunCommand(program);
registerSendCommand(program);
registerPreviewCommand(program);
registerForecastCommand(program);
registerBacktestCommand(program);
registerProcedureCommands(program);
registerToneCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; a wrong command line is invalid input.
    process.exitCode = error.exitCode === 0 ? exitCodes.ok : exitCodes.invalidInput;
  } else {
    process.stderr.write(`error: ${(error as Error).stack ?? error}\n`);
    process.exitCode = exitCodes.failure;
  }
}
