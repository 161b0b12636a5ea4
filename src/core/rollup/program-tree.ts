// The shape of programme registers: each row's OPD/year scope, normalised code, parent rows, leaves, and values inherited from parents.
import type { RegisterView } from '../checks/types';
import type { CodeLevel, ProgramRow } from '../model/schemas';
import { LEVEL_LENGTH, isUnitCode, parseCode, suggestCode } from '../ref/program-code';
import { fold } from '../text/fold';

// Nearest first: a sub-kegiatan's kegiatan row speaks for it before its programme row does.
const UP: readonly CodeLevel[] = ['kegiatan', 'program', 'bidang', 'urusan'];
const SEP = '\u0001';

/** Whether an OPD or year key is a register's own (the register names none), not a name that other registers can share. */
export const isRegisterOwnKey = (key: string): boolean => key.charCodeAt(0) === 1;

/** A row of one of the registers the index was built from. */
export interface RowRef {
  reg: number;
  i: number;
}

export interface ProgramIndex {
  readonly registers: readonly RegisterView<'program'>[];
  /**
   * OPD key of a row, comparable across registers: the folded name; a blank takes the name above it in the same register
   * (merged OPD cells leave blanks under the first row), else the register's only name, else a key of the register's own.
   */
  opd(reg: number, i: number): string;
  /** The OPD as written (after the same filling), or the sheet's name when the register names none. */
  opdLabel(reg: number, i: number): string;
  /** Year key, filled like the OPD. */
  tahun(reg: number, i: number): string;
  /** OPD and year together: rows of one scope belong to one agency's plan for one year. */
  scope(reg: number, i: number): string;
  /** The normalised code of a valid code, else undefined. */
  code(reg: number, i: number): string | undefined;
  level(reg: number, i: number): CodeLevel | undefined;
  /** The valid code, or for a malformed one the code it almost certainly means (`1.6.04` -> `1.06.04`): for structure only. */
  looseCode(reg: number, i: number): string | undefined;
  looseLevel(reg: number, i: number): CodeLevel | undefined;
  /** The row of `code` in the scope of row (reg, i), in the same register; a `X.XX` programme row stands for the bidang's own. */
  rowOf(reg: number, i: number, code: string): number | undefined;
  /** The first value `pick` finds on the row itself or on its nearest ancestor row that has one. */
  inherit<T>(reg: number, i: number, pick: (r: ProgramRow) => T | undefined): T | undefined;
  /** Whether any row of the register, in the same scope, sits under this row. */
  hasChildren(reg: number, i: number): boolean;
  /**
   * A row whose money is counted once in a rollup. Sub-kegiatan rows always are. A programme or kegiatan row is when it has a
   * pagu and no row under it (a plan kept at that level). A malformed code that reads as a code is placed by that reading, and
   * counts when it has a pagu and no row under it. A row without any readable code counts only in a register that has no
   * readable code at all (a plain list), and only with a pagu. Urusan and bidang rows, SKPD unit rows, and code-less rows of a
   * coded register (sub-totals, extra indicator lines) never count: counting them would count their children twice.
   */
  isLeaf(reg: number, i: number): boolean;
  /** Key of the item a leaf row is: rows repeating one code in one scope (extra indicator lines) are one item. */
  leafKey(reg: number, i: number): string;
}

interface PerRegister {
  opd: string[];
  opdLabel: string[];
  tahun: string[];
  code: (string | undefined)[];
  level: (CodeLevel | undefined)[];
  loose: (string | undefined)[];
  looseLevel: (CodeLevel | undefined)[];
  /** Register, OPD and year of the row as one key prefix, built once: lookups then only append a code. */
  tree: string[];
  hasCodes: boolean;
}

const cache = new WeakMap<readonly RegisterView<'program'>[], ProgramIndex>();

/** Builds (or reuses, for the same registers array) the index. Linear in the number of rows. */
export function indexPrograms(registers: readonly RegisterView<'program'>[]): ProgramIndex {
  let idx = cache.get(registers);
  if (!idx) {
    idx = build(registers);
    cache.set(registers, idx);
  }
  return idx;
}

/** Code of the ancestor at `level`, or of its `X.XX` form (cross-cutting programmes written generically). */
function ancestorOf(code: string, level: CodeLevel, generic: boolean): string | undefined {
  const len = LEVEL_LENGTH[level];
  if (len >= code.length) return undefined;
  const a = code.slice(0, len);
  if (!generic) return a;
  return len >= LEVEL_LENGTH.program && code.charCodeAt(0) !== 88 ? 'X.XX' + a.slice(4) : undefined;
}

function fillKeys(
  reg: number,
  view: RegisterView<'program'>,
  get: (r: ProgramRow) => string | undefined,
): { keys: string[]; labels: string[] } {
  const rows = view.rows;
  const folded = new Map<string, string>();
  const foldOf = (s: string): string => {
    let f = folded.get(s);
    if (f === undefined) folded.set(s, (f = fold(s)));
    return f;
  };
  let only: string | undefined;
  let onlyLabel = '';
  let distinct = 0;
  for (const r of rows) {
    const v = get(r);
    if (v === undefined) continue;
    const f = foldOf(v);
    if (f && f !== only) {
      if (only === undefined) {
        only = f;
        onlyLabel = v.trim();
        distinct = 1;
      } else distinct = 2;
      if (distinct === 2) break;
    }
  }
  const own = SEP + 'r' + reg;
  const keys = new Array<string>(rows.length);
  const labels = new Array<string>(rows.length);
  let cur: string | undefined;
  let curLabel = '';
  for (let i = 0; i < rows.length; i++) {
    const v = get(rows[i]);
    const f = v === undefined ? '' : foldOf(v);
    if (f) {
      cur = f;
      curLabel = v!.trim();
    }
    if (cur !== undefined) {
      keys[i] = cur;
      labels[i] = curLabel;
    } else if (distinct === 1) {
      keys[i] = only!;
      labels[i] = onlyLabel;
    } else {
      keys[i] = own;
      labels[i] = view.file ? `${view.file} / ${view.sheet}` : view.sheet;
    }
  }
  return { keys, labels };
}

