// Bahasa Indonesia: consolidation of source workbooks into the master (source findings, provenance columns, status sheet).
export const sync = {
  'source.unreachable': 'Workbook sumber {source} tidak bisa dibuka ({reason}). Periksa apakah file masih ada dan akses sudah dibagikan.',
  'source.no_register': 'Tidak ada register {kind} yang dikenali di workbook sumber {source}. Periksa judul kolomnya atau nama sheet.',
  'source.late': 'Sumber {source} belum melapor untuk periode {period}; batas waktunya {deadline}.',

  'sync.kind.beneficiary': 'penerima',
  'sync.kind.program': 'program',
  'sync.reason.unreachable': 'file tidak ada, terhapus, atau tidak ada akses',

  'sync.col.sumber': 'sumber',
  'sync.col.sheet': 'sheet',
  'sync.col.baris': 'baris',
  'sync.col.sidik': 'sidik baris',
  'sync.col.disinkronkan': 'disinkronkan',

  'sync.sheet.beneficiary': 'Konsolidasi Penerima',
  'sync.sheet.program': 'Konsolidasi Program',
  'sync.sheet.sources': 'Sumber',
  'sync.sheet.findings': 'Temuan',

  'sync.sources.id': 'ID',
  'sync.sources.opd': 'OPD',
  'sync.sources.kind': 'Jenis',
  'sync.sources.ref': 'Lokasi',
  'sync.sources.state': 'Status',
  'sync.sources.rows': 'Baris',
  'sync.sources.errors': 'Kesalahan',
  'sync.sources.warnings': 'Peringatan',
  'sync.sources.last_sync': 'Sinkron terakhir',
  'sync.sources.last_change': 'Perubahan terakhir',
  'sync.sources.contact': 'Email kontak',

  'sync.state.ok': 'baik',
  'sync.state.unreachable': 'tidak bisa dibuka',
  'sync.state.no_register': 'register tidak ditemukan',
  'sync.state.errors': 'ada kesalahan',

  'sync.findings.severity': 'Tingkat',
  'sync.findings.file': 'Sumber',
  'sync.findings.sheet': 'Sheet',
  'sync.findings.row': 'Baris',
  'sync.findings.cell': 'Sel',
  'sync.findings.column': 'Kolom',
  'sync.findings.rule': 'Aturan',
  'sync.findings.message': 'Pesan',
  'sync.severity.error': 'kesalahan',
  'sync.severity.warning': 'peringatan',
  'sync.severity.info': 'info',

  'sync.cli.summary': '{sources} sumber: {ok} baik, {failed} gagal; {rows} baris digabung; {errors} kesalahan, {warnings} peringatan.',
  'sync.cli.source_line': '  {source}: {state}, {rows} baris, {errors} kesalahan, {warnings} peringatan',
  'sync.cli.need_out': 'Sebutkan file master dengan --out master.xlsx.',
} as const;
