import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export interface LoggerSettings {
  /** pino level: fatal, error, warn, info, debug, trace, silent. */
  level?: string;
  /** Write to this destination instead of stdout (tests pass a stream). */
  destination?: NodeJS.WritableStream;
}

// Credentials must never reach a log line, whatever object a component logs.
const REDACT_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'credentials',
  '*.credentials',
  'passwordHash',
  '*.passwordHash',
];

/** The root logger of a process; components take a child with `component` set. */
export function createLogger(name: string, settings: LoggerSettings = {}): Logger {
  const options: LoggerOptions = {
    name,
    level: settings.level ?? process.env.WX_LOG_LEVEL ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    // Our errors already say what caused them ("store write failed: disk full"); pino's default err
    // serializer appended the cause's message again. This one keeps the message and nests the cause.
    serializers: { err: pino.stdSerializers.errWithCause },
    base: { pid: process.pid },
  };
  return settings.destination ? pino(options, settings.destination) : pino(options);
}

export function componentLogger(parent: Logger, component: string): Logger {
  return parent.child({ component });
}

/** A logger that discards everything, for tests and library defaults. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
