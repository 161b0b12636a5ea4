// English: words of the io area (reading input files, writing .xlsx reports).
import type { io as id } from '../id/io';

export const io = {
  'io.not_found': 'File "{file}" not found. Check its name and folder.',
  'io.not_spreadsheet':
    '"{file}" is not a spreadsheet. Sinergi reads .xlsx and .csv files; open the file in Excel or Google Sheets and save it as .xlsx.',
  'io.not_spreadsheet.folder': '"{file}" is a folder, not a spreadsheet file.',
  'io.not_spreadsheet.web':
    '"{file}" is a web page or XML file with an Excel name (common for downloads from web applications). Open it in Excel and save it as .xlsx.',
  'io.not_spreadsheet.zip':
    '"{file}" is a ZIP archive or another document, not an Excel workbook. If it is an .ods file, save it again as .xlsx.',
  'io.password_protected': '"{file}" is password-protected. Open it in Excel, remove the password and save it as .xlsx.',
  'io.old_xls':
    '"{file}" is an old Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as .xlsx (Excel Workbook) without a password.',
  'io.empty_file': 'File "{file}" is empty (0 bytes). It may not have finished copying or downloading.',
  'io.empty': '"{file}" holds no data: no sheet has any value.',
  'io.unreadable':
    '"{file}" cannot be read ({reason}). The file may be damaged or incompletely copied; open it in Excel and save it again as .xlsx.',
  'io.no_access': '"{file}" cannot be opened: no permission to read it.',
  'io.reason.cut_short': 'the file is cut short: its end is missing',
  'io.reason.damaged': 'its contents are damaged',
  'io.reason.encrypted': 'its contents are encrypted',
  'io.reason.truncated': 'the contents of sheet "{sheet}" are cut off',
  'io.reason.missing_sheet': 'sheet "{sheet}" is missing from the file',
  'io.reason.missing_part': 'the {part} part is missing',
  'io.too_large':
    '"{file}" is too large to check: {reason}. Delete stray values far below or right of the table (Ctrl+End shows the last cell), then save it again.',
  'io.reason.too_large': 'sheet "{sheet}" has values up to cell {cell}, more than {max} cells',
  'io.reason.no_folder': 'its folder does not exist',
  'io.reason.no_permission': 'no permission to write there',
  'io.reason.is_folder': 'that name is a folder',
  'io.reason.is_file': 'a file of that name is in the way',
  'io.out_is_input': 'Report not written: "{file}" is an input file, and original data is never overwritten. Choose another file name.',
  'io.out_unwritable': 'Report "{file}" cannot be written ({reason}). If the file is open in Excel, close it first.',
  'io.sheet.findings': 'Findings',
  'io.sheet.rollup': 'Rollup',
  'io.sheet.registers': 'Registers',
  'io.col.rule': 'Rule',
  'io.col.severity': 'Severity',
  'io.col.file': 'File',
  'io.col.sheet': 'Sheet',
  'io.col.cell': 'Cell',
  'io.col.row': 'Row',
  'io.col.column': 'Column',
  'io.col.message': 'Message',
  'io.col.places': 'Other places',
  'io.col.kind': 'Register kind',
  'io.col.header_row': 'Header row',
  'io.col.rows': 'Data rows',
  'io.col.field': 'Field',
  'io.col.field_id': 'Field id',
  'io.col.source_column': 'Column in the sheet',
  'io.kind.beneficiary': 'Beneficiaries',
  'io.kind.program': 'Programmes',
  'io.no_rollups': 'No rollup tables yet.',
  'io.more_places': '… and {count} more places',
} as const satisfies Record<keyof typeof id, string>;
