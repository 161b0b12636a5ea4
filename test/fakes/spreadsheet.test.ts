// Spreadsheet-level behaviour: opening by id/url and its failures, metadata, validation, protection, charts, merges.
import { createGasFake } from './gas';

describe('opening spreadsheets', () => {
  test('openById and openByUrl find any spreadsheet created in the fake', () => {
    const fake = createGasFake();
    const master = fake.createSpreadsheet('Master');
    const source = fake.createSpreadsheet('Dinas Sosial');
    const { SpreadsheetApp } = fake.globals;
    expect(SpreadsheetApp.getActiveSpreadsheet()).toBe(master);
    expect(SpreadsheetApp.openById(source.getId())).toBe(source);
    expect(SpreadsheetApp.openByUrl(source.getUrl())).toBe(source);
    expect(source.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${source.getId()}/edit`);
    expect(SpreadsheetApp.openByUrl(`https://docs.google.com/spreadsheets/d/${source.getId()}/edit#gid=0`)).toBe(source);
    expect(() => SpreadsheetApp.openByUrl('not a url')).toThrow('Invalid argument: url');
  });

  test('openById of a deleted or unshared spreadsheet throws Apps Script messages; unknown ids fail too', () => {
    const fake = createGasFake();
    const gone = fake.createSpreadsheet('Deleted');
    const locked = fake.createSpreadsheet('Locked');
    fake.failOpen(gone, 'deleted');
    fake.failOpen(locked.getId(), 'noAccess');
    const { SpreadsheetApp } = fake.globals;
    expect(() => SpreadsheetApp.openById(gone.getId())).toThrow('Requested entity was not found.');
    expect(() => SpreadsheetApp.openByUrl(locked.getUrl())).toThrow('You do not have permission to access the requested document.');
    expect(() => SpreadsheetApp.openById('1nope')).toThrow(/Unexpected error while getting the method or property openById/);
    fake.failOpen(gone, null);
    expect(SpreadsheetApp.openById(gone.getId())).toBe(gone);
    const born = fake.createSpreadsheet('Gone at birth', undefined, { openFailure: 'deleted' });
    expect(() => SpreadsheetApp.openById(born.getId())).toThrow('Requested entity was not found.');
  });

  test('no active spreadsheet means getActiveSpreadsheet() is null; locale and time zone defaults', () => {
    const fake = createGasFake();
    expect(fake.globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    const ss = fake.createSpreadsheet('Book');
    expect(ss.getSpreadsheetLocale()).toBe('in_ID');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    ss.setSpreadsheetLocale('en_US');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    fake.setActive(null);
    expect(fake.globals.SpreadsheetApp.getActive()).toBeNull();
  });

  test('rich text: text is stored literally (never parsed), with its link', () => {
    const fake = createGasFake();
    const ss = fake.createSpreadsheet('Book');
    const link = fake.globals.SpreadsheetApp.newRichTextValue().setText('=buka').setLinkUrl(ss.getUrl()).build();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setRichTextValue(link);
    expect(cell.getValue()).toBe('=buka');
    expect(cell.getFormula()).toBe('');
    expect(cell.getRichTextValue().getLinkUrl()).toBe(ss.getUrl());
    cell.setValue('plain');
    expect(cell.getRichTextValue().getLinkUrl()).toBeNull();
  });

  test('toast is recorded', () => {
    const fake = createGasFake();
    const ss = fake.createSpreadsheet('Book');
    ss.toast('Selesai', 'Sinergi', 3);
    expect(fake.ui.toasts).toEqual([{ spreadsheet: ss.getId(), message: 'Selesai', title: 'Sinergi', timeoutSeconds: 3 }]);
  });
});

describe('developer metadata', () => {
  test('on spreadsheet, sheet and whole rows; rows move with insertions and vanish with deletions', () => {
    const fake = createGasFake();
    const ss = fake.createSpreadsheet('Book', { Data: [['a'], ['b'], ['c']] });
    const sheet = ss.getSheetByName('Data')!;
    ss.addDeveloperMetadata('sinergi.version', '1');
    sheet.addDeveloperMetadata('sinergi.register', 'beneficiary');
    sheet.getRange('3:3').addDeveloperMetadata('sinergi.mark', 'row-c');
    sheet.getRange(2, 1, 1, sheet.getMaxColumns()).addDeveloperMetadata('sinergi.mark', 'row-b');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['sinergi.version']);
    expect(sheet.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['beneficiary']);

    sheet.insertRowsBefore(1, 2);
    const marks = ss.createDeveloperMetadataFinder().withKey('sinergi.mark').find();
    expect(marks.map((m) => [m.getValue(), m.getLocation().getLocationType(), m.getLocation().getRow()!.getRow()])).toEqual([
      ['row-c', 'ROW', 5],
      ['row-b', 'ROW', 4],
    ]);
    sheet.deleteRow(4);
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .withKey('sinergi.mark')
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['row-c']);
    marks[0].remove();
    expect(ss.createDeveloperMetadataFinder().withKey('sinergi.mark').find()).toHaveLength(0);
  });

  test('metadata on a cell range (not whole rows or columns) throws as in Apps Script', () => {
    const fake = createGasFake();
    const sheet = fake.createSpreadsheet('Book').getSheets()[0];
    expect(() => sheet.getRange('B2').addDeveloperMetadata('k', 'v')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
    sheet.getRange('C:C').addDeveloperMetadata('col', 'PROJECT');
    const [col] = sheet.getRange('C:C').getDeveloperMetadata();
    expect([col.getKey(), col.getValue(), col.getVisibility()]).toEqual(['col', null, 'PROJECT']);
  });
});

describe('data validation', () => {
  test('builder keeps criteria; rules are read back per cell', () => {
    const fake = createGasFake();
    const sheet = fake.createSpreadsheet('Book').getSheets()[0];
    const { SpreadsheetApp } = fake.globals;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['L', 'P'], true)
      .setAllowInvalid(false)
      .setHelpText('L atau P')
      .build();
    sheet.getRange('A2:A3').setDataValidation(rule);
    const got = sheet.getRange('A1:A3').getDataValidations();
    expect(got[0][0]).toBeNull();
    expect(got[1][0]!.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got[1][0]!.getCriteriaValues()).toEqual([['L', 'P'], true]);
    expect(got[2][0]!.getHelpText()).toBe('L atau P');
    sheet.getRange('A2:A3').clearDataValidations();
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
  });

  test('a rejecting rule refuses script writes of invalid values; warning rules do not', () => {
    const fake = createGasFake();
    const sheet = fake.createSpreadsheet('Book').getSheets()[0];
    const { SpreadsheetApp } = fake.globals;
    sheet
      .getRange('A1:A2')
      .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['L', 'P']).setAllowInvalid(false).build());
    sheet.getRange('B1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['L', 'P']).build());
    expect(() => sheet.getRange('A1:A2').setValues([['L'], ['X']])).toThrow(
      'The data you entered in cell A2 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('A1').getValue()).toBe('');
    sheet.getRange('A1:A2').setValues([['P'], ['']]);
    sheet.getRange('B1').setValue('X');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['P', 'X']]);
  });

  test('list rules over 500 items are refused; range rules check against the range', () => {
    const fake = createGasFake();
    const ss = fake.createSpreadsheet('Book', { Ref: [['Binjai Kota'], ['Binjai Utara']], Data: [] });
    const { SpreadsheetApp } = fake.globals;
    const data = ss.getSheetByName('Data')!;
    const big = SpreadsheetApp.newDataValidation()
      .requireValueInList(Array.from({ length: 501 }, (_, i) => `v${i}`))
      .build();
    expect(() => data.getRange('A1').setDataValidation(big)).toThrow(/more items than the limit of 500/);
    const inRange = SpreadsheetApp.newDataValidation().requireValueInRange(ss.getRange('Ref!A1:A2')).setAllowInvalid(false).build();
    data.getRange('A1').setDataValidation(inRange);
    data.getRange('A1').setValue('Binjai Utara');
    expect(() => data.getRange('A1').setValue('Medan')).toThrow(/violates the data validation rules/);
  });
});

