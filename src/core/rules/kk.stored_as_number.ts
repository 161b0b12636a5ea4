// kk.stored_as_number: a KK number held as a number may have lost its last digit; it must be kept as text.
import { storedAsNumberRule } from './nik.stored_as_number';

export const rule = storedAsNumberRule('kk.stored_as_number', 'no_kk');
