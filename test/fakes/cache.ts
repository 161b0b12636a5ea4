// CacheService: entries expire on the injected clock (default 600 s, at most 6 hours), 100 KB per value.
import { Env, fail, metered } from './env';

export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_CACHE_KEY_LENGTH = 250;
const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 21600;

export class FakeCache {
  private readonly entries = new Map<string, { value: string; expires: number }>();

  constructor(private readonly env: Env) {
    return metered(env, 'Cache', this);
  }

  get(key: string): string | null {
    const e = this.entries.get(String(key));
    if (!e) return null;
    if (this.env.clock.ms() >= e.expires) {
      this.entries.delete(String(key));
      return null;
    }
    return e.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_TTL_S): void {
    const k = String(key);
    const v = String(value);
    if (k.length > MAX_CACHE_KEY_LENGTH) fail(this.env, 'Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > MAX_CACHE_VALUE_BYTES) fail(this.env, 'Argument too large: value');
    const ttl = Math.min(Math.max(1, expirationInSeconds), MAX_TTL_S);
    this.entries.set(k, { value: v, expires: this.env.clock.ms() + ttl * 1000 });
  }
  putAll(values: Record<string, string>, expirationInSeconds = DEFAULT_TTL_S): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.entries.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.remove(k);
  }
}

export function createCacheService(env: Env, user: () => string, documentId: () => string | null) {
  const caches = new Map<string, FakeCache>();
  const cache = (key: string): FakeCache => {
    let c = caches.get(key);
    if (!c) caches.set(key, (c = new FakeCache(env)));
    return c;
  };
  return metered(env, 'CacheService', {
    getScriptCache: () => cache('script'),
    getUserCache: () => cache(`user:${user()}`),
    getDocumentCache: () => {
      const id = documentId();
      return id === null ? null : cache(`document:${id}`);
    },
  });
}
