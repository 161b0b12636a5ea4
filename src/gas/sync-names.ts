// Names of the sheets consolidation owns in the master; they live in app/sync-sheets, where the reminders read them too.
export { isSyncSheet, SYNC_SHEETS } from '../app/sync-sheets';
