// Shapes and sizes: dimension checks, fixed sheet size, A1 notation, sheet names, row insertion and deletion.
import { createGasFake } from './gas';

function book(sheets?: Record<string, unknown[][]>) {
  const fake = createGasFake();
  const ss = fake.createSpreadsheet('Book', sheets);
  return { fake, ss, sheet: ss.getSheets()[0] };
}

describe('dimension mismatch', () => {
  const rowsMsg = 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.';
  const colsMsg =
    'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.';

  test.each([
    ['setValues', [['a', 'b']]],
    ['setNotes', [['a', 'b']]],
    ['setBackgrounds', [['#ffffff', '#ffffff']]],
    ['setNumberFormats', [['@', '@']]],
    ['setDataValidations', [[null, null]]],
    ['setFormulas', [['=1', '=2']]],
    ['setFontWeights', [['bold', 'bold']]],
  ])('%s checks rows, then columns, with Apps Script messages', (method, oneRow) => {
    const { sheet } = book();
    const range = sheet.getRange('A1:B2') as unknown as Record<string, (g: unknown) => unknown>;
    expect(() => range[method](oneRow)).toThrow(rowsMsg);
    const wide = [
      [...(oneRow as unknown[][])[0], (oneRow as unknown[][])[0][0]],
      [...(oneRow as unknown[][])[0], (oneRow as unknown[][])[0][0]],
    ];
    expect(() => range[method](wide)).toThrow(colsMsg);
  });

  test('a failed write changes nothing', () => {
    const { sheet } = book({ S: [['keep']] });
    expect(() => sheet.getRange('A1:A2').setValues([['x'], ['y', 'z']])).toThrow(/number of columns/);
    expect(sheet.getRange('A1').getValue()).toBe('keep');
  });

  test('a non-array argument is a signature error', () => {
    const { sheet } = book();
    expect(() => sheet.getRange('A1').setValues('x' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });
});

describe('sheet size', () => {
  test('a new sheet is 1000 x 26; ranges outside it throw; setValues grows nothing', () => {
    const { ss } = book();
    const sheet = ss.insertSheet('Out');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 27)).toThrow(outside);
    expect(() => sheet.getRange('A1:AA1')).toThrow(outside);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.insertRowsAfter(1000, 500);
    sheet.insertColumnsAfter(26, 4);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1500, 30]);
    const grid = Array.from({ length: 1500 }, () => new Array(30).fill(1));
    sheet.getRange(1, 1, 1500, 30).setValues(grid);
    expect(sheet.getLastRow()).toBe(1500);
  });

  test('fixtures larger than 1000 rows get a sheet that fits them', () => {
    const { sheet } = book({ Big: Array.from({ length: 1200 }, (_, i) => [i]) });
    expect(sheet.getMaxRows()).toBe(1200);
    expect(sheet.getLastRow()).toBe(1200);
  });

  test('the 10 million cell cap applies to inserts', () => {
    const { sheet } = book();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  test('inserted rows shift content and inherit the formatting of the row above', () => {
    const { sheet } = book({
      S: [
        ['h1', 'h2'],
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    sheet.getRange('A2:B2').setNumberFormat('@').setBackground('#eeeeee');
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getRange('A1:B5').getValues()).toEqual([
      ['h1', 'h2'],
      ['a', 'b'],
      ['', ''],
      ['', ''],
      ['c', 'd'],
    ]);
    expect(sheet.getRange('A3:A4').getNumberFormats()).toEqual([['@'], ['@']]);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  test('deleteRows removes rows, keeps one non-frozen row, and checks bounds', () => {
    const { sheet } = book({ S: [['a'], ['b'], ['c']] });
    sheet.deleteRows(1, 2);
    expect(sheet.getRange('A1').getValue()).toBe('c');
    expect(sheet.getMaxRows()).toBe(998);
    expect(() => sheet.deleteRows(1, 998)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(() => sheet.deleteRows(998, 2)).toThrow('Those rows are out of bounds.');
  });
});

describe('A1 notation', () => {
  test('cells, rectangles, open columns and rows, sheet-qualified references', () => {
    const { ss, sheet } = book({
      'Data Penerima': [
        [1, 2],
        [3, 4],
      ],
    });
    expect(sheet.getRange('b2').getA1Notation()).toBe('B2');
    expect(sheet.getRange('$A$1:$B$2').getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
    expect(sheet.getRange('A2:B').getA1Notation()).toBe('A2:B1000');
    expect(ss.getRange("'Data Penerima'!A2:B2").getValues()).toEqual([[3, 4]]);
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getRange('AA1:AB1').getColumn()).toBe(27);
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
    expect(() => sheet.getRange('1A')).toThrow('Range not found');
  });
});

describe('sheet names', () => {
  test('insertSheet and setName refuse an existing name, ignoring case', () => {
    const { ss } = book({ Temuan: [] });
    expect(() => ss.insertSheet('Temuan')).toThrow('A sheet with the name "Temuan" already exists. Please enter another name.');
    expect(() => ss.insertSheet('temuan')).toThrow('A sheet with the name "temuan" already exists. Please enter another name.');
    const other = ss.insertSheet('Staging');
    expect(() => other.setName('TEMUAN')).toThrow('A sheet with the name "TEMUAN" already exists. Please enter another name.');
    other.setName('Staging'); // renaming to its own name is fine
    expect(ss.getSheetByName('staging')).toBe(other);
  });

  test('insertSheet: default names, 0-based index, becomes active; deleteSheet; the last sheet cannot go', () => {
    const { ss, sheet } = book();
    const s2 = ss.insertSheet();
    expect(s2.getName()).toBe('Sheet2');
    expect(ss.getActiveSheet()).toBe(s2);
    const first = ss.insertSheet('First', 0);
    expect(first.getIndex()).toBe(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Sheet2']);
    ss.deleteSheet(first);
    ss.deleteSheet(s2);
    expect(() => ss.deleteSheet(sheet)).toThrow(/remove all the sheets/);
  });

  test('copyTo names the copy "Copy of X" and copies cells; hiding the last visible sheet throws', () => {
    const fake = createGasFake();
    const a = fake.createSpreadsheet('A', { Data: [['x', 1]] });
    const b = fake.createSpreadsheet('B');
    const copy = a.getSheetByName('Data')!.copyTo(b);
    expect(copy.getName()).toBe('Copy of Data');
    expect(copy.getRange('A1:B1').getValues()).toEqual([['x', 1]]);
    expect(b.getSheets()).toHaveLength(2);
    expect(() => a.getSheets()[0].hideSheet()).toThrow(/hide all the sheets/);
  });
});
