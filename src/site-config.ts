/**
 * Settings that describe this deployment. Change them here (or through the environment) and every page,
 * feed and card follows.
 */
import { PREVIEW_SITE_URL, parseSiteUrl } from './lib/site-url.ts';

const configuredSiteUrl = process.env.SITE_URL?.trim();

/**
 * A build without SITE_URL is a local preview: its links and QR codes lead to this machine, the build warns,
 * and printable posters carry a "BẢN XEM THỬ" mark. Deploy workflows refuse to publish one.
 */
export const PREVIEW_BUILD = !configuredSiteUrl;

/** Public address of the site, used for canonical URLs, the sitemap, the feed and QR codes. */
export const SITE_URL = configuredSiteUrl ? parseSiteUrl(configuredSiteUrl) : PREVIEW_SITE_URL;

export const SITE = {
  name: 'Phòng, chống mại dâm và mua bán người – Điện Biên',
  shortName: 'PCMD Điện Biên',
  description:
    'Thông tin pháp luật, đường dây nóng, dịch vụ hỗ trợ và điểm xét nghiệm HIV cho người dân tỉnh Điện Biên. Kế hoạch 1447/KH-UBND năm 2026.',
  owner: 'Sở Y tế tỉnh Điện Biên',
  ownerRole: 'Cơ quan thường trực Kế hoạch phòng, chống mại dâm năm 2026 của UBND tỉnh Điện Biên',
  /** Quick exit goes to a neutral page on another site that shows nothing personal: the national weather service. */
  exitUrl: 'https://nchmf.gov.vn/',
  /** Where "báo thông tin sai" links send readers; one address for the whole site. */
  reportErrorUrl: '/lien-he/#bao-thong-tin-sai',
  /** A verified record older than this many days is shown as needing a fresh check. */
  staleAfterDays: Number(process.env.STALE_AFTER_DAYS ?? 180),
  /** Articles per page on the news list and tag pages. */
  articlesPerPage: 10,
  /** Newest articles in rss.xml. */
  feedItems: 30,
} as const;

/**
 * When the build happens; drafts and future-dated articles are compared against it.
 * BUILD_NOW lets tests and previews pin the clock.
 */
export const BUILD_TIME = process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date();

/** Preview builds for staff show drafts and scheduled articles; production never does. */
export const SHOW_UNPUBLISHED = process.env.SHOW_DRAFTS === '1';
