// LockService: a test can mark a lock as held by "another process", optionally until a fake-clock time.
import { Env, fail, metered } from './env';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

interface LockState {
  /** null: free; 'self': held by this execution; 'other': held elsewhere until `until` (fake clock ms). */
  holder: null | 'self' | 'other';
  until?: number;
}

export class LockTable {
  private readonly states = new Map<string, LockState>();

  constructor(private readonly env: Env) {}

  state(key: string): LockState {
    let s = this.states.get(key);
    if (!s) this.states.set(key, (s = { holder: null }));
    if (s.holder === 'other' && s.until !== undefined && this.env.clock.ms() >= s.until) {
      s.holder = null;
      s.until = undefined;
    }
    return s;
  }
  /** Simulate another execution holding the lock (forever, or for `forMs` of fake time). */
  holdByOther(key: string, forMs?: number): void {
    const s = this.state(key);
    s.holder = 'other';
    s.until = forMs === undefined ? undefined : this.env.clock.ms() + forMs;
  }
  free(key: string): void {
    this.states.set(key, { holder: null });
  }
}

export class FakeLock {
  private held = false;

  constructor(
    private readonly env: Env,
    private readonly table: LockTable,
    private readonly key: string,
  ) {
    return metered(env, 'Lock', this);
  }

  /** Waits (on the fake clock) while another process holds the lock, up to timeoutInMillis. */
  tryLock(timeoutInMillis: number): boolean {
    const s = this.table.state(this.key);
    if (s.holder === 'other') {
      const wait = s.until === undefined ? timeoutInMillis : Math.min(timeoutInMillis, s.until - this.env.clock.ms());
      this.env.clock.advance(Math.max(0, wait));
      if (this.table.state(this.key).holder === 'other') return false;
    }
    this.table.state(this.key).holder = 'self';
    this.held = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) fail(this.env, LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    if (this.held) this.table.free(this.key);
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}

/** getDocumentLock() is null outside a document, as in a standalone script. */
export function createLockService(env: Env, table: LockTable, user: () => string, documentId: () => string | null) {
  return metered(env, 'LockService', {
    getScriptLock: () => new FakeLock(env, table, 'script'),
    getUserLock: () => new FakeLock(env, table, `user:${user()}`),
    getDocumentLock: () => {
      const id = documentId();
      return id === null ? null : new FakeLock(env, table, `document:${id}`);
    },
  });
}
