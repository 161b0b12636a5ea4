// Contact cells as people fill them ("a@x.go.id; Budi <b@y.id>", mailto: links) read into addresses a mailer can use.

/** Splits segments; whitespace splits further inside a segment, so a display name may hold spaces. */
const isSegmentSep = (c: number): boolean => c === 44 || c === 59 || c === 10 || c === 13 || c === 47; // , ; \n \r /
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 160 || c === 12 || c === 11;

const isAlpha = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** RFC 5322 atext, the characters a mailbox local part may hold without quoting. */
const LOCAL_EXTRA = "!#$%&'*+/=?^_`{|}~-";

function validLocal(s: string): boolean {
  if (s.length === 0 || s.length > 64 || s[0] === '.' || s[s.length - 1] === '.') return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (s.charCodeAt(i - 1) === 46) return false;
    } else if (!isAlpha(c) && !isDigit(c) && LOCAL_EXTRA.indexOf(s[i]) < 0) return false;
  }
  return true;
}

function validDomain(s: string): boolean {
  const labels = s.split('.');
  if (labels.length < 2 || s.length > 253) return false;
  for (const l of labels) {
    if (l.length === 0 || l.length > 63 || l[0] === '-' || l[l.length - 1] === '-') return false;
    for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if (!isAlpha(c) && !isDigit(c) && c !== 45) return false;
    }
  }
  // A top-level domain is letters only: "budi@dinsos.go.id1" is a typo, not an address.
  const tld = labels[labels.length - 1];
  if (tld.length < 2) return false;
  for (let i = 0; i < tld.length; i++) if (!isAlpha(tld.charCodeAt(i))) return false;
  return true;
}

/** An address as mail servers accept it: ASCII, one @, a dotted domain. Expects it lower-cased and stripped. */
export function isEmail(s: string): boolean {
  const at = s.indexOf('@');
  if (at <= 0 || at !== s.lastIndexOf('@') || s.length > 254) return false;
  return validLocal(s.slice(0, at)) && validDomain(s.slice(at + 1));
}

/** Quotes, brackets and trailing punctuation people paste around an address, and a mailto: prefix. */
function bareAddress(token: string): string {
  let s = token.trim();
  for (let changed = true; changed && s.length > 0;) {
    changed = false;
    const first = s[0];
    const last = s[s.length - 1];
    if ('<("\'['.includes(first)) {
      s = s.slice(1);
      changed = true;
    }
    if (s.length > 0 && '>)"\'].:'.includes(last)) {
      s = s.slice(0, -1);
      changed = true;
    }
    if (s.slice(0, 7).toLowerCase() === 'mailto:') {
      s = s.slice(7);
      changed = true;
    }
  }
  const q = s.indexOf('?'); // mailto:a@b.id?subject=…
  return (q >= 0 ? s.slice(0, q) : s).toLowerCase();
}

/**
 * An academic or honorific title written with dots ("S.Sos", "M.Si", "S.Kom", "S.T", "A.Md.Kep"): a capital first, then short
 * dotted parts of letters. A mistyped address ("dinsos.gmail.com", "budi.santoso") has long or lower-case parts.
 */
function titleLike(s: string): boolean {
  if (!(s.charCodeAt(0) >= 65 && s.charCodeAt(0) <= 90)) return false;
  const parts = s.split('.');
  if (parts.length < 2 || parts.length > 4) return false;
  for (const p of parts) {
    if (p.length === 0 || p.length > 4) return false;
    for (let i = 0; i < p.length; i++) if (!isAlpha(p.charCodeAt(i))) return false;
  }
  return true;
}

/** A word of a display name ("Budi", "O'Neil", "Drs.", "S.Sos", "(Kabid)"), as opposed to a mistyped address ("dinsos.gmail.com"). */
function nameLike(word: string): boolean {
  let s = word;
  while (s.length > 0 && '("\''.includes(s[0])) s = s.slice(1);
  while (s.length > 0 && ')"\'.:'.includes(s[s.length - 1])) s = s.slice(0, -1);
  if (s.length === 0) return true;
  if (titleLike(s)) return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Letters of any script count (accented names); ASCII digits, dots or @ mean an attempt at an address.
    if (c < 128 && !isAlpha(c) && c !== 39 && c !== 45) return false;
  }
  return true;
}

/** Punctuation alone ("-", "|", "&", "…"): no name, no address, nothing to report. */
function punctuationOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isAlpha(c) || isDigit(c) || (c >= 128 && c !== 0x2013 && c !== 0x2014 && c !== 0x2026 && c !== 0x2212)) return false;
  }
  return true;
}

function splitSpaces(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const sep = i === s.length || isSpace(s.charCodeAt(i));
    if (sep && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    } else if (!sep && start < 0) start = i;
  }
  return out;
}

/** A contact cell ("a@x.go.id; b@y.id", "Nama <a@x.go.id>") → valid addresses (lower-cased, deduplicated) and invalid pieces. */
export function parseEmails(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  const src = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  // Without any @ the cell holds no address at all (a name, a phone number): every piece is reported, names included.
  const anyAt = src.indexOf('@') >= 0;
  const candidate = (token: string) => {
    const addr = bareAddress(token);
    if (addr === '') return;
    if (isEmail(addr)) {
      if (!valid.includes(addr)) valid.push(addr);
    } else if (!invalid.includes(token.trim())) invalid.push(token.trim());
  };
  let start = 0;
  for (let i = 0; i <= src.length; i++) {
    if (i < src.length && !isSegmentSep(src.charCodeAt(i))) continue;
    let segment = src.slice(start, i);
    start = i + 1;
    // "Nama <a@b.id>": the bracketed part is the address, the words around it its display name ("Drs. Budi, M.Si").
    let bracketed = false;
    for (let open = segment.indexOf('<'); open >= 0; open = segment.indexOf('<')) {
      const close = segment.indexOf('>', open);
      if (close < 0) break;
      candidate(segment.slice(open + 1, close));
      segment = segment.slice(0, open) + ' ' + segment.slice(close + 1);
      bracketed = true;
    }
    const rest: string[] = [];
    for (const word of splitSpaces(segment)) {
      if (word.indexOf('@') >= 0) candidate(word);
      else if (punctuationOnly(word)) continue;
      else if (!bracketed && !(anyAt && nameLike(word))) rest.push(word);
    }
    if (rest.length > 0) {
      const piece = rest.join(' ');
      if (!invalid.includes(piece)) invalid.push(piece);
    }
  }
  return { valid, invalid };
}
