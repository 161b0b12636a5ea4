// Dense integer ids for NIK/KK numbers, in a typed-array hash table instead of a Map of half a million strings.
//
// A Map of half a million fresh strings costs about a microsecond an entry (hashing each string, rehashing as it grows).
// Here a 16-digit number is hashed and compared as its two 8-digit halves, and a slot is one int: the id and a few bits
// of the hash, so that a probe rarely reads an entry that is not the one sought. Memory is kept small on purpose: large
// typed arrays count as external memory, and past a few tens of megabytes V8 answers with a full collection of the
// whole heap (the registers' rows included), which costs more than everything done here.

/** The smallest power of two that is at least n (and at least 16). */
function pow2(n: number): number {
  let c = 16;
  while (c < n) c *= 2;
  return c;
}

/** Mixes a 32-bit hash so that nearby numbers spread over the table. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const hashOf = (hi: number, lo: number): number => mix(Math.imul(hi, 0x9e3779b1) ^ lo);

/** The two 8-digit halves of the last id `readHalves` accepted. */
export const halves = new Int32Array(2);

/** Whether `s` is 16 ASCII digits; if so its halves are left in `halves`. */
export function readHalves(s: string): boolean {
  if (s.length !== 16) return false;
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 8; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    hi = hi * 10 + d;
  }
  for (let i = 8; i < 16; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    lo = lo * 10 + d;
  }
  halves[0] = hi;
  halves[1] = lo;
  return true;
}

/**
 * Ids of strings, nearly all of them 16 digits (NIK, KK): 0, 1, 2 ... in order of first sight, with `keys[id]` the string.
 * Equal strings get one id, as Map keys do: 16 ASCII digits are equal exactly when their halves are, and any other
 * string goes to a Map.
 */
export class IdIndex {
  /** Each id's string. */
  readonly keys: string[] = [];
  /** Per slot: (hash bits << idBits) | (id + 1); 0 = empty. */
  private slots: Int32Array;
  private idBits: number;
  /** Per id of a 16-digit string: its two halves. */
  private parts: Int32Array;
  private other?: Map<string, number>;
  private touched = 0;

  /** `expected`: about how many distinct strings may come (the table grows past that, at a cost). */
  constructor(expected: number) {
    this.slots = new Int32Array(pow2(expected * 2));
    this.idBits = Math.log2(this.slots.length);
    this.parts = new Int32Array(pow2(expected) * 2);
  }

  /** The id of any string, given a new one when unseen. */
  add(s: string): number {
    return readHalves(s) ? this.addHalves(s, halves[0], halves[1]) : this.addText(s);
  }

  /**
   * Reads the slot where the string with these halves starts its probe. Touching a batch of slots first lets their cache
   * misses overlap, which a loop of look-ups one after the other cannot: on half a million keys the misses are most of
   * the time spent. The read goes into a field so that it is not optimised away.
   */
  touch(hi: number, lo: number): void {
    this.touched ^= this.slots[hashOf(hi, lo) & (this.slots.length - 1)];
  }

  /** The id of a 16-digit string whose halves are known (see `readHalves`). */
  addHalves(s: string, hi: number, lo: number): number {
    const h = hashOf(hi, lo);
    const slots = this.slots;
    const bits = this.idBits;
    const mask = slots.length - 1;
    const tag = (h >>> bits) & ((1 << (31 - bits)) - 1);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = slots[slot];
      if (v === 0) {
        const id = this.keys.length;
        // Past half full, probing slows down (and id + 1 must fit its bits): double, reinsert, and try again.
        if ((id + 1) * 2 > slots.length) {
          this.rehash();
          return this.addHalves(s, hi, lo);
        }
        if (id * 2 >= this.parts.length) {
          const more = new Int32Array(this.parts.length * 2);
          more.set(this.parts);
          this.parts = more;
        }
        this.keys.push(s);
        this.parts[id * 2] = hi;
        this.parts[id * 2 + 1] = lo;
        slots[slot] = (tag << bits) | (id + 1);
        return id;
      }
      if (v >>> bits === tag) {
        const id = (v & mask) - 1;
        if (this.parts[id * 2] === hi && this.parts[id * 2 + 1] === lo) return id;
      }
    }
  }

  /** The id of a string that is not 16 ASCII digits. */
  addText(s: string): number {
    const other = (this.other ??= new Map());
    let id = other.get(s);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(s);
      other.set(s, id);
    }
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const oldMask = old.length - 1;
    const slots = new Int32Array(old.length * 2);
    const bits = Math.log2(slots.length);
    const mask = slots.length - 1;
    for (let at = 0; at < old.length; at++) {
      if (old[at] === 0) continue;
      const id = (old[at] & oldMask) - 1;
      const h = hashOf(this.parts[id * 2], this.parts[id * 2 + 1]);
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = (((h >>> bits) & ((1 << (31 - bits)) - 1)) << bits) | (id + 1);
    }
    this.slots = slots;
    this.idBits = bits;
  }
}
