// The fake must not offer methods Apps Script lacks, or add-on code could pass here and fail in Sheets.
// Checked by tsc (npm run typecheck): each alias below fails to compile if the fake has an extra public method.
import type { FakeCache } from './cache';
import type { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import type { createGasFake } from './gas';
import type { FakeHtmlOutput, FakeHtmlTemplate } from './html';
import type { FakeLock } from './lock';
import type { FakeDeveloperMetadata, FakeDeveloperMetadataFinder, FakeDeveloperMetadataLocation } from './metadata';
import type { FakeProperties } from './properties';
import type { FakeProtection } from './protection';
import type { FakeRange } from './range';
import type { FakeRichTextValue, FakeRichTextValueBuilder } from './richtext';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeTrigger } from './triggers';
import type { FakeMenu, FakeUi } from './ui';
import type { FakeBlob } from './utilities';
import type { FakeDataValidation, FakeDataValidationBuilder } from './validation';

type Globals = ReturnType<typeof createGasFake>['globals'];
/** Public method names: '_'-prefixed members are the fake's own helpers for tests. */
type Public<T> = { [K in keyof T]: K extends `_${string}` ? never : K }[keyof T];
type Extra<Fake, Real> = Exclude<Public<Fake>, keyof Real>;
type None<T extends never> = T;

export type Checks = [
  None<Extra<FakeRange, GoogleAppsScript.Spreadsheet.Range>>,
  None<Extra<FakeSheet, GoogleAppsScript.Spreadsheet.Sheet>>,
  None<Extra<FakeSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>>,
  None<Extra<FakeProtection, GoogleAppsScript.Spreadsheet.Protection>>,
  None<Extra<FakeDeveloperMetadata, GoogleAppsScript.Spreadsheet.DeveloperMetadata>>,
  None<Extra<FakeDeveloperMetadataFinder, GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>>,
  None<Extra<FakeDeveloperMetadataLocation, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>>,
  None<Extra<FakeEmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>>,
  // The fake's chart builder folds the typed builders (asBarChart()...) into one.
  None<
    Extra<
      FakeEmbeddedChartBuilder,
      GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder & GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder
    >
  >,
  None<Extra<FakeDataValidation, GoogleAppsScript.Spreadsheet.DataValidation>>,
  None<Extra<FakeDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>,
  None<Extra<FakeRichTextValue, GoogleAppsScript.Spreadsheet.RichTextValue>>,
  None<Extra<FakeRichTextValueBuilder, GoogleAppsScript.Spreadsheet.RichTextValueBuilder>>,
  None<Extra<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>>,
  None<Extra<FakeHtmlTemplate, GoogleAppsScript.HTML.HtmlTemplate>>,
  None<Extra<FakeUi, GoogleAppsScript.Base.Ui>>,
  None<Extra<FakeMenu, GoogleAppsScript.Base.Menu>>,
  None<Extra<FakeProperties, GoogleAppsScript.Properties.Properties>>,
  None<Extra<FakeLock, GoogleAppsScript.Lock.Lock>>,
  None<Extra<FakeCache, GoogleAppsScript.Cache.Cache>>,
  None<Extra<FakeTrigger, GoogleAppsScript.Script.Trigger>>,
  None<Extra<FakeBlob, GoogleAppsScript.Base.Blob>>,
  None<Extra<Globals['SpreadsheetApp'], GoogleAppsScript.Spreadsheet.SpreadsheetApp>>,
  None<Extra<Globals['ScriptApp'], GoogleAppsScript.Script.ScriptApp>>,
  None<Extra<Globals['Utilities'], GoogleAppsScript.Utilities.Utilities>>,
  None<Extra<Globals['HtmlService'], GoogleAppsScript.HTML.HtmlService>>,
  None<Extra<Globals['MailApp'], GoogleAppsScript.Mail.MailApp>>,
  None<Extra<Globals['Session'], GoogleAppsScript.Base.Session>>,
  None<Extra<Globals['PropertiesService'], GoogleAppsScript.Properties.PropertiesService>>,
  None<Extra<Globals['LockService'], GoogleAppsScript.Lock.LockService>>,
  None<Extra<Globals['CacheService'], GoogleAppsScript.Cache.CacheService>>,
  None<Extra<Globals['Logger'], GoogleAppsScript.Base.Logger>>,
];

describe('API surface', () => {
  test('is checked at compile time (see the Checks type)', () => {
    expect(true).toBe(true);
  });
});
