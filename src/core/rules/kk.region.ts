// kk.region: a KK number's digits 1-4 must be a Kemendagri kab/kota code, and for Binjai digits 5-6 one of its kecamatan.
import { regionRule } from './nik.region';

export const rule = regionRule('kk.region', 'no_kk');