describe('protection, charts, merges, layout', () => {
  test('protections are recorded and removable', () => {
    const fake = createGasFake();
    const ss = fake.createSpreadsheet('Book');
    const sheet = ss.getSheets()[0];
    const p = sheet.protect().setDescription('Sinergi output').setWarningOnly(true);
    expect(sheet.protect()).toBe(p);
    const rp = sheet.getRange('A1:B2').protect();
    expect(ss.getProtections(fake.globals.SpreadsheetApp.ProtectionType.SHEET).map((x) => x.getDescription())).toEqual(['Sinergi output']);
    expect(rp.getRange().getA1Notation()).toBe('A1:B2');
    expect(p.isWarningOnly()).toBe(true);
    p.remove();
    expect(sheet.getProtections('SHEET')).toHaveLength(0);
    expect(sheet.getProtections('RANGE')).toHaveLength(1);
  });

  test('charts keep type, ranges, position and options', () => {
    const fake = createGasFake();
    const sheet = fake
      .createSpreadsheet('Book', {
        Rollup: [
          ['OPD', 'Realisasi'],
          ['Dinkes', 40],
        ],
      })
      .getSheets()[0];
    const chart = sheet
      .newChart()
      .setChartType(fake.globals.Charts.ChartType.BAR)
      .addRange(sheet.getRange('A1:B2'))
      .setPosition(1, 4, 0, 0)
      .setOption('title', 'Realisasi per OPD')
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored.getOptions().get('title')).toBe('Realisasi per OPD');
    expect(stored._describe()).toEqual({
      type: 'BAR',
      ranges: ['Rollup!A1:B2'],
      position: { anchorRow: 1, anchorColumn: 4, offsetX: 0, offsetY: 0 },
      options: { title: 'Realisasi per OPD' },
    });
    sheet.removeChart(stored);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  test('merge keeps the top-left value; partial overlaps throw', () => {
    const fake = createGasFake();
    const sheet = fake.createSpreadsheet('Book', { S: [['Realisasi', 'x', 'y']] }).getSheets()[0];
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Realisasi', '', '']]);
    expect(
      sheet
        .getRange('B1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C1']);
    expect(() => sheet.getRange('B1:D1').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('A1:C1').breakApart();
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
  });

  test('frozen rows, widths, hiding, clearing', () => {
    const fake = createGasFake();
    const sheet = fake.createSpreadsheet('Book', { S: [['a', 'b']] }).getSheets()[0];
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 2, 150);
    sheet.getRange('A1').setNote('catatan').setFontWeight('bold');
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(2), sheet.getRange('A1').getFontWeight()]).toEqual([1, 150, 'bold']);
    sheet.clearNotes();
    sheet.clearFormats();
    expect([sheet.getRange('A1').getNote(), sheet.getRange('A1').getFontWeight(), sheet.getRange('A1').getValue()]).toEqual([
      '',
      'normal',
      'a',
    ]);
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
  });
});
