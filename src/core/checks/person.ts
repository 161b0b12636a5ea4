// Join keys shared by the beneficiary cross checks: a person's NIK, a family's KK and each row's normalised name, built once per run.
//
// Half a million rows must go through every check in a fraction of a second, so keys are interned once per run into dense
// integer ids held in typed arrays, and rows sharing a key are chained (first/next), not collected into arrays: a check
// allocates only where it has something to report.
import type { BeneficiaryRow, IdValue } from '../model/schemas';
import { isId16 } from '../ref/nik';
import { normalizeName } from '../text/name';
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

/**
 * Every row of a run, numbered 0..total-1 across the registers (an occurrence), with its join keys. Built on first use and
 * shared by the checks of the run, which all receive the same registers array; registers are read-only data, so a run that
 * changes rows must pass a new array.
 */
export class People {
  readonly total: number;
  /** Occurrence number of each register's first row; one more entry holds the total. */
  readonly start: Int32Array;
  /** Register of each occurrence. */
  readonly registerOf: Int32Array;
  private nikGroups?: Groups;
  private kkGroups?: Groups;
  private names?: { of: Int32Array; keys: readonly string[] };
  private programs?: { of: Int32Array; keys: readonly string[] };
  private receivingRows?: Uint8Array;

  constructor(readonly registers: Registers) {
    this.start = new Int32Array(registers.length + 1);
    for (let g = 0; g < registers.length; g++) this.start[g + 1] = this.start[g] + registers[g].rows.length;
    this.total = this.start[registers.length];
    this.registerOf = new Int32Array(this.total);
    for (let g = 0; g < registers.length; g++) this.registerOf.fill(g, this.start[g], this.start[g + 1]);
  }

  row(o: number): BeneficiaryRow {
    const g = this.registerOf[o];
    return this.registers[g].rows[o - this.start[g]];
  }

  /** Where a row is, for a report; `row` is the 1-based sheet row the user sees. */
  place(o: number, field: string): CrossPlace {
    return { register: this.registerOf[o], row: this.row(o).row, field };
  }

  places(list: readonly number[], field: string): CrossPlace[] {
    return list.map((o) => this.place(o, field));
  }

  /** Trusted NIK -> rows. */
  get nik(): Groups {
    return (this.nikGroups ??= this.group(nikKey));
  }

  /** Trusted KK -> rows. */
  get kk(): Groups {
    return (this.kkGroups ??= this.group(kkKey));
  }

  /**
   * Each row's normalised name as a dense id (-1 when the row has no name), so names compare as integers. Registers repeat a
   * person's name in every programme, so each spelling is normalised once.
   */
  get name(): { of: Int32Array; keys: readonly string[] } {
    if (this.names) return this.names;
    const of = new Int32Array(this.total);
    const byRaw = new Map<string, number>();
    const byKey = new Map<string, number>();
    const keys: string[] = [];
    let o = 0;
    for (const reg of this.registers) {
      for (const r of reg.rows) {
        const raw = r.nama;
        let id = raw === undefined ? -1 : byRaw.get(raw);
        if (id === undefined) {
          const k = normalizeName(raw!);
          id = k === '' ? -1 : byKey.get(k);
          if (id === undefined) {
            id = keys.length;
            keys.push(k);
            byKey.set(k, id);
          }
          byRaw.set(raw!, id);
        }
        of[o++] = id;
      }
    }
    return (this.names = { of, keys });
  }

  /** Each row's programme as a dense id (-1 when it has none), with the programme names by id. */
  get program(): { of: Int32Array; keys: readonly string[] } {
    if (this.programs) return this.programs;
    const of = new Int32Array(this.total);
    const ids = new Map<string, number>();
    const keys: string[] = [];
    let last: string | undefined;
    let lastId = -1;
    let o = 0;
    for (const reg of this.registers) {
      for (const r of reg.rows) {
        const prog = r.program;
        // Rows of a register mostly share one programme: skip the look-up when it repeats.
        if (prog !== last) {
          last = prog;
          if (prog === undefined) lastId = -1;
          else {
            let id = ids.get(prog);
            if (id === undefined) {
              ids.set(prog, (id = keys.length));
              keys.push(prog);
            }
            lastId = id;
          }
        }
        of[o++] = lastId;
      }
    }
    return (this.programs = { of, keys });
  }

  /** 1 where the row receives (or is proposed for) its aid, see `isReceiving`. */
  get receiving(): Uint8Array {
    if (this.receivingRows) return this.receivingRows;
    const out = new Uint8Array(this.total);
    let o = 0;
    for (const reg of this.registers) for (const r of reg.rows) out[o++] = isReceiving(r) ? 1 : 0;
    return (this.receivingRows = out);
  }

  private group(key: (r: BeneficiaryRow) => string | undefined): Groups {
    const of = new Int32Array(this.total);
    const next = new Int32Array(this.total).fill(-1);
    const ids = new Map<string, number>();
    const keys: string[] = [];
    const firsts: number[] = [];
    const lasts: number[] = [];
    let o = 0;
    for (const reg of this.registers) {
      for (const r of reg.rows) {
        const k = key(r);
        if (k === undefined) {
          of[o++] = -1;
          continue;
        }
        let id = ids.get(k);
        if (id === undefined) {
          id = keys.length;
          ids.set(k, id);
          keys.push(k);
          firsts.push(o);
          lasts.push(o);
        } else {
          next[lasts[id]] = o;
          lasts[id] = o;
        }
        of[o++] = id;
      }
    }
    const size = new Int32Array(keys.length);
    for (let i = 0; i < this.total; i++) if (of[i] >= 0) size[of[i]]++;
    return { keys, of, first: Int32Array.from(firsts), next, size };
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
