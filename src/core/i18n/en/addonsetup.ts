// English: words of the addonsetup area (the "Set up register" dialog, header notes, validation help, reference sheets).
import type { addonsetup as id } from '../id/addonsetup';

export const addonsetup = {
  'setup.title': 'Set up register',
  'setup.tab.sheet': 'This sheet',
  'setup.sheet.empty': 'Sheet "{sheet}" is empty. Create a new register below, or write the column headers first.',
  'setup.sheet.own': 'Sheet "{sheet}" is a Sinergi or reference sheet. Open your register sheet and open this dialog again.',
  'setup.sheet.not_register':
    'No register headers were recognised in sheet "{sheet}". Choose the register kind, then pick the column of every required field.',
  'setup.sheet.detected':
    'Sheet "{sheet}": {kind}, headers in row {row}. Check the column pairs below, correct any that are wrong, then save.',
  'setup.sheet.ref_name':
    'This sheet name holds a word such as DTKS, RPJMD or Nomenklatur, so Sinergi reads it as a reference sheet, not a register. Rename the sheet to have it checked as a register.',
  'setup.sheet.missing': 'Sheet "{sheet}" was not found. It may have been renamed or deleted.',
  'setup.sheet.saved': 'The mapping saved earlier is used as well.',
  'setup.kind.label': 'Register kind',
  'setup.kind.beneficiary': 'beneficiary register',
  'setup.kind.program': 'programme/activity register',
  'setup.col.field': 'Register field',
  'setup.col.column': 'Sheet column',
  'setup.col.how': 'Recognised by',
  'setup.how.exact': 'column name',
  'setup.how.fuzzy': 'similar name, check',
  'setup.how.stored': 'saved mapping',
  'setup.how.override': 'your choice',
  'setup.how.none': '-',
  'setup.none': '(no column)',
  'setup.required': 'required',
  'setup.missing': 'Required fields without a column: {fields}.',
  'setup.ambiguous': 'Several columns match {field}: {headers}. Make sure the choice below is right.',
  'setup.numeric_ids':
    '{count} NIK/KK cells hold numbers. Sinergi does not change their values: once the column is formatted as text, retype those cells, because a 16-digit number can lose its last digit.',
  'setup.from_title': 'No column, read from the sheet title: {facts}.',
  'setup.moved_choice': 'Column "{header}" was used for {field}; that field now has no column.',
  'setup.apply': 'Save mapping and prepare columns',
  'setup.apply.explain':
    'Your values are not moved or changed. Sinergi only adds notes to headers that have none, text format to NIK/KK and code columns, and dropdowns that only warn.',
  'setup.new.title': 'Create a new register',
  'setup.new.name': 'Sheet name',
  'setup.new.create': 'Create register sheet',
  'setup.new.default.beneficiary': 'Penerima Bantuan',
  'setup.new.default.program': 'Program Kegiatan',
  'setup.ref.title': 'Reference sheets',
  'setup.ref.intro':
    'Create a reference sheet with its headers and a few example rows marked CONTOH. Replace the examples with official data before checking.',
  'setup.ref.rpjmd': 'RPJMD (missions and targets)',
  'setup.ref.dtks': 'DTKS/DTSEN extract (NIK, decile)',
  'setup.ref.nomenclature': 'Programme code nomenclature',
  'setup.ref.program_rules': 'Social aid programme rules',
  'setup.ref.settings': 'Sinergi settings',
  'setup.ref.dtks_warning':
    'While a DTKS sheet exists, every recipient NIK not listed in it is flagged. Replace the example rows with the official extract right away.',
  'setup.working': 'Working…',
  'setup.close': 'Close',
  'setup.error': 'Failed: {message}',

  'setup.result.applied':
    'Mapping of sheet "{sheet}" saved ({mapped} columns). Text format on {text} columns, dropdowns or checks on {rules} columns, new notes on {notes} headers.',
  'setup.result.kept_rules': '{count} validation rules of your own were left as they were.',
  'setup.result.no_sheet': 'Sheet "{sheet}" was not found. It may have been renamed or deleted.',
  'setup.result.no_header':
    'No register headers were recognised in sheet "{sheet}". Pick a column for at least the required fields, then save again.',
  'setup.result.own': 'Sheet "{sheet}" is a Sinergi or reference sheet; Sinergi does not map it as a register.',
  'setup.result.created': 'Sheet "{sheet}" created: {columns} columns with notes, formats and dropdowns.',
  'setup.result.reused': 'Empty sheet "{sheet}" set up as a register: {columns} columns.',
  'setup.result.exists':
    'A sheet named "{sheet}" already exists and holds data. Choose another name, or open that sheet and use "This sheet" to map its columns.',
  'setup.result.reserved': 'The name "{sheet}" is used by Sinergi for its own sheet. Choose another name.',
  'setup.result.ref_name':
    'The name "{sheet}" holds a word such as DTKS, RPJMD or Nomenklatur, so the sheet would be read as a reference sheet. Choose another name.',
  'setup.result.bad_name': 'A sheet name is required, at most 100 characters.',
  'setup.result.ref_created': 'Reference sheet "{sheet}" created with {rows} example rows marked CONTOH. Replace them with official data.',
  'setup.result.ref_created_plain': 'Reference sheet "{sheet}" created with {rows} rows. Change the values as needed.',
  'setup.result.ref_exists': 'Reference sheet "{sheet}" already exists; its contents were not changed.',
  'setup.result.bad_request': 'Request not recognised.',

  'setup.note.required': 'required',
  'setup.note.optional': 'may be empty',
  'setup.note.list': 'Choose from the list: {values}.',
  'setup.note.nik':
    'Write the 16 NIK digits as text (this column is formatted as text), without spaces or dots. A NIK typed as a number can lose its last digit.',
  'setup.note.no_kk': 'Write the 16 digits of the family card number as text (this column is formatted as text).',
  'setup.note.kelurahan': 'Choose one of the 37 kelurahan of Kota Binjai.',
  'setup.note.kecamatan': 'Choose one of the 5 kecamatan of Kota Binjai; it must match the kelurahan.',
  'setup.note.rt': 'RT number as text, e.g. 003.',
  'setup.note.rw': 'RW or lingkungan number as text, e.g. 02.',
  'setup.note.desil': 'The family welfare decile in DTKS/DTSEN, a number 1 to 10 (social aid usually deciles 1-4).',
  'setup.note.program': 'Choose the programme from the list. Other local programmes can be added in the "Aturan Program" sheet.',
  'setup.note.status_verifikasi':
    'Stages: diusulkan, diverifikasi kelurahan, disetujui dinsos, ditetapkan; or ditolak. A stage may not go backwards.',
  'setup.note.status_penerima': 'A recipient who died or moved may not stay active or be paid.',
  'setup.note.kode':
    'Permendagri 90/2019 code as text: programme 1.06.04, activity 1.06.04.2.01, sub-activity 1.06.04.2.01.0001. The row level is read from the code.',
  'setup.note.misi': 'RPJMD mission code, e.g. M1 (see the RPJMD sheet).',
  'setup.note.sasaran': 'RPJMD target code, e.g. S1.1 (see the RPJMD sheet).',
  'setup.note.target': 'Indicator target, a number above 0.',
  'setup.note.pagu': 'Budget ceiling in rupiah. A programme or activity ceiling equals the sum of its sub-activities.',
  'setup.note.realisasi_keuangan':
    'Cumulative to the end of the quarter, in rupiah: never below the previous quarter and never above the ceiling.',
  'setup.note.realisasi_fisik': 'Cumulative percentage 0 to 100 at the end of the quarter; never below the previous quarter.',
  'setup.note.pariwisata': 'Y when the programme carries the city tourism brand, N when not.',

  'setup.help.list': 'Choose from the list. Other values are kept; Sinergi checks them when the sheet is checked.',
  'setup.help.date': 'Enter a date, e.g. 17/08/1980. Other values are kept; Sinergi checks them when the sheet is checked.',
  'setup.help.number': 'Enter a number {min} to {max}. Other values are kept; Sinergi checks them when the sheet is checked.',
  'setup.protect': 'Register headers. Changing a header can break the column mapping.',

  'setup.refsheet.rpjmd.title':
    'RPJMD Kota Binjai {period}. Rows marked CONTOH are examples: replace them with the official missions and targets.',
  'setup.refsheet.dtks.title':
    'DTKS/DTSEN extract. Rows marked CONTOH must be replaced with the official extract: NIKs not listed here are flagged.',
  'setup.refsheet.nomenclature.title':
    'Programme, activity and sub-activity nomenclature (Permendagri 90/2019). CONTOH rows: replace with the official list.',
  'setup.refsheet.program_rules.title':
    'Social aid programme rules: decile limit, age band and programmes that may not be received together.',
  'setup.refsheet.settings.title': 'Sinergi settings. Change the values; do not change the "Pengaturan" column.',
  'setup.refsheet.settings.admins': 'TKPP admin emails, separated by semicolons.',
  'setup.refsheet.settings.period': 'The RPJMD period in force.',
  'setup.refsheet.settings.vision': 'The RPJMD vision.',
  'setup.refsheet.settings.year': 'The budget year being reported.',
  'setup.refsheet.settings.current': 'The reporting period now running.',
  'setup.refsheet.bst': 'BST (2020-2021) only for families not receiving PKH or BPNT/Sembako.',
  'setup.refsheet.kip': 'KIP/PIP for children aged 6-21.',
} as const satisfies Record<keyof typeof id, string>;
