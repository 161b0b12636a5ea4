// program.code_format: a code, where one is written, must be a programme, kegiatan or sub-kegiatan code of the U.BB.PP.K.KK.SSSS form.
import { fold } from '../text/fold';
import { isUnitCode, parseCode, suggestCode } from '../ref/program-code';
import { defineRule } from './types';

const MAX_SHOWN = 40;

/** Kode cells that hold no code by intent: dashes on sub-total rows, "JUMLAH"/"TOTAL" labels written in the code column. */
function noCodeIntended(kode: string): boolean {
  let alnum = false;
  for (let i = 0; i < kode.length; i++) {
    const c = kode.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) alnum = true;
  }
  if (!alnum) return true;
  const f = fold(kode);
  return f.startsWith('jumlah') || f.startsWith('total') || f.startsWith('subtotal') || f.startsWith('grandtotal');
}

export const rule = defineRule({
  id: 'program.code_format',
  kind: 'program',
  severity: 'error',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('kode')) return;
    for (const r of rows) {
      const kode = r.kode;
      if (kode === undefined || kode === '' || r.level !== undefined) continue;
      if (parseCode(kode) || noCodeIntended(kode) || isUnitCode(kode)) continue;
      const shown = kode.trim();
      const code = shown.length > MAX_SHOWN ? shown.slice(0, MAX_SHOWN) + '…' : shown;
      const suggestion = suggestCode(shown);
      report(r.row, 'kode', suggestion ? { code, suggestion } : { code });
    }
  },
});
