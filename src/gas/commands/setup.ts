// Placeholder until register setup lands.
import { comingSoon } from '../coming';

export const menuSetup = (): void => comingSoon('menu.setup', 'Siapkan register');
export const setupCreateRegister = (): void => undefined;
export const setupApplyMapping = (): void => undefined;
export const setupCreateReference = (): void => undefined;
export const setupDetect = (): void => undefined;
