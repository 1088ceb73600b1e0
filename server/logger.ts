// The server's log: pino JSON lines on standard output (one per request: request id, method, path,
// status, duration), or readable lines with LOG_FORMAT=pretty. Whatever a line holds, the secrets
// given here (the app key) are replaced before it is written: the logger redacts, not each caller.
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export interface LineSink {
  write(line: string): unknown;
}

export function redactingSink(secrets: readonly string[], sink: LineSink): LineSink {
  const present = secrets.filter((s) => s !== '');
  if (present.length === 0) return sink;
  return { write: (line) => sink.write(present.reduce((text, secret) => text.replaceAll(secret, '[app key]'), line)) };
}

export function createLogger(options: { format: 'json' | 'pretty'; secrets: readonly string[]; sink?: LineSink }): Logger {
  const out =
    options.sink ??
    (options.format === 'pretty'
      ? pretty({ sync: true, colorize: process.stdout.isTTY, ignore: 'pid,hostname,method,path,status,ms', translateTime: 'SYS:HH:MM:ss.l' })
      : pino.destination({ dest: 1, sync: true }));
  return pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, redactingSink(options.secrets, out));
}
