// PropertiesService with Apps Script's limits: 9 KB per value, 500 KB per store.
import { Env, fail, list, metered } from './env';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class FakeProperties {
  private readonly map = new Map<string, string>();

  constructor(private readonly env: Env) {
    return metered(env, 'Properties', this);
  }

  getProperty(key: string): string | null {
    return this.map.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
  getKeys(): string[] {
    return list(this.env, [...this.map.keys()]);
  }
  setProperty(key: string, value: string): this {
    return this.apply(new Map([[String(key), String(value)]]), false);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const entries = new Map(Object.entries(properties).map(([k, v]) => [k, String(v)]));
    return this.apply(entries, deleteAllOthers);
  }
  deleteProperty(key: string): this {
    this.map.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.map.clear();
    return this;
  }

  /** Bytes used (keys plus values), the figure the 500 KB quota applies to. */
  _bytes(): number {
    let n = 0;
    for (const [k, v] of this.map) n += bytes(k) + bytes(v);
    return n;
  }
  _snapshot(): Record<string, string> {
    return Object.fromEntries(this.map);
  }

  /** All-or-nothing, like the service: nothing is written when a limit is hit. */
  private apply(entries: Map<string, string>, replace: boolean): this {
    for (const v of entries.values()) if (bytes(v) > MAX_VALUE_BYTES) fail(this.env, 'Argument too large: value');
    const next = new Map(replace ? [] : this.map);
    for (const [k, v] of entries) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) {
      fail(this.env, 'You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
    return this;
  }
}

/** Stores: one script store, one per user, one per document. */
export class PropertyStores {
  readonly script: FakeProperties;
  private readonly users = new Map<string, FakeProperties>();
  private readonly documents = new Map<string, FakeProperties>();

  constructor(private readonly env: Env) {
    this.script = new FakeProperties(env);
  }
  user(email: string): FakeProperties {
    let p = this.users.get(email);
    if (!p) this.users.set(email, (p = new FakeProperties(this.env)));
    return p;
  }
  document(id: string): FakeProperties {
    let p = this.documents.get(id);
    if (!p) this.documents.set(id, (p = new FakeProperties(this.env)));
    return p;
  }
}

/** getDocumentProperties() is null outside a document, as in a standalone script. */
export function createPropertiesService(env: Env, stores: PropertyStores, user: () => string, documentId: () => string | null) {
  return metered(env, 'PropertiesService', {
    getScriptProperties: () => stores.script,
    getUserProperties: () => stores.user(user()),
    getDocumentProperties: () => {
      const id = documentId();
      return id === null ? null : stores.document(id);
    },
  });
}
