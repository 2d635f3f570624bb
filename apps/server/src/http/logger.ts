/**
 * Structured JSON logs, one object per line. By design they carry no personal data: no IP
 * addresses, user agents, e-mail addresses, names, query strings or request bodies. Requests are
 * logged by route pattern (`/invite/:token`), never by the concrete path, so tokens and slugs of
 * public channels do not end up in logs.
 *
 * Each line's `time` is now, to the millisecond, unless `fields` set their own: lines about the
 * public grievance channel do, with a time cut to the hour (see public-channel-log.ts), so that
 * no line matches a reporter's line in a proxy's access log.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export type Logger = {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
};

const ORDER: Record<LogLevel | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** A logger writing JSON lines to `write` (stdout by default) at or above `level`. */
export function createLogger(
  level: LogLevel | 'silent',
  write: (line: string) => void = (l) => process.stdout.write(l),
): Logger {
  const emit = (at: LogLevel, msg: string, fields?: LogFields) => {
    if (ORDER[at] < ORDER[level]) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields })}\n`);
  };
  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
  };
}
