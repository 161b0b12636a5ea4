// kk.format: a KK number must be 16 digits once spaces, dots, dashes and a leading apostrophe are removed.
import { idFormatRule } from './nik.format';

export const rule = idFormatRule('kk.format', 'no_kk');
