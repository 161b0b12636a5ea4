// Placeholder until the check commands land: Periksa, Hapus tanda, onEdit.
import { comingSoon } from '../coming';

export const menuCheckSheet = (): void => comingSoon('menu.check_sheet', 'Periksa');
export const menuCheckAll = (): void => comingSoon('menu.check_all', 'Periksa');
export const menuClearMarks = (): void => comingSoon('menu.clear_marks', 'Periksa');
export function onEdit(_e?: GoogleAppsScript.Events.SheetsOnEdit): void {}
export const checkChunk = (): void => undefined;
