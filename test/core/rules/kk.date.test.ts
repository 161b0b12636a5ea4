// kk.date: digits 7-12 of a KK are the ddmmyy recording date: real, no +40 band, not after today (2026-11-28).
import { rule } from '../../../src/core/rules/kk.date';
import { TODAY, num16, ruleTable, text16 } from './harness';

const kk = (ddmmyy: string) => text16('127502' + ddmmyy + '0003');

ruleTable(rule, {
  pass: [
    { name: '1 January 2015', rows: [{ no_kk: kk('010115') }] },
    { name: 'recorded today', rows: [{ no_kk: kk('281126') }] },
    { name: 'recorded in 1999', rows: [{ no_kk: kk('311299') }] },
    { name: '29 Feb 2000 (year 00)', rows: [{ no_kk: kk('290200') }] },
    { name: '29 Feb 2024', rows: [{ no_kk: kk('290224') }] },
    { name: 'tomorrow is fine once tomorrow has come', rows: [{ no_kk: kk('291126') }], ctx: { today: TODAY + 1 } },
    { name: 'typed with spaces', rows: [{ no_kk: text16('1275 0201 0115 0003') }] },
    { name: 'a leading apostrophe', rows: [{ no_kk: text16("'1275020101150003") }] },
    { name: 'an untrusted number', rows: [{ no_kk: num16(1275020101150010) }] },
    { name: 'a bad format is kk.format only', rows: [{ no_kk: text16('12750299999') }] },
  ],
  fail: [
    {
      name: 'recorded tomorrow',
      rows: [{ no_kk: kk('291126') }],
      expect: [{ field: 'no_kk', severity: 'error', key: 'kk.date.future', params: { date: '29/11/2026', value: '127502********03' } }],
    },
    { name: 'recorded next year', rows: [{ no_kk: kk('010127') }], expect: [{ key: 'kk.date.future', params: { date: '01/01/2027' } }] },
    { name: 'a +40 day does not exist on a KK', rows: [{ no_kk: kk('570815') }], expect: [{ key: 'kk.date.day', params: { day: '57' } }] },
    { name: 'day 00', rows: [{ no_kk: kk('000815') }], expect: [{ key: 'kk.date.day', params: { day: '00' } }] },
    { name: 'month 13', rows: [{ no_kk: kk('011315') }], expect: [{ key: 'kk.date.month', params: { month: '13' } }] },
    { name: '29 Feb 2023', rows: [{ no_kk: kk('290223') }], expect: [{ key: 'kk.date', params: { date: '29/02/2023' } }] },
    { name: '31 April', rows: [{ no_kk: kk('310415') }], expect: [{ key: 'kk.date', params: { date: '31/04/2015' } }] },
    { name: 'typed with dots', rows: [{ no_kk: text16('12.75.02.291126.0003') }], expect: [{ key: 'kk.date.future' }] },
    { name: 'an untrusted number', rows: [{ no_kk: num16(1275023201150010) }], expect: [{ key: 'kk.date.day' }] },
  ],
});
