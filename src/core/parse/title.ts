// Reads what a title block says about the whole sheet: the programme of a recipient list, the OPD and year of a Renja.
import { ENUMS } from '../model/enums';
import type { RegisterKind } from '../model/types';
import { foldWords } from '../text/fold';

const AGENCY = /\b((dinas|badan|kantor|sekretariat|inspektorat|satuan|bagian|kecamatan|rumah sakit|rsud)\b[^,;:()\d]*)/i;

/** Word-bounded programme spellings, longest first so "program sembako" wins over "sembako". */
const PROGRAM_SPELLINGS: readonly [string, string][] = Object.entries(ENUMS.program)
  .flatMap(([canon, spellings]) => (spellings as readonly string[]).map((s) => [foldWords(s), canon] as [string, string]))
  .filter(([s]) => s.length >= 3)
  .sort((a, b) => b[0].length - a[0].length);

export interface TitleFacts {
  program?: string;
  opd?: string;
  tahun?: number;
}

/** Facts from the title lines (and the sheet name), for fields that have no column. */
export function titleFacts(kind: RegisterKind, lines: readonly string[], sheetName: string): TitleFacts {
  const facts: TitleFacts = {};
  const texts = [...lines, sheetName];
  if (kind === 'beneficiary') {
    for (const text of texts) {
      const words = ' ' + foldWords(text) + ' ';
      const hit = PROGRAM_SPELLINGS.find(([s]) => words.includes(' ' + s + ' '));
      if (hit) {
        facts.program = hit[1];
        break;
      }
    }
  } else {
    for (const text of texts) {
      const m = AGENCY.exec(text);
      if (m && !facts.opd)
        facts.opd = m[1]
          .replace(/\s+(kota\s+binjai|tahun|ta)\b.*$/i, '')
          .replace(/\s+/g, ' ')
          .trim();
    }
  }
  for (const text of texts) {
    const y = /\b(20\d\d)\b/.exec(text);
    if (y) {
      facts.tahun = Number(y[1]);
      break;
    }
  }
  return facts;
}
