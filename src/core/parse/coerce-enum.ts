// Reading an enumeration cell (sex, programme, statuses, yes/no) through folded spellings, with a "did you mean" when none fits.
import { ENUMS, type EnumId } from '../model/enums';
import { fold } from '../text/fold';
import { editDistance, suggest } from '../text/fuzzy';
import { INVALID, isDashBlank } from './coerce-cell';
import { readText } from './coerce-text';

export type EnumRead = { value: string } | { suggestion?: string };

interface Spelling {
  readonly folded: string;
  readonly value: string;
}

interface Lookup {
  readonly byFolded: ReadonlyMap<string, string>;
  readonly spellings: readonly Spelling[];
  /** Raw cell text -> answer: enum columns hold a handful of distinct texts, so most cells skip folding. */
  readonly memo: Map<string, EnumRead | undefined>;
}

const MEMO_MAX = 1024;
const NO_MATCH: EnumRead = Object.freeze({});

function build(enumId: EnumId, extra: Readonly<Record<string, string>> | undefined): Lookup {
  const byFolded = new Map<string, string>();
  const spellings: Spelling[] = [];
  const add = (spelling: string, value: string) => {
    const folded = fold(spelling);
    if (!byFolded.has(folded)) {
      byFolded.set(folded, value);
      spellings.push({ folded, value });
    }
  };
  // Configured spellings first: a city's own programme names win over the built-in ones.
  if (extra) for (const k of Object.keys(extra)) if (typeof extra[k] === 'string') add(k, extra[k]);
  const table = ENUMS[enumId] as Readonly<Record<string, readonly string[]>>;
  for (const value of Object.keys(table)) {
    add(value, value);
    for (const s of table[value]) add(s, value);
  }
  return { byFolded, spellings, memo: new Map() };
}

const plain = new Map<EnumId, Lookup>();
const withExtra = new WeakMap<object, Map<EnumId, Lookup>>();

function lookupFor(enumId: EnumId, extra: Readonly<Record<string, string>> | undefined): Lookup {
  let cache = plain;
  if (extra) {
    let c = withExtra.get(extra);
    if (!c) withExtra.set(extra, (c = new Map()));
    cache = c;
  }
  let l = cache.get(enumId);
  if (!l) cache.set(enumId, (l = build(enumId, extra)));
  return l;
}

const folded = (s: Spelling): string => s.folded;

function resolve(l: Lookup, text: string): EnumRead | undefined {
  const f = fold(text);
  // Only a dash folds to nothing and means a value ("-" is N); a tick "√" or a "?" folds to nothing too and must not read as it.
  if (f === '' && !isDashBlank(text)) return undefined;
  const value = l.byFolded.get(f);
  if (value !== undefined) return Object.freeze({ value });
  if (f === '') return undefined; // only punctuation ("-", "?"): nothing was chosen
  const near = suggest(f, l.spellings, folded);
  // A suggestion that replaces every character ("X" -> "L") is no hint at all.
  if (!near || editDistance(f, near.folded) >= Math.max(f.length, near.folded.length)) return NO_MATCH;
  return Object.freeze({ suggestion: near.value });
}

/**
 * An enumeration cell: `{ value }` with the canonical value when a spelling matches after folding (case, accents,
 * spaces, punctuation), `{ suggestion }` with the closest canonical value when none does but one is close, `{}` when
 * nothing is close (or the cell is an error value), undefined when empty. `extra` adds spellings (folded or not) for
 * configured programmes, mapping to their canonical names.
 */
export function readEnum(enumId: EnumId, v: unknown, extra?: Readonly<Record<string, string>>): EnumRead | undefined {
  if (!Object.prototype.hasOwnProperty.call(ENUMS, enumId)) return NO_MATCH;
  const text = readText(v);
  if (text === undefined) return undefined;
  if (text === INVALID) return NO_MATCH;
  const l = lookupFor(enumId, extra);
  if (l.memo.has(text)) return l.memo.get(text);
  const r = resolve(l, text);
  if (l.memo.size >= MEMO_MAX) l.memo.clear();
  l.memo.set(text, r);
  return r;
}
