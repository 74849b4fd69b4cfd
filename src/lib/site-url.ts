/** The SITE_URL setting: the site's public address, which canonical links, the feed, share links and QR codes use. */

/** Used when SITE_URL is not set: a local preview build, whose links only work on this machine. */
export const PREVIEW_SITE_URL = 'http://localhost:4321';

/** The origin SITE_URL names, or an error that says how to write it. Pages live at the root, so no path. */
export function parseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" không phải là một địa chỉ web. Ghi đầy đủ, ví dụ SITE_URL=https://ten-mien.gov.vn`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${value}" phải bắt đầu bằng https:// (hoặc http://).`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL "${value}" chỉ được là tên miền, không có đường dẫn phía sau: mọi trang nằm ngay dưới tên miền. Ghi SITE_URL=${url.origin}`,
    );
  }
  return url.origin;
}
