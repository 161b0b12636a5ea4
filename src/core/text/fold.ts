// Folding for matching what people type: case, accents, spaces and punctuation do not count.

/** Lowercase, strip accents, keep only letters and digits. "Kel. Jati-Negara " -> "keljatinegara". */
export function fold(s: string): string {
  let out = '';
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += lower[i];
    else if (c > 127) {
      const base = lower[i].normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (/^[a-z0-9]$/.test(base)) out += base;
    }
  }
  return out;
}

/** Lowercase, accents stripped, runs of non-alphanumerics collapsed to one space, trimmed: keeps word boundaries. */
export function foldWords(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
