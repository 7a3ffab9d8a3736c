import pino, { type Logger } from 'pino';

/** The root logger. Components log through `child({ component })`; never log personal data. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ['*.callerNumber', '*.phone', '*.password', '*.cookie', 'req.headers.cookie'],
      censor: '[redacted]',
    },
  });
}
export type { Logger };
