/**
 * Realistic queries and the pages that must come back in the top five. Typed the way residents type on
 * phones: without tone marks, d for đ, partly typed, old place names, everyday synonyms, a typo.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildPlaceIndex, resolveCommunes, type CommuneNames } from '../../src/lib/places.ts';

export interface GoldenQuery {
  query: string;
  /** Any of these in the top five counts as found; the first one found sets the reciprocal rank. */
  expected: string[];
  kind: 'marks' | 'no-marks' | 'd-for-đ' | 'old-place' | 'synonym' | 'partial' | 'typo';
}

const LAW = '/phap-luat/';
const HIV_LAW = `${LAW}luat-phong-chong-hiv/`;
const CRIMINAL = `${LAW}bo-luat-hinh-su/`;
const FINES = `${LAW}xu-phat-hanh-chinh/`;
const TRAFFICKING_LAW = `${LAW}luat-phong-chong-mua-ban-nguoi/`;
const BUSINESS = `${LAW}trach-nhiem-co-so-kinh-doanh/`;
const ORDINANCE = `${LAW}phap-lenh-phong-chong-mai-dam/`;
const HOTLINES = '/duong-day-nong/';
const TESTING = '/xet-nghiem-hiv/';
const VICTIMS = '/ho-tro/nan-nhan-mua-ban-nguoi/';
const SEX_WORKERS = '/ho-tro/cho-nguoi-ban-dam/';
const SAFETY = '/an-toan-khi-truy-cap/';
const PLAN = '/ke-hoach-2026/';
const SERVICES = '/dich-vu-ho-tro/';
const FAQ = '/hoi-dap/';
const RIGHTS_WHEN_FINED = '/ho-tro/quyen-khi-bi-xu-phat/';
const SEX_WORKERS_HEALTH = '/ho-tro/suc-khoe-nguoi-ban-dam/';
const OWNERS_PROCEDURES = '/phap-luat/thu-tuc-cho-chu-co-so/';
const REPORTING = '/ho-tro/bao-tin-to-giac/';
const PLACE_INDEX = buildPlaceIndex(parse(readFileSync('content/communes.yaml', 'utf8')) as CommuneNames[]);
const SITES = parse(readFileSync('content/sites.yaml', 'utf8')) as Array<{ id: string; commune: string }>;

/** For an old place name: the testing page, or any service point in the communes the locator resolves it to. */
function placeAnswers(name: string): string[] {
  const communes = resolveCommunes(name, PLACE_INDEX);
  if (communes.length === 0) throw new Error(`The locator does not know "${name}"`);
  return [TESTING, ...SITES.filter((site) => communes.includes(site.commune)).map((site) => `${TESTING}${site.id}/`)];
}
const LURES = '/tai-lieu/hoc-sinh-sinh-vien/thu-doan-du-do/';
const WARNING_SIGNS = '/tai-lieu/phu-huynh-thay-co/dau-hieu-canh-bao/';

