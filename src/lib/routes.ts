/**
 * Every public path on the site, in one place. Pages link through these helpers and the content check
 * uses them to know which internal links exist.
 */
import type { Audience } from '../schemas/common.ts';

export const ROUTES = {
  home: '/',
  news: '/tin-tuc/',
  law: '/phap-luat/',
  hotlines: '/duong-day-nong/',
  services: '/dich-vu-ho-tro/',
  testing: '/xet-nghiem-hiv/',
  materials: '/tai-lieu/',
  plan: '/ke-hoach-2026/',
  search: '/tim-kiem/',
  about: '/gioi-thieu/',
  contact: '/lien-he/',
  safety: '/an-toan-khi-truy-cap/',
  faq: '/hoi-dap/',
  posters: '/ap-phich/',
  agencies: '/ke-hoach-2026/co-quan/',
  officials: '/danh-cho-can-bo/',
  reach: '/so-lieu-tiep-can/',
  rss: '/rss.xml',
} as const;

export const articleUrl = (id: string) => `/tin-tuc/${id}/`;
export const newsPageUrl = (page: number) => (page <= 1 ? ROUTES.news : `/tin-tuc/trang/${page}/`);
export const newsMonthUrl = (year: number, month: number) => `/tin-tuc/${year}/${String(month).padStart(2, '0')}/`;
export const tagUrl = (tagSlug: string, page = 1) =>
  page <= 1 ? `/tin-tuc/chu-de/${tagSlug}/` : `/tin-tuc/chu-de/${tagSlug}/trang/${page}/`;
export const mythUrl = (id: string) => `/hoi-dap/hieu-lam/${id}/`;
export const siteUrl = (id: string) => `/xet-nghiem-hiv/${id}/`;
/** The locator's list of place names (src/pages/xet-nghiem-hiv/dia-danh.json.ts). */
export const PLACE_INDEX_URL = '/xet-nghiem-hiv/dia-danh.json';
/** The section of a service point's page that lists its sources. */
export const SITE_SOURCES_ANCHOR = 'kiem-chung';
export const audienceUrl = (audience: Audience) => `/tai-lieu/${audience}/`;
/** A lesson's URL segment: its file name, without the audience folder its id starts with. */
export const lessonSlug = (id: string) => id.split('/').at(-1) ?? id;
export const materialUrl = (audience: Audience, id: string) => `/tai-lieu/${audience}/${lessonSlug(id)}/`;
/** Where recorded messages are served, e.g. /ghi-am/goi-111-tieng-mong.opus. */
export const RECORDINGS_PATH = 'ghi-am';
export const recordingUrl = (file: string) => `/${RECORDINGS_PATH}/${file}`;
/** A page translated into Thái or Mông; its file name says which page and language, e.g. cho-nguoi-ban-dam-hmn. */
export const translationUrl = (id: string) => `/ban-dich/${id}/`;
export const teacherUrl = (audience: Audience, id: string) => `${materialUrl(audience, id)}giao-vien/`;

/** Guides in the law and help sections get their own URL; the others are fixed pages. */
export function guideUrl(section: string, id: string): string {
  if (section === 'phap-luat') return `/phap-luat/${id}/`;
  if (section === 'ho-tro') return `/ho-tro/${id}/`;
  if (id === 'an-toan-khi-truy-cap') return ROUTES.safety;
  if (id === 'ke-hoach-2026') return ROUTES.plan;
  return `/${id}/`;
}

/** One section per responsible body on the agencies page. */
export const agencyUrl = (id: string) => `${ROUTES.agencies}#${id}`;
/** The short path a poster's QR code opens for one commune: logs count scans per poster and commune. */
export const posterQrPath = (posterShortId: string, communeId: string) => `/q/${posterShortId}/${communeId}/`;
/** A poster's printable file for one commune, carrying that commune's QR code. */
export const communePosterUrl = (posterId: string, communeId: string) => `/ap-phich/${posterId}/xa/${communeId}.svg`;
