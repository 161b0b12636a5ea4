// HtmlService templates and the Ui record: menus, alerts, sidebars; AuthMode.NONE restrictions in onOpen.
import { createGasFake } from './gas';

describe('HtmlService', () => {
  test('<?= ?> escapes, <?!= ?> prints raw, <? ?> runs code with template variables', () => {
    const fake = createGasFake();
    fake.addHtmlFile('Sidebar', '<ul><? for (const n of names) { ?><li><?= n ?></li><? } ?></ul><?!= raw ?><p><?= title ?></p>');
    const t = fake.globals.HtmlService.createTemplateFromFile('Sidebar');
    t.names = ['<img src=x onerror=alert(1)>', 'Budi & "Ani"'];
    t.raw = '<b>ok</b>';
    t.title = "it's";
    const html = t.evaluate().getContent();
    expect(html).toBe('<ul><li>&lt;img src=x onerror=alert(1)&gt;</li><li>Budi &amp; &quot;Ani&quot;</li></ul><b>ok</b><p>it&#39;s</p>');
    expect(html).not.toContain('<img');
  });

  test('scriptlets see the script globals (include pattern); missing files throw', () => {
    const fake = createGasFake();
    fake.addHtmlFile('css', '<style>b{}</style>');
    fake.addHtmlFile('Page.html', '<?!= include("css") ?>');
    const scope = { include: (name: string) => fake.globals.HtmlService.createHtmlOutputFromFile(name).getContent() };
    const context = fake.createContext(scope);
    expect(context.include).toBe(scope.include);
    expect(fake.globals.HtmlService.createTemplateFromFile('Page').evaluate().getContent()).toBe('<style>b{}</style>');
    expect(() => fake.globals.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  test('HtmlOutput settings', () => {
    const { HtmlService } = createGasFake().globals;
    const out = HtmlService.createHtmlOutput('<p>x</p>').setTitle('Sinergi').setWidth(300).setHeight(200);
    out.setSandboxMode(HtmlService.SandboxMode.IFRAME).setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    out.append('<p>y</p>').appendUntrusted('<script>');
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['Sinergi', 300, 200]);
    expect(out.getContent()).toBe('<p>x</p><p>y</p>&lt;script&gt;');
  });
});

describe('Ui', () => {
  test('menus with items, separators and submenus are recorded', () => {
    const fake = createGasFake();
    const ui = fake.globals.SpreadsheetApp.getUi();
    const sub = ui.createMenu('Pengingat').addItem('Pratinjau', 'previewReminders');
    ui.createAddonMenu().addItem('Periksa sheet', 'checkSheet').addSeparator().addSubMenu(sub).addToUi();
    expect(fake.ui.menus).toEqual([
      {
        title: 'Sinergi',
        addon: true,
        items: [
          { caption: 'Periksa sheet', functionName: 'checkSheet' },
          { separator: true },
          { submenu: { title: 'Pengingat', addon: false, items: [{ caption: 'Pratinjau', functionName: 'previewReminders' }] } },
        ],
      },
    ]);
  });

  test('alerts answer OK (YES for yes/no) by default or from the queue; prompts too', () => {
    const fake = createGasFake();
    const ui = fake.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Selesai')).toBe(ui.Button.OK);
    expect(ui.alert('Hapus?', 'Hapus tanda?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    fake.ui.respondWith('NO', { text: 'PKH', button: 'OK' });
    expect(ui.alert('Lanjut?', ui.ButtonSet.YES_NO)).toBe('NO');
    const p = ui.prompt('Program?');
    expect([p.getResponseText(), p.getSelectedButton()]).toEqual(['PKH', 'OK']);
    expect(fake.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ['', 'Selesai', 'OK', 'OK'],
      ['Hapus?', 'Hapus tanda?', 'YES_NO', 'YES'],
      ['', 'Lanjut?', 'YES_NO', 'NO'],
    ]);
  });

  test('sidebars and dialogs are recorded with title and content', () => {
    const fake = createGasFake();
    const { SpreadsheetApp, HtmlService } = fake.globals;
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>s</p>').setTitle('Sinergi'));
    SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>d</p>').setWidth(400), 'Pemetaan');
    expect(fake.ui.sidebars).toEqual([{ kind: 'sidebar', title: 'Sinergi', content: '<p>s</p>', width: null, height: null }]);
    expect(fake.ui.dialogs).toEqual([{ kind: 'modal', title: 'Pemetaan', content: '<p>d</p>', width: 400, height: null }]);
  });

  test('getUi throws in a trigger run', () => {
    const fake = createGasFake();
    fake.ui.available = false;
    expect(() => fake.globals.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('AuthMode.NONE', () => {
  /** What a correct onOpen does: only build the menu. */
  function onOpen(g: ReturnType<typeof createGasFake>['globals']): void {
    g.SpreadsheetApp.getUi().createAddonMenu().addItem('Mulai', 'showSidebar').addToUi();
  }

  test('onOpen that only builds a menu works and touches nothing else', () => {
    const fake = createGasFake({ noneMode: true });
    fake.createSpreadsheet('Book');
    onOpen(fake.globals);
    expect(fake.ui.menus).toHaveLength(1);
    expect(fake.noneModeViolations).toEqual([]);
    expect(fake.calls.log).toEqual(['getUi']);
  });

  test('every other service throws, and attempts are recorded even if swallowed', () => {
    const fake = createGasFake();
    fake.createSpreadsheet('Book');
    fake.restrictToNoneMode();
    const g = fake.globals;
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission to call SpreadsheetApp.getActiveSpreadsheet/);
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow(/permission/);
    expect(() => g.ScriptApp.getProjectTriggers()).toThrow(/permission/);
    expect(() => g.MailApp.getRemainingDailyQuota()).toThrow(/permission/);
    expect(() => g.Session.getActiveUser()).toThrow(/permission/);
    expect(() => g.LockService.getDocumentLock()).toThrow(/permission/);
    expect(() => g.CacheService.getScriptCache()).toThrow(/permission/);
    expect(() => g.HtmlService.createHtmlOutput('x')).toThrow(/permission/);
    expect(() => g.Utilities.getUuid()).toThrow(/permission/);
    expect(() => g.SpreadsheetApp.getUi().alert('x')).toThrow(/permission to call Ui.alert/);
    g.Logger.log('logging is fine');
    expect(fake.noneModeViolations).toContain('SpreadsheetApp.getActiveSpreadsheet');
    expect(fake.noneModeViolations).toHaveLength(10);
    fake.liftNoneMode();
    expect(g.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
  });

  test('allow-list option lets a chosen call through (e.g. the user locale for menu language)', () => {
    const fake = createGasFake({ noneMode: true, noneModeAllow: ['Session.getActiveUserLocale'] });
    expect(fake.globals.Session.getActiveUserLocale()).toBe('id');
  });
});
