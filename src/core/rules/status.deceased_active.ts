// status.deceased_active: a recipient recorded as deceased whose row is still set or paid, or a remark of death on an active row.
import { formatRupiah } from '../i18n/format';
import type { BeneficiaryRow } from '../model/schemas';
import { defineRule } from './types';

const set = (words: string) => new Set(words.split(' '));

/** How remarks say the recipient died ("Meninggal Dunia", "MD", "Alm.", "Almh."). */
const DEATH = set('meninggal wafat alm almh almarhum almarhumah md deceased died dead');
/**
 * A relative or a replacement in the same remark means the death is someone else's: PKH widows ("Istri Alm. ..."),
 * KIP orphans ("Yatim, ayah meninggal"), or a row already handed to an heir. Those stay silent: a wrong flag costs aid.
 */
const RELATION = set(
  'suami suaminya istri istrinya isteri janda duda anak anaknya ayah ayahnya bapak bapaknya ibu ibunya ortu orang orangtua ' +
    'kakek nenek cucu adik kakak abang saudara keluarga kepala pengurus ahli waris warisan pengganti ganti diganti digantikan ' +
    'menggantikan yatim piatu wali mertua menantu',
);
/** "Alm."/"Almh." are written before a name: a name other than the recipient's is someone else's death. */
const HONORIFIC = set('alm almh almarhum almarhumah');
/** Words after "Alm." that are not a name. */
const NOT_A_NAME = set('dunia sejak sdh sudah telah tgl tanggal pada bulan thn tahun per dan ybs kpm penerima');
const NOT = set('tidak tdk tak belum blm bukan gagal batal');
/** Words that say the aid was paid out, whatever came before them. */
const PAID = set('disalurkan tersalur tersalurkan cair dicairkan tercairkan dibayar dibayarkan terbayar');
/** Words that say it was paid only after "sudah"/"telah" ("sudah diterima"; a bare "diterima" may mean the proposal). */
const PAID_AFTER_DONE = set('diterima terima menerima salur bayar');
const DONE = set('sudah sdh telah tlh udah');
/** The payment was stopped, returned or struck off: the deceased row has been dealt with. */
const HANDLED = set(
  'dikembalikan kembalikan kembali retur return refund dicoret coret dihapus hapus diblokir blokir ditunda tunda dibatalkan ' +
    'gagal batal ditahan dibekukan dihentikan berhenti stop',
);

interface Note {
  dead: boolean;
  paid: boolean;
  handled: boolean;
}

const NOTHING: Note = { dead: false, paid: false, handled: false };

const w: string[] = [];

/** Lowercase runs of ASCII letters and digits: "Alm./MD, sdh-cair" -> alm md sdh cair. Reuses one array. */
function words(s: string): void {
  w.length = 0;
  const l = s.toLowerCase();
  let start = -1;
  for (let i = 0; i <= l.length; i++) {
    const c = i < l.length ? l.charCodeAt(i) : 32;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum && start < 0) start = i;
    else if (!alnum && start >= 0) {
      w.push(l.slice(start, i));
      start = -1;
    }
  }
}

/** `name` is the row's nama, only compared with the word after "Alm." and never copied anywhere. */
function readNote(s: string | undefined, name: string | undefined): Note {
  if (!s) return NOTHING;
  words(s);
  let dead = false;
  let related = false;
  let paid = false;
  let handled = false;
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    const negated = (i > 0 && NOT.has(w[i - 1])) || (i > 1 && NOT.has(w[i - 2]));
    if (DEATH.has(x) && !negated) {
      dead = true;
      if (HONORIFIC.has(x) && i + 1 < w.length && isName(w[i + 1]) && !(name && name.toLowerCase().includes(w[i + 1]))) related = true;
    } else if (RELATION.has(x)) related = true;
    else if (HANDLED.has(x)) handled = true;
    else if (PAID.has(x) || (PAID_AFTER_DONE.has(x) && i > 0 && DONE.has(w[i - 1]))) {
      // "belum disalurkan", "tidak jadi cair": a refused payment is a handled one.
      if (negated) handled = true;
      else paid = true;
    }
  }
  return { dead: dead && !related, paid, handled };
}

function isName(x: string): boolean {
  const c = x.charCodeAt(0);
  return c >= 97 && c <= 122 && !NOT_A_NAME.has(x) && !DEATH.has(x);
}

/** Cheap test before tokenising: most remarks say nothing about death. */
function mayMentionDeath(s: string | undefined): boolean {
  if (!s) return false;
  const l = s.toLowerCase();
  return (
    l.includes('meninggal') ||
    l.includes('wafat') ||
    l.includes('alm') ||
    l.includes('md') ||
    l.includes('decease') ||
    l.includes('die') ||
    l.includes('dead')
  );
}

/**
 * A row is still active or paid when it is set (status_verifikasi "ditetapkan"), records an amount (nominal > 0; a
 * rejected row's amount is a plan, not a payment) or its remark says the aid was paid out, and the remark does not say
 * the payment was stopped, returned or struck off.
 */
function activeOrPaid(r: BeneficiaryRow, note: Note): 'paid' | 'disbursed' | 'set' | undefined {
  if (note.handled) return undefined;
  if (r.nominal !== undefined && r.nominal > 0 && r.status_verifikasi !== 'ditolak') return 'paid';
  if (note.paid) return 'disbursed';
  if (r.status_verifikasi === 'ditetapkan') return 'set';
  return undefined;
}

export const rule = defineRule({
  id: 'status.deceased_active',
  kind: 'beneficiary',
  severity: 'error',
  check(rows, ctx, report) {
    const hasStatus = ctx.mapped.has('status_penerima');
    const hasNote = ctx.mapped.has('keterangan');
    if (!hasStatus && !hasNote) return;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const status = r.status_penerima;
      if (status === 'meninggal') {
        const how = activeOrPaid(r, readNote(r.keterangan, r.nama));
        if (how === 'paid') report(r.row, 'status_penerima', { amount: formatRupiah(r.nominal as number, ctx.lang) }, { variant: 'paid' });
        else if (how === 'disbursed') report(r.row, 'status_penerima', {}, { variant: 'disbursed' });
        else if (how === 'set') report(r.row, 'status_penerima', {});
      } else if ((status === 'aktif' || status === undefined) && mayMentionDeath(r.keterangan)) {
        const note = readNote(r.keterangan, r.nama);
        if (!note.dead) continue;
        // "aktif" contradicts the remark outright; a blank status only when the row is still set or paid.
        if (status === 'aktif' || activeOrPaid(r, note))
          report(r.row, hasStatus ? 'status_penerima' : 'keterangan', {}, { variant: 'keterangan' });
      }
    }
  },
});
