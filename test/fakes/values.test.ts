// Write semantics of setValues and read semantics of getValues/getDisplayValues, where real Sheets bites.
import { createGasFake, formula } from './gas';

function sheetOf(fake = createGasFake()) {
  const ss = fake.createSpreadsheet('Book');
  return { fake, ss, sheet: fake.uncounted(() => ss.getSheets()[0]) };
}

describe('typed input', () => {
  test("'=' strings become formulas: getFormulas returns them, getValues returns the cached result ('')", () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:B1');
    r.setValues([['=SUM(C1:C3)', 'plain']]);
    expect(r.getFormulas()).toEqual([['=SUM(C1:C3)', '']]);
    expect(r.getValues()).toEqual([['', 'plain']]);
  });

  test('a fixture formula() cell carries its computed value', () => {
    const fake = createGasFake();
    const ss = fake.createSpreadsheet('Book', { S: [[1, 2, formula('=A1+B1', 3)]] });
    const r = ss.getSheetByName('S')!.getRange('A1:C1');
    expect(r.getValues()).toEqual([[1, 2, 3]]);
    expect(r.getFormulas()).toEqual([['', '', '=A1+B1']]);
  });

  test("a leading apostrophe stores text and is stripped (the add-on's formula-injection guard)", () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:D1');
    r.setValues([['\'=HYPERLINK("x")', "'0812", "'+62812", "'-5"]]);
    expect(r.getValues()).toEqual([['=HYPERLINK("x")', '0812', '+62812', '-5']]);
    expect(r.getFormulas()).toEqual([['', '', '', '']]);
  });

  test("number format '@' keeps later number-looking and formula-looking strings as text", () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:C1');
    r.setNumberFormat('@');
    r.setValues([['1275011708800001', '0812', '=1+1']]);
    expect(r.getValues()).toEqual([['1275011708800001', '0812', '=1+1']]);
    expect(r.getFormulas()).toEqual([['', '', '']]);
    expect(r.getNumberFormats()).toEqual([['@', '@', '@']]);
  });

  test('plain decimal strings become numbers without @; leading zeros are lost', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:F1');
    r.setValues([['1250000', '0812', '+5', '-2.5', '1.250.000', '1,5']]);
    expect(r.getValues()).toEqual([[1250000, 812, 5, -2.5, '1.250.000', '1,5']]);
  });

  test("'+'/'-' followed by a non-number is read as a formula (#ERROR!); '@' strings stay text", () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:D1');
    r.setValues([['-tidak ada', '+A1', '@user', '-']]);
    expect(r.getValues()).toEqual([['#ERROR!', '#ERROR!', '@user', '-']]);
    expect(r.getFormulas()).toEqual([['=-tidak ada', '=+A1', '', '']]);
  });

  test('booleans, percentages and ISO dates are parsed like typed input', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:C1');
    r.setValues([['TRUE', '10%', '2024-03-05']]);
    const [[b, pct, date]] = r.getValues();
    expect(b).toBe(true);
    expect(pct).toBeCloseTo(0.1);
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe('2024-03-04T17:00:00.000Z'); // midnight in Asia/Jakarta
  });

  test('numbers beyond 2^53 keep only double precision; 16 digits under 2^53 stay exact', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:C1');
    r.setValues([['1275011708800001', '9275011708800001', '12750117088000011234']]);
    const [[exact, rounded, twenty]] = r.getValues() as number[][];
    expect(exact).toBe(1275011708800001);
    expect(rounded).toBe(9275011708800000);
    expect(String(rounded)).not.toBe('9275011708800001');
    expect(twenty).toBe(12750117088000011234);
    expect(Number.isSafeInteger(twenty)).toBe(false);
  });

  test('null and undefined write empty cells; empty cells read as empty strings', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:C1');
    r.setValues([['x', null, undefined]]);
    expect(r.getValues()).toEqual([['x', '', '']]);
    r.setValues([['', '', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('reading', () => {
  test('getValues returns copies: mutating the result does not change the sheet', () => {
    const { sheet } = sheetOf();
    const when = new Date('2024-01-02T03:04:05Z');
    sheet.getRange('A1:B1').setValues([['a', when]]);
    const first = sheet.getRange('A1:B1').getValues();
    first[0][0] = 'changed';
    (first[0][1] as Date).setFullYear(1999);
    const second = sheet.getRange('A1:B1').getValues();
    expect(second[0][0]).toBe('a');
    expect(second[0][1]).toBeInstanceOf(Date);
    expect((second[0][1] as Date).getTime()).toBe(when.getTime());
  });

  test('the written Date is copied too', () => {
    const { sheet } = sheetOf();
    const when = new Date('2024-01-02T03:04:05Z');
    sheet.getRange('A1').setValue(when);
    when.setFullYear(2000);
    expect((sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2024);
  });

  test('getDisplayValues renders numbers (in_ID decimal comma, scientific from 1e15), booleans and dates', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:F1');
    r.setValues([[1250000, 1.5, 1275011708800001, true, new Date('2024-03-04T17:00:00Z'), 'teks']]);
    expect(r.getDisplayValues()).toEqual([['1250000', '1,5', '1,27501E+15', 'TRUE', '05/03/2024', 'teks']]);
    sheet.getRange('A1').setNumberFormat('#,##0');
    sheet.getRange('B1').setNumberFormat('0.00%');
    sheet.getRange('E1').setNumberFormat('yyyy-mm-dd');
    expect(r.getDisplayValues()[0].slice(0, 5)).toEqual(['1.250.000', '150,00%', '1,27501E+15', 'TRUE', '2024-03-05']);
  });

  test('getLastRow/getLastColumn count only cells with content, not formats or notes', () => {
    const { sheet } = sheetOf();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B3').setValue('x');
    sheet.getRange('A10').setBackground('#ff0000');
    sheet.getRange('A11').setNote('a note');
    sheet.getRange('D2').setFormula('=1');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
    sheet.getRange('B3').clearContent();
    expect(sheet.getLastRow()).toBe(2);
  });

  test('default formats, notes, backgrounds and validations of untouched cells', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:B1');
    expect(r.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(r.getNotes()).toEqual([['', '']]);
    expect(r.getDataValidations()).toEqual([[null, null]]);
    r.setBackgrounds([['RED', '#0F0']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#00ff00']]);
  });
});
