// The id message catalogue, assembled from one file per area so that each area's rules keep their words together.
import { common } from './common';
import { header } from './header';
import { field } from './field';
import { nik } from './nik';
import { wilayah } from './wilayah';
import { beneficiary } from './beneficiary';
import { program } from './program';
import { crossbenef } from './crossbenef';
import { crossprogram } from './crossprogram';
import { rollup } from './rollup';
import { cli } from './cli';
import { io } from './io';
import { report } from './report';
import { addon } from './addon';
import { addoncheck } from './addoncheck';
import { addonsetup } from './addonsetup';
import { addonpanel } from './addonpanel';
import { syncgas } from './syncgas';
import { sync } from './sync';
import { remind } from './remind';
import { remindgas } from './remindgas';
import { remindcli } from './remindcli';

export const id = {
  ...common,
  ...header,
  ...field,
  ...nik,
  ...wilayah,
  ...beneficiary,
  ...program,
  ...crossbenef,
  ...crossprogram,
  ...rollup,
  ...cli,
  ...io,
  ...report,
  ...addon,
  ...addoncheck,
  ...addonsetup,
  ...addonpanel,
  ...syncgas,
  ...sync,
  ...remind,
  ...remindgas,
  ...remindcli,
} as const;
