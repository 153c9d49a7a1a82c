/** Running a part of the service as a process: start, then stop cleanly on SIGTERM or SIGINT. */
import pino from 'pino';
import { readConfig } from './config.mjs';

/** Runs `start` until SIGTERM or SIGINT, then closes what it started; a failure to start exits 1. */
export async function runUntilSignal(name, start, logger) {
  let running;
  try {
    running = await start();
  } catch (error) {
    logger.fatal({ err: error, code: error.code }, `${name} cannot start: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  const stop = async (signal) => {
    logger.info({ signal }, `${name} stopping`);
    try {
      for (const part of [running].flat()) await part.close();
    } catch (error) {
      logger.error({ err: error }, `${name} did not stop cleanly`);
      process.exitCode = 1;
    }
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** The main of service.mjs and worker.mjs: settings from the environment (exit 2 when unusable), JSON logs, then `start(config, logger)` until a signal. */
export async function runMain(name, start) {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  let config;
  try {
    config = readConfig();
  } catch (error) {
    logger.fatal(error.message);
    process.exit(2);
  }
  await runUntilSignal(name, () => start(config, logger), logger);
}
