// Join keys shared by the beneficiary cross checks: a person's NIK, a family's KK, each row's programme, built once per run.
//
// Half a million rows must go through every check in a fraction of a second, so keys are interned once per run into dense
// integer ids held in typed arrays (intern.ts: no Map of half a million strings), and rows sharing a key are chained
// (first/next), not collected into arrays: a check allocates only where it has something to report. Names are not kept
// here: a check compares names only among rows that already share a NIK or a birth date, and normalises just those.
import type { BeneficiaryRow, IdValue } from '../model/schemas';
import { isId16 } from '../ref/nik';
import { halves, IdIndex, readHalves } from './intern';
import type { CrossPlace, RegisterView } from './types';

export type Registers = readonly RegisterView<'beneficiary'>[];

/**
 * The join key of a NIK or KK: its 16 digits, or undefined when it cannot identify anyone. Excluded: malformed ids (other
 * rules flag them), untrusted numbers (a NIK typed as a number lost its last digit, so two people could share the
 * remaining digits), and placeholders typed when the number is unknown (all one digit, or date and serial all zeros:
 * "0000000000000000", "1275010000000000"), which would otherwise join every family that lacks a number.
 */
export function idKey(v: IdValue | undefined): string | undefined {
  if (!isId16(v) || !v.trusted) return undefined;
  const s = v.digits;
  let same = true;
  for (let i = 1; i < 16 && same; i++) same = s.charCodeAt(i) === s.charCodeAt(0);
  if (same) return undefined;
  for (let i = 6; i < 16; i++) if (s.charCodeAt(i) !== 48) return s;
  return undefined;
}

/** A person's join key: the row's trusted NIK. */
export const nikKey = (r: BeneficiaryRow): string | undefined => idKey(r.nik);
/** A family's join key: the row's trusted KK. */
export const kkKey = (r: BeneficiaryRow): string | undefined => idKey(r.no_kk);

/**
 * Rows that share a key, as chains: `first[g]` is group g's first row (an occurrence number), `next[o]` the row after o in
 * the same group (-1 at the end), in register and row order. `of[o]` is row o's group, -1 when it has no key.
 */
export interface Groups {
  readonly keys: readonly string[];
  readonly of: Int32Array;
  readonly first: Int32Array;
  readonly next: Int32Array;
  readonly size: Int32Array;
}

/** `People.birthDay` of a row without a usable birth date: below any day a real date has. */
export const NO_DAY = -2147483648;

/** A row's id cell in phase one of `People.scan`: no join key, or a key that is not 16 ASCII digits. */
const NO_KEY = -1;
const TEXT_KEY = -2;

/**
 * Reads row o's id cell: its first half into hi[o] (or NO_KEY / TEXT_KEY), its second into lo[o], its text into text[o].
 * 16 ASCII digits, nearly every cell, are tested as two integers; anything else goes through `idKey`.
 */
function readId(v: IdValue | undefined, o: number, hi: Int32Array, lo: Int32Array, text: (string | undefined)[]): void {
  hi[o] = NO_KEY;
  if (v === undefined || v.junk || !v.trusted || v.digits.length !== 16) return;
  const s = v.digits;
  if (!readHalves(s)) {
    if (idKey(v) !== undefined) {
      hi[o] = TEXT_KEY;
      text[o] = s;
    }
    return;
  }
  const h = halves[0];
  const l = halves[1];
  // Placeholders, as in idKey: date and serial all zeros, or one digit 16 times.
  if ((l === 0 && h % 100 === 0) || (l === h && h === Math.floor(h / 1e7) * 11111111)) return;
  hi[o] = h;
  lo[o] = l;
  text[o] = s;
}

/** Rows whose slots are touched ahead of their look-ups: enough misses in flight, few enough to stay in cache. */
const BATCH = 32;

/** Phase two of `People.scan`: replaces each row's first half in `of` by its group id (-1 = none); returns the keys by id. */
function intern(of: Int32Array, lo: Int32Array, text: readonly (string | undefined)[], expected: number): string[] {
  const ids = new IdIndex(expected);
  // Family members, and a person entered twice, are often listed one under the other: such a row needs no look-up.
  let lastHi = -1;
  let lastLo = -1;
  let lastId = -1;
  for (let from = 0; from < of.length; from += BATCH) {
    const to = Math.min(of.length, from + BATCH);
    for (let o = from; o < to; o++) if (of[o] >= 0) ids.touch(of[o], lo[o]);
    for (let o = from; o < to; o++) {
      const hi = of[o];
      if (hi >= 0) {
        if (hi !== lastHi || lo[o] !== lastLo) {
          lastHi = hi;
          lastLo = lo[o];
          lastId = ids.addHalves(text[o]!, hi, lastLo);
        }
        of[o] = lastId;
      } else if (hi === TEXT_KEY) of[o] = ids.addText(text[o]!);
    }
  }
  return ids.keys;
}

/** Chains the rows of each group (`of[o]`, -1 = none) in row order: built backwards, each row goes in front of the later ones. */
function chain(keys: readonly string[], of: Int32Array): Groups {
  const first = new Int32Array(keys.length).fill(-1);
  const size = new Int32Array(keys.length);
  const next = new Int32Array(of.length).fill(-1);
  for (let o = of.length - 1; o >= 0; o--) {
    const g = of[o];
    if (g < 0) continue;
    next[o] = first[g];
    first[g] = o;
    size[g]++;
  }
  return { keys, of, first, next, size };
}