function build(registers: readonly RegisterView<'program'>[]): ProgramIndex {
  const per: PerRegister[] = [];
  const rowByCode = new Map<string, number>();
  const withChildren = new Set<string>();
  for (let reg = 0; reg < registers.length; reg++) {
    const view = registers[reg];
    const rows = view.rows;
    const opd = fillKeys(reg, view, (r) => r.opd);
    const tahun = fillKeys(reg, view, (r) => (r.tahun === undefined ? undefined : String(r.tahun)));
    const p: PerRegister = {
      opd: opd.keys,
      opdLabel: opd.labels,
      tahun: tahun.keys,
      code: new Array(rows.length),
      level: new Array(rows.length),
      loose: new Array(rows.length),
      looseLevel: new Array(rows.length),
      tree: new Array(rows.length),
      hasCodes: false,
    };
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const parsed = parseCode(r.kode);
      let code = parsed?.code;
      const level = r.level ?? parsed?.level;
      // A level given without a parseable code (hand-made rows): trust it, with the code as written.
      if (level !== undefined && code === undefined && r.kode !== undefined) code = r.kode.trim();
      if (level === undefined) code = undefined;
      p.code[i] = code;
      p.level[i] = level;
      let loose = code;
      let looseLevel = level;
      if (loose === undefined && r.kode !== undefined && !isUnitCode(r.kode)) {
        loose = suggestCode(r.kode);
        looseLevel = loose === undefined ? undefined : parseCode(loose)?.level;
      }
      p.loose[i] = loose;
      p.looseLevel[i] = looseLevel;
      const key = reg + SEP + opd.keys[i] + SEP + tahun.keys[i] + SEP;
      p.tree[i] = key;
      if (loose === undefined) continue;
      p.hasCodes = true;
      if (!rowByCode.has(key + loose)) rowByCode.set(key + loose, i);
      for (const l of UP) {
        const a = ancestorOf(loose, l, false);
        if (a === undefined) continue;
        withChildren.add(key + a);
        const g = ancestorOf(loose, l, true);
        if (g !== undefined) withChildren.add(key + g);
      }
    }
    per.push(p);
  }

  const scope = (reg: number, i: number): string => per[reg].opd[i] + SEP + per[reg].tahun[i];
  const treeKey = (reg: number, i: number): string => per[reg].tree[i];
  const rowOf = (reg: number, i: number, code: string): number | undefined => {
    const key = treeKey(reg, i);
    const j = rowByCode.get(key + code);
    if (j !== undefined || code.length < LEVEL_LENGTH.program || code.charCodeAt(0) === 88) return j;
    return rowByCode.get(key + 'X.XX' + code.slice(4));
  };

  return {
    registers,
    opd: (reg, i) => per[reg].opd[i],
    opdLabel: (reg, i) => per[reg].opdLabel[i],
    tahun: (reg, i) => per[reg].tahun[i],
    scope,
    code: (reg, i) => per[reg].code[i],
    level: (reg, i) => per[reg].level[i],
    looseCode: (reg, i) => per[reg].loose[i],
    looseLevel: (reg, i) => per[reg].looseLevel[i],
    rowOf,
    inherit<T>(reg: number, i: number, pick: (r: ProgramRow) => T | undefined): T | undefined {
      const rows = registers[reg].rows;
      const own = pick(rows[i]);
      if (own !== undefined) return own;
      const code = per[reg].loose[i];
      if (code === undefined) return undefined;
      for (const l of UP) {
        const a = ancestorOf(code, l, false);
        if (a === undefined) continue;
        const j = rowOf(reg, i, a);
        if (j === undefined || j === i) continue;
        const v = pick(rows[j]);
        if (v !== undefined) return v;
      }
      return undefined;
    },
    hasChildren(reg, i) {
      const code = per[reg].loose[i];
      return code !== undefined && withChildren.has(treeKey(reg, i) + code);
    },
    isLeaf(reg, i) {
      const p = per[reg];
      const r = registers[reg].rows[i];
      const level = p.looseLevel[i];
      if (level === undefined) return !p.hasCodes && r.pagu !== undefined && !(r.kode !== undefined && isUnitCode(r.kode));
      if (level === 'urusan' || level === 'bidang') return false;
      if (withChildren.has(treeKey(reg, i) + p.loose[i])) return false;
      return (level === 'sub_kegiatan' && p.level[i] !== undefined) || r.pagu !== undefined;
    },
    leafKey(reg, i) {
      const code = per[reg].loose[i];
      return code === undefined ? reg + SEP + '#' + i : treeKey(reg, i) + code;
    },
  };
}