export const GOLDEN_QUERIES: GoldenQuery[] = [
  { query: 'đường dây nóng', expected: [HOTLINES], kind: 'marks' },
  { query: 'duong day nong', expected: [HOTLINES], kind: 'd-for-đ' },
  { query: 'hotline', expected: [HOTLINES], kind: 'synonym' },
  { query: 'tong dai 111', expected: [HOTLINES, '/tin-tuc/tong-dai-111-tiep-nhan-tin-bao-mua-ban-nguoi/'], kind: 'no-marks' },
  { query: 'so dien thoai cong an', expected: [HOTLINES], kind: 'd-for-đ' },
  { query: 'canh sat', expected: [HOTLINES], kind: 'synonym' },
  { query: 'xét nghiệm HIV', expected: [TESTING], kind: 'marks' },
  { query: 'xet nghiem hiv', expected: [TESTING], kind: 'no-marks' },
  { query: 'xet nghiem hiv dien bien phu', expected: [TESTING, `${TESTING}tram-y-te-dien-bien-phu/`], kind: 'd-for-đ' },
  { query: 'test hiv', expected: [TESTING, HIV_LAW], kind: 'synonym' },
  { query: 'sida', expected: [HIV_LAW, TESTING], kind: 'synonym' },
  { query: 'xet nghi', expected: [TESTING], kind: 'partial' },
  { query: 'him lam', expected: placeAnswers('him lam'), kind: 'old-place' },
  { query: 'noong bua', expected: placeAnswers('noong bua'), kind: 'old-place' },
  { query: 'thi tran tuan giao', expected: placeAnswers('thi tran tuan giao'), kind: 'old-place' },
  { query: 'huyen nam po', expected: placeAnswers('huyen nam po'), kind: 'old-place' },
  { query: 'xa nhe methadone', expected: [`${TESTING}phong-kham-da-khoa-khu-vuc-xa-nhe/`], kind: 'old-place' },
  // The rights page says it first: selling sex is an administrative offence, not a crime.
  { query: 'ban dam co bi phat tu khong', expected: [CRIMINAL, SEX_WORKERS, FINES, FAQ, RIGHTS_WHEN_FINED], kind: 'no-marks' },
  { query: 'muc phat mua dam', expected: [FINES], kind: 'no-marks' },
  { query: 'tien phat mua dam', expected: [FINES], kind: 'synonym' },
  { query: 'nghi dinh 282', expected: [FINES, '/tin-tuc/nghi-dinh-282-2025-co-hieu-luc/'], kind: 'no-marks' },
  { query: 'chua mai dam', expected: [CRIMINAL], kind: 'no-marks' },
  { query: 'môi giới mại dâm', expected: [CRIMINAL], kind: 'marks' },
  { query: 'dieu 327', expected: [CRIMINAL], kind: 'd-for-đ' },
  { query: 'mua dam nguoi duoi 18 tuoi', expected: [CRIMINAL], kind: 'd-for-đ' },
  { query: 'mua ban nguoi', expected: [TRAFFICKING_LAW, VICTIMS], kind: 'no-marks' },
  { query: 'buon nguoi', expected: [TRAFFICKING_LAW, VICTIMS], kind: 'synonym' },
  { query: 'bi lua ban sang trung quoc', expected: [VICTIMS, TRAFFICKING_LAW], kind: 'no-marks' },
  { query: 'nan nhan duoc ho tro gi', expected: [TRAFFICKING_LAW, VICTIMS], kind: 'd-for-đ' },
  { query: 'tro giup phap ly', expected: [HOTLINES, SERVICES], kind: 'no-marks' },
  { query: 'luat su mien phi', expected: [HOTLINES, SERVICES], kind: 'synonym' },
  { query: 'doi 178', expected: [BUSINESS], kind: 'd-for-đ' },
  { query: 'karaoke', expected: [BUSINESS, OWNERS_PROCEDURES], kind: 'no-marks' },
  { query: 'ke hoach 1447', expected: [PLAN], kind: 'no-marks' },
  { query: 'ke hoach phong chong mai dam 2026', expected: [PLAN, '/tin-tuc/ke-hoach-1447-phong-chong-mai-dam-2026/'], kind: 'no-marks' },
  { query: 'thoat nhanh', expected: [SAFETY], kind: 'no-marks' },
  { query: 'an danh', expected: [SAFETY], kind: 'no-marks' },
  { query: 'xoa lich su', expected: [SAFETY], kind: 'no-marks' },
  { query: 'prep', expected: [HIV_LAW, TESTING, SEX_WORKERS_HEALTH], kind: 'no-marks' },
  { query: 'thuoc arv', expected: [HIV_LAW, TESTING], kind: 'no-marks' },
  { query: '15 tuoi xet nghiem', expected: [TESTING, HIV_LAW], kind: 'no-marks' },
  { query: 'ngoi nha binh yen', expected: [HOTLINES], kind: 'no-marks' },
  { query: 'ma tuy', expected: [HOTLINES], kind: 'no-marks' },
  { query: 'bao mat ket qua hiv', expected: [HIV_LAW, TESTING], kind: 'no-marks' },
  { query: 'phap lenh phong chong mai dam', expected: [ORDINANCE], kind: 'no-marks' },
  { query: 'nguoi ban dam', expected: [SEX_WORKERS], kind: 'no-marks' },
  { query: 'duong day nongg', expected: [HOTLINES], kind: 'typo' },
  { query: 'hoi dap', expected: [FAQ], kind: 'no-marks' },
  { query: 'to giac co can noi ten khong', expected: [REPORTING], kind: 'no-marks' },
  { query: 'thuoc PEP 72 gio', expected: [SEX_WORKERS_HEALTH], kind: 'no-marks' },
  { query: 'giao duc tai xa phuong ban dam', expected: [RIGHTS_WHEN_FINED], kind: 'no-marks' },
  { query: 'khai sinh cho con sinh o nuoc ngoai', expected: ['/ho-tro/nan-nhan-giay-to-va-toa-an/'], kind: 'no-marks' },
  { query: 'thong bao luu tru nha nghi', expected: [OWNERS_PROCEDURES], kind: 'no-marks' },
  // The HIV law page has a section of that name; the glossary defines the word.
  { query: 'giam hai la gi', expected: ['/phap-luat/giai-thich-tu-ngu/', HIV_LAW], kind: 'no-marks' },
  { query: 'hoc sinh thcs', expected: ['/tai-lieu/hoc-sinh-sinh-vien/an-toan-cho-hoc-sinh-thcs/'], kind: 'no-marks' },
  { query: 'nghi hoc sinh bi xam hai bao ai', expected: ['/tai-lieu/phu-huynh-thay-co/quy-trinh-bao-tin-o-truong/'], kind: 'no-marks' },
  // Old names of merged units, from the same alias data as the locator.
  { query: 'nam vi', expected: placeAnswers('nam vi'), kind: 'old-place' },
  { query: 'xa chung chai', expected: placeAnswers('xa chung chai'), kind: 'old-place' },
  { query: 'thi xa muong lay', expected: placeAnswers('thi xa muong lay'), kind: 'old-place' },
  { query: 'sa tong', expected: placeAnswers('sa tong'), kind: 'old-place' },
  { query: 'leng su sin', expected: placeAnswers('leng su sin'), kind: 'old-place' },
  // Everyday words, mapped to the pages that answer them.
  { query: 'bao ke', expected: [ORDINANCE, FINES, SEX_WORKERS], kind: 'synonym' },
  { query: 'bảo kê mại dâm', expected: [ORDINANCE, FINES], kind: 'marks' },
  { query: 'chong lung mai dam', expected: [ORDINANCE, FINES, SEX_WORKERS], kind: 'synonym' },
  { query: 'viec nhe luong cao', expected: [LURES, WARNING_SIGNS, VICTIMS, TRAFFICKING_LAW], kind: 'no-marks' },
  { query: 'việc nhẹ lương cao', expected: [LURES, WARNING_SIGNS, VICTIMS, TRAFFICKING_LAW], kind: 'marks' },
  { query: 'ru di lam xa', expected: [LURES, WARNING_SIGNS, VICTIMS, TRAFFICKING_LAW], kind: 'synonym' },
  { query: 'bị lừa bán sang Trung Quốc', expected: [VICTIMS, TRAFFICKING_LAW, LURES], kind: 'marks' },
  { query: 'tu van luat mien phi', expected: [SERVICES, HOTLINES], kind: 'synonym' },
  { query: 'luật sư miễn phí', expected: [SERVICES, HOTLINES], kind: 'marks' },
  { query: 'to cao mua ban nguoi', expected: [REPORTING, VICTIMS, HOTLINES], kind: 'synonym' },
  { query: 'nha nghi', expected: [OWNERS_PROCEDURES, BUSINESS], kind: 'no-marks' },
  { query: 'massage', expected: [OWNERS_PROCEDURES, BUSINESS], kind: 'synonym' },
  { query: 'so khan cap', expected: [HOTLINES], kind: 'no-marks' },
  // Words that stigmatise, which the site never prints but people type: they lead to the respectful pages.
  { query: 'gai mai dam', expected: [SEX_WORKERS, SEX_WORKERS_HEALTH, RIGHTS_WHEN_FINED], kind: 'synonym' },
  { query: 'gái gọi bị phạt thế nào', expected: [RIGHTS_WHEN_FINED, FINES, SEX_WORKERS], kind: 'synonym' },
  { query: 'huyen tuan giao', expected: placeAnswers('huyen tuan giao'), kind: 'old-place' },
];
