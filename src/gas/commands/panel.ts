// Placeholder until the rollup, the findings panel and chunked checks land.
import { comingSoon } from '../coming';

export const menuRollup = (): void => comingSoon('menu.rollup', 'Rekap progres');
export const menuSidebar = (): void => comingSoon('menu.sidebar', 'Panel temuan');
export const sidebarData = (): void => undefined;
export const jumpTo = (): void => undefined;
