// Properties, locks, cache, triggers, mail and session, with the limits that make real runs fail.
import { createGasFake } from './gas';

describe('PropertiesService', () => {
  test('stores: get/set/delete/keys; document store is per spreadsheet', () => {
    const fake = createGasFake();
    const a = fake.createSpreadsheet('A');
    const b = fake.createSpreadsheet('B');
    const { PropertiesService } = fake.globals;
    const doc = PropertiesService.getDocumentProperties()!;
    doc.setProperty('cursor', '3').setProperties({ x: '1', y: '2' });
    expect(doc.getProperty('missing')).toBeNull();
    expect(doc.getKeys().sort()).toEqual(['cursor', 'x', 'y']);
    doc.deleteProperty('x');
    expect(doc.getProperties()).toEqual({ cursor: '3', y: '2' });
    doc.setProperties({ only: '1' }, true);
    expect(doc.getProperties()).toEqual({ only: '1' });
    fake.setActive(b);
    expect(PropertiesService.getDocumentProperties()!.getKeys()).toEqual([]);
    expect(fake.properties('document', a)).toEqual({ only: '1' });
    PropertiesService.getScriptProperties().setProperty('n', 5 as unknown as string);
    expect(fake.properties('script')).toEqual({ n: '5' });
    fake.setActive(null);
    expect(PropertiesService.getDocumentProperties()).toBeNull();
  });

  test('a value over 9 KB (UTF-8 bytes) throws "Argument too large: value"', () => {
    const fake = createGasFake();
    const props = fake.globals.PropertiesService.getScriptProperties();
    props.setProperty('ok', 'a'.repeat(9216));
    expect(() => props.setProperty('big', 'a'.repeat(9217))).toThrow('Argument too large: value');
    // 'é' is two bytes: 4609 of them is 9218 bytes though only 4609 characters.
    expect(() => props.setProperty('big', 'é'.repeat(4609))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
  });

  test('a store over 500 KB throws the quota message and keeps its previous content', () => {
    const fake = createGasFake();
    const props = fake.globals.PropertiesService.getUserProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, chunk);
    expect(() => props.setProperty('k56', chunk)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getKeys()).toHaveLength(56);
  });
});

describe('LockService', () => {
  test('a lock held by another process: tryLock false, waitLock throws, fake time passes', () => {
    const fake = createGasFake({ now: () => new Date('2024-05-01T00:00:00Z') });
    fake.createSpreadsheet('Master');
    fake.holdLock('document');
    const lock = fake.globals.LockService.getDocumentLock()!;
    expect(lock.tryLock(5000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(10000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(fake.clock.now().toISOString()).toBe('2024-05-01T00:00:15.000Z');
    fake.freeLock('document');
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('a lock held for a while is acquired once it is released', () => {
    const fake = createGasFake();
    fake.createSpreadsheet('Master');
    fake.holdLock('script', 2000);
    const lock = fake.globals.LockService.getScriptLock();
    const before = fake.clock.ms();
    lock.waitLock(30000);
    expect(lock.hasLock()).toBe(true);
    expect(fake.clock.ms() - before).toBe(2000);
  });
});

describe('CacheService', () => {
  test('entries expire by the injected clock', () => {
    const fake = createGasFake({ now: () => new Date('2024-05-01T00:00:00Z') });
    const cache = fake.globals.CacheService.getScriptCache();
    cache.put('a', '1', 60);
    cache.putAll({ b: '2', c: '3' });
    expect(cache.getAll(['a', 'b', 'z'])).toEqual({ a: '1', b: '2' });
    fake.clock.advance(61_000);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).toBe('2');
    cache.remove('b');
    expect(cache.get('b')).toBeNull();
  });
});

describe('ScriptApp triggers', () => {
  test('time-based and spreadsheet triggers keep their specs', () => {
    const fake = createGasFake();
    const ss = fake.createSpreadsheet('Master');
    const { ScriptApp } = fake.globals;
    const t = ScriptApp.newTrigger('remindDaily').timeBased().everyDays(1).atHour(6).inTimezone('Asia/Jakarta').create();
    ScriptApp.newTrigger('onEditHandler').forSpreadsheet(ss).onEdit().create();
    expect(t.getHandlerFunction()).toBe('remindDaily');
    expect(t.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(fake.triggers[0].schedule).toEqual({ everyDays: 1, atHour: 6, inTimezone: 'Asia/Jakarta' });
    expect(ScriptApp.getUserTriggers(ss).map((x) => x.getEventType())).toEqual(['CLOCK', 'ON_EDIT']);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(ScriptApp.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual(['onEditHandler']);
  });

  test('the 21st trigger throws; triggers are per user', () => {
    const fake = createGasFake({ addon: false });
    const { ScriptApp } = fake.globals;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    fake.setActiveUser('tkpp@binjaikota.go.id');
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    ScriptApp.newTrigger('mine').timeBased().everyHours(1).create();
  });

  test('add-on rules: at most hourly, one trigger of each type per user per document', () => {
    const fake = createGasFake();
    fake.createSpreadsheet('Master');
    const { ScriptApp } = fake.globals;
    expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow(/at most once per hour/);
    ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(6).create();
    expect(() => ScriptApp.newTrigger('g').timeBased().everyHours(1).create()).toThrow(/one trigger of each type/);
  });
});

describe('MailApp', () => {
  test('both call forms are recorded; quota counts recipients and then throws', () => {
    const fake = createGasFake({ mailQuota: 3 });
    const { MailApp } = fake.globals;
    MailApp.sendEmail('a@x.go.id', 'Pengingat', 'Isi');
    MailApp.sendEmail({ to: 'b@x.go.id', cc: 'c@x.go.id', subject: 'S', body: 'B', htmlBody: '<b>B</b>' });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(fake.mail.sent.map((m) => [m.to, m.subject, m.recipients.length])).toEqual([
      ['a@x.go.id', 'Pengingat', 1],
      ['b@x.go.id', 'S', 2],
    ]);
    expect(() => MailApp.sendEmail('d@x.go.id', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    expect(() => MailApp.sendEmail({ to: 'd@x.go.id', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(fake.mail.sent).toHaveLength(2);
  });

  test('default quota is 100; invalid or missing recipients throw', () => {
    const fake = createGasFake();
    expect(fake.globals.MailApp.getRemainingDailyQuota()).toBe(100);
    expect(() => fake.globals.MailApp.sendEmail('not-an-email', 's', 'b')).toThrow('Invalid email: not-an-email');
    expect(() => fake.globals.MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow(/no recipient/);
  });
});

describe('Session', () => {
  test('users, locale and time zone', () => {
    const fake = createGasFake({ activeUser: 'op@binjaikota.go.id', userLocale: 'en' });
    const { Session } = fake.globals;
    expect(Session.getActiveUser().getEmail()).toBe('op@binjaikota.go.id');
    expect(Session.getEffectiveUser().getEmail()).toBe('op@binjaikota.go.id');
    expect(Session.getActiveUserLocale()).toBe('en');
    expect(Session.getScriptTimeZone()).toBe('Asia/Jakarta');
    fake.setActiveUser('', 'owner@binjaikota.go.id');
    expect(Session.getActiveUser().getEmail()).toBe('');
  });
});
