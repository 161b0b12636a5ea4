// The manifest asks for the fewest scopes that work, and the version shown to users matches package.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../../src/core/version';

const root = join(__dirname, '..', '..');
const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8'));

test('appsscript.json: Jakarta time, V8, Stackdriver, explicit least-privilege scopes, no addOns block', () => {
  const m = read('appsscript.json');
  expect(m.timeZone).toBe('Asia/Jakarta');
  expect(m.runtimeVersion).toBe('V8');
  expect(m.exceptionLogging).toBe('STACKDRIVER');
  expect(m.addOns).toBeUndefined();
  expect(m.oauthScopes).toEqual([
    // openById of the agencies' spreadsheets (consolidation, Kirim referensi) needs the full scope.
    'https://www.googleapis.com/auth/spreadsheets',
    'https://www.googleapis.com/auth/script.container.ui',
    // The one time-driven trigger of scheduled consolidation and reminders (ScriptApp.newTrigger).
    'https://www.googleapis.com/auth/script.scriptapp',
    // Reminders: MailApp.sendEmail as the user, nothing else of their mail (not gmail.send, not gmail.modify).
    'https://www.googleapis.com/auth/script.send_mail',
  ]);
  expect(m.oauthScopes.join(' ')).not.toMatch(/external_request|drive/);
});

test('.clasp.json pushes the built add-on and carries a marked placeholder id', () => {
  const c = read('.clasp.json');
  expect(c.rootDir).toBe('dist/addon');
  expect(c.scriptId).toMatch(/REPLACE_WITH_YOUR_SCRIPT_ID/);
});

test('VERSION equals package.json version', () => {
  expect(VERSION).toBe(read('package.json').version);
});
