// File I/O of the `sinergi` command: input workbooks (.xlsx, .csv) in, .xlsx reports and masters out.
export { FileWorkbook, FILE_TZ_OFFSET_MINUTES, loadWorkbook } from './load';
export { InputError, OutputError, type InputErrorCode, type OutputErrorCode } from './errors';
export { writeReportXlsx } from './report-xlsx';
export { writeWorkbookXlsx, type SheetSpec } from './xlsx-write';
