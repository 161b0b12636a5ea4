// Contact cells as TKPP and agencies fill them, read into valid addresses and the pieces that are not addresses.
import { isEmail, parseEmails } from '../../../src/core/remind/emails';

describe('parseEmails', () => {
  it.each<[string, string, string[], string[]]>([
    ['one address', 'dinsos@binjaikota.go.id', ['dinsos@binjaikota.go.id'], []],
    ['trimmed and lower-cased', '  DinSos@BinjaiKota.GO.ID  ', ['dinsos@binjaikota.go.id'], []],
    ['comma', 'a@x.go.id, b@y.id', ['a@x.go.id', 'b@y.id'], []],
    ['semicolon', 'a@x.go.id;b@y.id', ['a@x.go.id', 'b@y.id'], []],
    ['spaces only', 'a@x.go.id   b@y.id', ['a@x.go.id', 'b@y.id'], []],
    ['newlines (Alt+Enter in a cell)', 'a@x.go.id\nb@y.id\r\nc@z.id', ['a@x.go.id', 'b@y.id', 'c@z.id'], []],
    ['mixed separators and empty pieces', ' ;a@x.go.id ,, ; b@y.id; ', ['a@x.go.id', 'b@y.id'], []],
    ['duplicates, any case', 'a@x.go.id; A@X.GO.ID, a@x.go.id', ['a@x.go.id'], []],
    ['display name', 'Budi Santoso <budi@dinsos.go.id>', ['budi@dinsos.go.id'], []],
    ['display names, several', 'Budi <budi@x.id>, "Siti Aminah" <SITI@Y.ID>', ['budi@x.id', 'siti@y.id'], []],
    ['display name with title', 'Drs. Budi, M.Si <budi@x.id>', ['budi@x.id'], []],
    ['mailto link', 'mailto:budi@x.go.id', ['budi@x.go.id'], []],
    ['mailto in capitals, with a query', 'MAILTO:Budi@X.go.id?subject=Laporan', ['budi@x.go.id'], []],
    ['mailto in brackets', '<mailto:budi@x.go.id>', ['budi@x.go.id'], []],
    ['trailing full stop and quotes', '"budi@x.go.id".', ['budi@x.go.id'], []],
    ['label before the address', 'Email: budi@x.go.id', ['budi@x.go.id'], []],
    ['address with plus and dots', 'kepala.dinas+binjai@mail.binjaikota.go.id', ['kepala.dinas+binjai@mail.binjaikota.go.id'], []],
    ['empty', '', [], []],
    ['blank', '   \n  ', [], []],
    ['a name and no address', 'Budi Santoso', [], ['Budi Santoso']],
    ['a phone number', '0812-3456-7890', [], ['0812-3456-7890']],
    ['a dash for none: nothing to report', '-', [], []],
    ['lone punctuation beside an address', 'a@x.go.id - b@y.id | c@z.id & …', ['a@x.go.id', 'b@y.id', 'c@z.id'], []],
    // Titles and name words in a cell that has an address are its display name, not bad addresses.
    ['name and title before the address', 'Budi Santoso, S.Sos, budi@binjaikota.go.id', ['budi@binjaikota.go.id'], []],
    ['titles, with and without dots', 'Drs. Budi, M.Si; Ir. Siti, S.T.; Andi S.Kom <andi@x.id>; budi@x.id', ['andi@x.id', 'budi@x.id'], []],
    ['more titles', 'Hj. Rina, S.Kep, A.Md.Kep - rina@x.id / Dr. Joko, M.AP joko@y.id', ['rina@x.id', 'joko@y.id'], []],
    ['slash separates addresses', 'a@x.go.id/b@y.id', ['a@x.go.id', 'b@y.id'], []],
    ['slash between name and address', 'Budi / budi@x.id', ['budi@x.id'], []],
    ['a dotted lower-case word is a mistyped address, not a title', 'budi@x.id, budi.santoso', ['budi@x.id'], ['budi.santoso']],
    ['a long dotted word is not a title', 'budi@x.id, Dinsos.Binjai.Kota', ['budi@x.id'], ['Dinsos.Binjai.Kota']],
    ['a phone number beside an address stays a bad piece', 'budi@x.id, 0812-3456-7890', ['budi@x.id'], ['0812-3456-7890']],
    ['missing @', 'dinsos.binjaikota.go.id', [], ['dinsos.binjaikota.go.id']],
    ['two @', 'budi@@x.id', [], ['budi@@x.id']],
    ['no domain dot', 'budi@localhost', [], ['budi@localhost']],
    ['comma for a dot in the domain', 'budi@gmail,com', [], ['budi@gmail']],
    ['space inside the domain', 'budi@gmail .com', [], ['budi@gmail', '.com']],
    ['numeric top-level domain', 'budi@x.go.id1', [], ['budi@x.go.id1']],
    ['double dot', 'budi..santoso@x.id', [], ['budi..santoso@x.id']],
    ['leading dot', '.budi@x.id', [], ['.budi@x.id']],
    ['hyphen at a label edge', 'budi@-x.id', [], ['budi@-x.id']],
    ['accented local part', 'josé@x.id', [], ['josé@x.id']],
    ['valid and invalid, invalid as written', 'a@x.go.id; Budi@Gmail; 0812345', ['a@x.go.id'], ['Budi@Gmail', '0812345']],
    ['bad pieces deduplicated', 'x@y; x@y', [], ['x@y']],
    ['a mistyped address beside a good one is not taken for a name', 'a@x.id, dinsosgmail.com', ['a@x.id'], ['dinsosgmail.com']],
    ['bracket never closed', 'Budi <budi@x.id', ['budi@x.id'], []],
    ['bracketed garbage', 'Budi <budi>', [], ['budi']],
  ])('%s', (_, text, valid, invalid) => {
    expect(parseEmails(text)).toEqual({ valid, invalid });
  });

  it('tolerates a non-string cell value', () => {
    expect(parseEmails(12345 as unknown as string)).toEqual({ valid: [], invalid: ['12345'] });
    expect(parseEmails(undefined as unknown as string)).toEqual({ valid: [], invalid: [] });
  });
});

describe('isEmail', () => {
  it.each<[string, boolean]>([
    ['a@b.id', true],
    ['a_b-c@sub.domain-x.go.id', true],
    ["o'neil@x.id", true],
    ['a@b', false],
    ['a@b.c', false],
    ['@b.id', false],
    ['a@', false],
    ['a@b..id', false],
    ['a.@b.id', false],
    ['a b@c.id', false],
    ['a@' + 'x'.repeat(64) + '.id', false],
    ['x'.repeat(65) + '@b.id', false],
  ])('%s → %s', (text, ok) => {
    expect(isEmail(text)).toBe(ok);
  });
});
