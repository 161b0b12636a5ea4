// A synthetic population of Binjai households: KK shared by the family, NIK per member agreeing with sex and birth date, address, desil.
import { normalizeName } from '../../core/text/name';
import { BINJAI_KELURAHAN, type Kecamatan, type Kelurahan } from '../../core/ref/wilayah';
import { IdPool, daysIn, drawDate, kkOf, nikOf, type Ymd } from './ids';
import { DEGREES, drawCommunity, familyName, personName, type Community, type Sex } from './names';
import type { Rng } from './random';

export type Role = 'kepala' | 'istri' | 'anak';

export interface Person {
  nik: string;
  name: string;
  sex: Sex;
  birth: Ymd;
  role: Role;
  /** Written after the name in some lists (", S.Pd"). */
  degree?: string;
  /** Performed the hajj: some lists write "H." / "Hj." before the name. */
  hajj: boolean;
  family: Family;
}

export interface Family {
  kk: string;
  community: Community;
  kelurahan: Kelurahan;
  kecamatan: Kecamatan;
  street: string;
  houseNo: number;
  gang?: string;
  rt: number;
  rw: number;
  desil: number;
  members: Person[];
}

/** The demo's reference day: 1 December 2025. Nobody is born after mid-2025, so no birth lies in the future. */
export const TODAY: Ymd = { y: 2025, m: 12, d: 1 };

const STREETS = [
  'Sudirman',
  'Gatot Subroto',
  'Samanhudi',
  'Cut Nyak Dhien',
  'Diponegoro',
  'Imam Bonjol',
  'Sultan Hasanuddin',
  'Jamin Ginting',
  'Perintis Kemerdekaan',
  'Veteran',
  'Danau Toba',
  'Danau Singkarak',
  'Gunung Bendahara',
  'Mangga',
  'Rambutan',
  'Kelapa Sawit',
  'Bahagia',
  'Pelita',
  'Melati',
  'Flamboyan',
  'Sei Bingai',
  'Sei Wampu',
  'Padang',
  'Ksatria',
  'Teratai',
  'Kenanga',
  'Cempaka',
  'Mesjid',
  'Nusantara',
  'Irian',
];
const GANGS = ['Mawar', 'Sepakat', 'Rukun', 'Famili', 'Masjid', 'Keluarga', 'Damai', 'Sederhana', 'Bersama', 'Saudara'];

/** Birth dates and names must not repeat by accident: the same name and birth date under two NIKs is a planted finding. */
class PersonKeys {
  private readonly seen = new Set<string>();
  fresh(name: string, b: Ymd): boolean {
    const key = normalizeName(name) + '|' + b.y + '-' + b.m + '-' + b.d;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

export class PopulationBuilder {
  readonly nikPool = new IdPool();
  readonly kkPool = new IdPool();
  private readonly keys = new PersonKeys();

  constructor(private readonly rng: Rng) {}

  /** Most NIKs were issued in the family's kecamatan; some where the person lived before moving within Binjai. */
  private nikRegion(f: Family): string {
    if (this.rng.chance(0.85)) return f.kecamatan.code;
    return '12750' + this.rng.int(1, 5);
  }

  private serial(): number {
    // Serials cluster low (the order of registration on a day), with a long tail.
    return this.rng.chance(0.8) ? this.rng.int(1, 400) : this.rng.int(401, 9999);
  }

  person(f: Family, role: Role, sex: Sex, birth: Ymd, surname: string | undefined): Person {
    const rng = this.rng;
    let name = personName(rng, f.community, sex, role === 'anak', surname);
    let b = birth;
    for (let tries = 0; !this.keys.fresh(name, b); tries++) {
      name = personName(rng, f.community, sex, role === 'anak', surname);
      if (tries > 5) b = { ...b, d: 1 + ((b.d + tries) % daysIn(b.y, b.m)) };
    }
    const region = this.nikRegion(f);
    const nik = this.nikPool.take(
      (s) => nikOf(region, b, sex === 'P', s),
      () => this.serial(),
    );
    const muslim = f.community === 'melayu' || f.community === 'jawa' || f.community === 'mandailing';
    const adult = role !== 'anak';
    const p: Person = { nik, name, sex, birth: b, role, hajj: muslim && adult && b.y < 1975 && rng.chance(0.15), family: f };
    if (adult && b.y > 1975 && rng.chance(0.03)) p.degree = rng.pick(DEGREES);
    return p;
  }

  family(kel: Kelurahan, desil: number): Family {
    const rng = this.rng;
    const recorded = drawDate(rng.int, 2006, 2024);
    const kk = this.kkPool.take(
      (s) => kkOf(kel.kecamatan.code, recorded, s),
      () => rng.int(1, 3000),
    );
    const community = drawCommunity(rng);
    const f: Family = {
      kk,
      community,
      kelurahan: kel,
      kecamatan: kel.kecamatan,
      street: rng.pick(STREETS),
      houseNo: rng.int(1, 250),
      rt: rng.int(1, 12),
      rw: rng.int(1, 9),
      desil,
      members: [],
    };
    if (rng.chance(0.3)) f.gang = rng.pick(GANGS);
    const surname = familyName(rng, community);
    const shape = rng.weighted(['couple', 'widow', 'elder'] as const, [82, 13, 5]);
    const headBirth = drawDate(rng.int, shape === 'elder' ? 1940 : 1955, shape === 'elder' ? 1955 : 1996);
    if (shape === 'couple') {
      f.members.push(this.person(f, 'kepala', 'L', headBirth, surname));
      const wifeBirth = drawDate(rng.int, headBirth.y, Math.min(headBirth.y + 8, 1999));
      f.members.push(this.person(f, 'istri', 'P', wifeBirth, community === 'tionghoa' || community === 'melayu' ? undefined : surname));
    } else {
      f.members.push(this.person(f, 'kepala', shape === 'widow' ? 'P' : rng.pick(['L', 'P'] as const), headBirth, surname));
    }
    if (shape !== 'elder') {
      const mother = f.members[f.members.length - 1].birth.y;
      const children = rng.weighted([0, 1, 2, 3, 4], [8, 22, 32, 25, 13]);
      const used = new Set<string>();
      for (let i = 0; i < children; i++) {
        const from = Math.max(mother + 19, 1975);
        const to = Math.min(mother + 42, 2024);
        if (from > to) break;
        const b = drawDate(rng.int, from, to);
        // Twins sharing a birth day are real, but they are what dup.person.different_nik looks at: keep siblings apart.
        if (used.has(`${b.y}-${b.m}-${b.d}`)) continue;
        used.add(`${b.y}-${b.m}-${b.d}`);
        const sex: Sex = rng.chance(0.5) ? 'L' : 'P';
        f.members.push(this.person(f, 'anak', sex, b, surname));
      }
    }
    return f;
  }

  /** Households spread over the 37 kelurahan, some kelurahan larger than others. */
  population(families: number, desil: () => number): Family[] {
    const weights = BINJAI_KELURAHAN.map(() => 0.5 + this.rng.next());
    const out: Family[] = [];
    for (let i = 0; i < families; i++) out.push(this.family(this.rng.weighted(BINJAI_KELURAHAN, weights), desil()));
    return out;
  }
}
