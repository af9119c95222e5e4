/**
 * A real logger (common/logger.ts, pino) whose lines a test reads back as objects, as they are
 * written: the same serializers and redaction a program's log has.
 */
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../common/logger.js';

export type LogLine = { level: number; msg: string } & Record<string, unknown>;

export function captureLogs(name: string, level = 'info'): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: createLogger(name, { level, destination }), lines };
}
