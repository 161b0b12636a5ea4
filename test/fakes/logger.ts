// Logger and console: keep what the add-on logged so tests can assert on it (and check it holds no personal data).
import { format } from 'node:util';
import { metered, Env } from './env';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

export function createLogging(env: Env, entries: LogEntry[], echo: boolean) {
  const push = (level: LogEntry['level'], args: unknown[]): void => {
    const message = format(...args);
    entries.push({ level, message });
    if (echo) process.stdout.write(`[${level}] ${message}\n`);
  };
  const logger = {
    log: (...args: unknown[]) => {
      push('log', args);
      return logger;
    },
    getLog: () => entries.map((e) => e.message).join('\n'),
    clear: () => {
      entries.length = 0;
    },
  };
  const timers = new Map<string, number>();
  const consoleFake = {
    log: (...args: unknown[]) => push('log', args),
    info: (...args: unknown[]) => push('info', args),
    warn: (...args: unknown[]) => push('warn', args),
    error: (...args: unknown[]) => push('error', args),
    debug: (...args: unknown[]) => push('debug', args),
    time: (label = 'default') => void timers.set(label, env.clock.ms()),
    timeEnd: (label = 'default') => push('info', [`${label}: ${env.clock.ms() - (timers.get(label) ?? env.clock.ms())}ms`]),
  };
  return { Logger: metered(env, 'Logger', logger), console: metered(env, 'console', consoleFake) };
}
