// English: messages of the nik and kk rules.
import type { nik as id } from '../id/nik';

export const nik = {
  'nik.format': 'NIK {value} has the wrong number of digits: a NIK has 16 digits, {count} were read. Copy it again from the KTP.',
  'nik.format.junk':
    'NIK {value} contains letters or signs other than digits ({count} digits read). Enter the 16 digits only, as on the KTP.',
  'nik.format.none': 'The NIK cell holds no digits. Enter the 16-digit NIK from the KTP.',
  'nik.format.number':
    "The NIK has turned into a plain number (shown for example as 1.27501E+15), so its digits are lost. Retype the NIK from the KTP as text (format the cell as Text, or start it with an apostrophe ').",
  'nik.stored_as_number':
    "NIK {value} is stored as a number, not text, and its last digit(s) may have been lost (spreadsheets keep only 15 digits exactly). Retype the NIK from the KTP as text (format the cell as Text, or start it with an apostrophe ').",
  'nik.stored_as_number.intact':
    'NIK {value} is stored as a number, not text. Its digits are still intact, but format the cell as Text so the last digit is not lost when it is copied or opened in Excel.',
  'nik.region': 'Kab/kota code {code} in NIK {value} (digits 1-4) is not a Kemendagri code. Check the NIK on the KTP.',
  'nik.region.province': 'Province code {code} in NIK {value} (digits 1-2) is not a Kemendagri code. Check the NIK on the KTP.',
  'nik.region.kecamatan':
    'Kecamatan code {code} in NIK {value} (digits 5-6) does not exist in Kota Binjai, whose kecamatan are numbered 01 to 05. Check the NIK on the KTP.',
  'nik.birthdate': 'The birth date in NIK {value} (digits 7-12) is not a calendar date: {date}. Check the NIK on the KTP.',
  'nik.birthdate.day':
    'The birth date in NIK {value} is impossible: digits 7-8 read {day}, but must be 01-31 (men) or 41-71 (women, day plus 40). Check the NIK on the KTP.',
  'nik.birthdate.month':
    'The birth month in NIK {value} is impossible: digits 9-10 read {month}, but must be 01-12. Check the NIK on the KTP.',
  'nik.serial': 'The serial of NIK {value} (last 4 digits) is 0000, but serials start at 0001. Check the NIK on the KTP.',
  'nik.dob_mismatch': 'Date of birth {date} differs from the date of birth in NIK {value} ({nikDate}). Check the KTP.',
  'nik.sex_mismatch': "Sex is recorded as L (male), but NIK {value} is a woman's NIK (40 added to the day of birth). Check the KTP.",
  'nik.sex_mismatch.male':
    "Sex is recorded as P (female), but NIK {value} is a man's NIK (no 40 added to the day of birth). Check the KTP.",
  'kk.format':
    'KK number {value} has the wrong number of digits: a KK number has 16 digits, {count} were read. Copy it again from the Kartu Keluarga.',
  'kk.format.junk':
    'KK number {value} contains letters or signs other than digits ({count} digits read). Enter the 16 digits only, as on the Kartu Keluarga.',
  'kk.format.none': 'The KK cell holds no digits. Enter the 16-digit number from the Kartu Keluarga.',
  'kk.format.number':
    "The KK number has turned into a plain number (shown for example as 1.27502E+15), so its digits are lost. Retype it from the Kartu Keluarga as text (format the cell as Text, or start it with an apostrophe ').",
  'kk.stored_as_number':
    "KK number {value} is stored as a number, not text, and its last digit(s) may have been lost (spreadsheets keep only 15 digits exactly). Retype it from the Kartu Keluarga as text (format the cell as Text, or start it with an apostrophe ').",
  'kk.stored_as_number.intact':
    'KK number {value} is stored as a number, not text. Its digits are still intact, but format the cell as Text so the last digit is not lost when it is copied or opened in Excel.',
  'kk.region': 'Kab/kota code {code} in KK number {value} (digits 1-4) is not a Kemendagri code. Check the Kartu Keluarga.',
  'kk.region.province': 'Province code {code} in KK number {value} (digits 1-2) is not a Kemendagri code. Check the Kartu Keluarga.',
  'kk.region.kecamatan':
    'Kecamatan code {code} in KK number {value} (digits 5-6) does not exist in Kota Binjai, whose kecamatan are numbered 01 to 05. Check the Kartu Keluarga.',
  'kk.date': 'The recording date in KK number {value} (digits 7-12) is not a calendar date: {date}. Check the Kartu Keluarga.',
  'kk.date.day':
    'The recording date in KK number {value} is impossible: digits 7-8 read {day}, but must be 01-31. Check the Kartu Keluarga.',
  'kk.date.month':
    'The recording month in KK number {value} is impossible: digits 9-10 read {month}, but must be 01-12. Check the Kartu Keluarga.',
  'kk.date.future': 'The recording date in KK number {value} ({date}) has not happened yet. Check the Kartu Keluarga.',
} as const satisfies Record<keyof typeof id, string>;
