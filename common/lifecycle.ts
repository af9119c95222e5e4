import type { Logger } from 'pino';
import { describeError } from './errors.js';

/**
 * Set by a launcher (`npm start`, tests) in its children's environment: the launcher owns Ctrl-C and
 * stops its children in order (agents, gateway, cloud) with SIGTERM, so a supervised process ignores
 * the terminal's SIGINT, and stops by itself if its launcher disappears.
 */
export const SUPERVISED_ENV = 'WX_SUPERVISED';

/**
 * Runs `stop` once on SIGINT/SIGTERM, then exits. A second signal exits at once. Errors that escape
 * every handler are logged and, for the process's own safety, end it (systemd restarts it); the
 * durable outboxes make such a restart lose nothing.
 */
export function installShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal, exiting now');
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'error while shutting down');
        process.exit(1);
      });
  };
  if (process.env[SUPERVISED_ENV] === '1') {
    process.on('SIGINT', () => logger.debug('SIGINT left to the launcher'));
    const launcher = process.ppid;
    setInterval(() => {
      if (process.ppid !== launcher && !stopping) onSignal('SIGHUP');
    }, 1000).unref();
  } else {
    process.on('SIGINT', onSignal);
  }
  process.on('SIGTERM', onSignal);
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    process.exit(70);
  });
  process.on('unhandledRejection', (err) => {
    logger.fatal({ err: describeError(err) }, 'unhandled rejection');
    process.exit(70);
  });
}
