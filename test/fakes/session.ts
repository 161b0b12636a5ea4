// Session: the active and effective user, their locale and the script's time zone, all settable by the test.
import { Env, metered } from './env';

export interface Identity {
  activeUser: string;
  effectiveUser: string;
  userLocale: string;
  scriptTimeZone: string;
}

export function createSession(env: Env, id: Identity) {
  const user = (email: () => string) => ({ getEmail: email, getUsername: () => email().split('@')[0] });
  return metered(env, 'Session', {
    /** '' when the user is not the one who installed a trigger, as Apps Script hides other users. */
    getActiveUser: () => user(() => id.activeUser),
    getEffectiveUser: () => user(() => id.effectiveUser),
    getActiveUserLocale: () => id.userLocale,
    getScriptTimeZone: () => id.scriptTimeZone,
    getTimeZone: () => id.scriptTimeZone,
    getTemporaryActiveUserKey: () => `tmp-${Buffer.from(id.activeUser).toString('base64url')}`,
  });
}
