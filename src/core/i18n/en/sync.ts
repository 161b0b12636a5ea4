// English: consolidation of source workbooks into the master (source findings, provenance columns, status sheet).
export const sync = {
  'source.unreachable': 'Source workbook {source} cannot be opened ({reason}). Check that the file still exists and is shared.',
  'source.no_register': 'No {kind} register recognised in source workbook {source}. Check its column headings or sheet name.',
  'source.late': 'Source {source} has not reported for period {period}; the deadline was {deadline}.',

  'sync.kind.beneficiary': 'beneficiary',
  'sync.kind.program': 'programme',
  'sync.reason.unreachable': 'file missing, deleted, or no access',

  'sync.col.sumber': 'source',
  'sync.col.sheet': 'sheet',
  'sync.col.baris': 'row',
  'sync.col.sidik': 'row fingerprint',
  'sync.col.disinkronkan': 'synced at',

  'sync.sheet.beneficiary': 'Consolidated Beneficiaries',
  'sync.sheet.program': 'Consolidated Programmes',
  'sync.sheet.sources': 'Sources',
  'sync.sheet.findings': 'Findings',

  'sync.sources.id': 'ID',
  'sync.sources.opd': 'Agency',
  'sync.sources.kind': 'Kind',
  'sync.sources.ref': 'Location',
  'sync.sources.state': 'State',
  'sync.sources.rows': 'Rows',
  'sync.sources.errors': 'Errors',
  'sync.sources.warnings': 'Warnings',
  'sync.sources.last_sync': 'Last sync',
  'sync.sources.last_change': 'Last change',
  'sync.sources.contact': 'Contact email',

  'sync.state.ok': 'ok',
  'sync.state.unreachable': 'cannot be opened',
  'sync.state.no_register': 'no register found',
  'sync.state.errors': 'has errors',

  'sync.findings.severity': 'Severity',
  'sync.findings.file': 'Source',
  'sync.findings.sheet': 'Sheet',
  'sync.findings.row': 'Row',
  'sync.findings.cell': 'Cell',
  'sync.findings.column': 'Column',
  'sync.findings.rule': 'Rule',
  'sync.findings.message': 'Message',
  'sync.severity.error': 'error',
  'sync.severity.warning': 'warning',
  'sync.severity.info': 'info',

  'sync.cli.summary': '{sources} sources: {ok} ok, {failed} failed; {rows} rows consolidated; {errors} errors, {warnings} warnings.',
  'sync.cli.source_line': '  {source}: {state}, {rows} rows, {errors} errors, {warnings} warnings',
  'sync.cli.need_out': 'Name the master file with --out master.xlsx.',
} as const;