/**
 * Every row of a run, numbered 0..total-1 across the registers (an occurrence), with its join keys. Built on first use and
 * shared by the checks of the run, which all receive the same registers array; registers are read-only data, so a run that
 * changes rows must pass a new array.
 */
export class People {
  readonly total: number;
  /** Occurrence number of each register's first row; one more entry holds the total. */
  readonly start: Int32Array;
  private nikGroups?: Groups;
  private kkGroups?: Groups;
  private programs?: { of: Int32Array; keys: readonly string[] };
  private receivingRows?: Uint8Array;
  private birthDays?: Int32Array;

  constructor(readonly registers: Registers) {
    this.start = new Int32Array(registers.length + 1);
    for (let g = 0; g < registers.length; g++) this.start[g + 1] = this.start[g] + registers[g].rows.length;
    this.total = this.start[registers.length];
  }

  /** The register of occurrence o: found by halving `start`, as a run has few registers and an array per row would cost memory. */
  registerOf(o: number): number {
    let lo = 0;
    let hi = this.registers.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.start[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  row(o: number): BeneficiaryRow {
    const g = this.registerOf(o);
    return this.registers[g].rows[o - this.start[g]];
  }

  /** Where a row is, for a report; `row` is the 1-based sheet row the user sees. */
  place(o: number, field: string): CrossPlace {
    const g = this.registerOf(o);
    return { register: g, row: this.registers[g].rows[o - this.start[g]].row, field };
  }

  places(list: readonly number[], field: string): CrossPlace[] {
    return list.map((o) => this.place(o, field));
  }

  /** Trusted NIK -> rows. */
  get nik(): Groups {
    if (!this.nikGroups) this.scan();
    return this.nikGroups!;
  }

  /** Trusted KK -> rows. */
  get kk(): Groups {
    if (!this.kkGroups) this.scan();
    return this.kkGroups!;
  }

  /** Each row's programme as a dense id (-1 when it has none), with the programme names by id. */
  get program(): { of: Int32Array; keys: readonly string[] } {
    if (!this.programs) this.scan();
    return this.programs!;
  }

  /** 1 where the row receives (or is proposed for) its aid, see `isReceiving`. */
  get receiving(): Uint8Array {
    if (!this.receivingRows) this.scan();
    return this.receivingRows!;
  }

  /** Each row's birth date as a day number, NO_DAY when it has none (or one that is not a whole day in int32 range). */
  get birthDay(): Int32Array {
    if (!this.birthDays) this.scan();
    return this.birthDays!;
  }

  /**
   * Reads every row once for NIK, KK, programme, receiving and birth date: the checks of a run need them all, and reading
   * half a million row objects costs more than the work done on them. Ids are read into integers first and interned in a second
   * loop over plain arrays, where the table's cache misses overlap instead of queueing behind the row reads.
   */
  private scan(): void {
    const total = this.total;
    const nik = new Int32Array(total);
    const nikLo = new Int32Array(total);
    const nikText = new Array<string | undefined>(total);
    const kk = new Int32Array(total);
    const kkLo = new Int32Array(total);
    const kkText = new Array<string | undefined>(total);
    const program = new Int32Array(total);
    const receiving = new Uint8Array(total);
    const birthDay = new Int32Array(total);
    const programIds = new Map<string, number>();
    const programKeys: string[] = [];
    let last: string | undefined;
    let lastId = -1;
    let o = 0;
    for (const reg of this.registers) {
      for (const r of reg.rows) {
        readId(r.nik, o, nik, nikLo, nikText);
        readId(r.no_kk, o, kk, kkLo, kkText);
        const prog = r.program;
        // Rows of a register mostly share one programme: skip the look-up when it repeats.
        if (prog !== last) {
          last = prog;
          if (prog === undefined) lastId = -1;
          else {
            let id = programIds.get(prog);
            if (id === undefined) {
              programIds.set(prog, (id = programKeys.length));
              programKeys.push(prog);
            }
            lastId = id;
          }
        }
        program[o] = lastId;
        receiving[o] = isReceiving(r) ? 1 : 0;
        const d = r.tanggal_lahir;
        birthDay[o] = d !== undefined && Number.isInteger(d) && d > NO_DAY && d <= 2147483647 ? d : NO_DAY;
        o++;
      }
    }
    this.nikGroups = chain(intern(nik, nikLo, nikText, total), nik);
    // Families have several members: fewer keys, and the table grows if need be.
    this.kkGroups = chain(intern(kk, kkLo, kkText, total >> 1), kk);
    this.programs = { of: program, keys: programKeys };
    this.receivingRows = receiving;
    this.birthDays = birthDay;
  }
}

const runs = new WeakMap<Registers, People>();

/** The shared index of a run's registers. */
export function people(registers: Registers): People {
  let p = runs.get(registers);
  if (!p) runs.set(registers, (p = new People(registers)));
  return p;
}

/**
 * Whether a row says the person actually gets (or is being proposed for) the aid: a rejected proposal or a recipient marked
 * inactive, deceased or moved receives nothing, so exclusivity and DTKS findings on it would only be noise.
 */
export const isReceiving = (r: BeneficiaryRow): boolean =>
  r.status_verifikasi !== 'ditolak' && (r.status_penerima === undefined || r.status_penerima === 'aktif');
