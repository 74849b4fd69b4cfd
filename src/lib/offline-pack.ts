/**
 * The opt-in offline copy ("Lưu để đọc khi mất sóng"): which pages it holds and where it keeps them.
 * Shared by the service worker endpoint, the save/delete control and the quick exit.
 */
import { guideUrl, ROUTES } from './routes.ts';

export const OFFLINE_PACK = {
  /** Served from the site root so it may answer for every page of the site. */
  workerUrl: '/sw.js',
  cacheName: 'ban-luu-khi-mat-song',
  /** A cache entry holding when the copy was last refreshed, read by the control to show the date. */
  savedAtKey: '/__ban-luu/luc-luu',
  /** Past this, a slow connection gives way to the saved copy (the network answer still refreshes it). */
  networkTimeoutMs: 4000,
} as const;

/** What a reader with no signal needs: the numbers to call, where to get tested, help, and safety. */
export function offlinePackPages(helpGuideIds: readonly string[]): string[] {
  return [ROUTES.hotlines, ROUTES.testing, ROUTES.services, ROUTES.safety, ...helpGuideIds.map((id) => guideUrl('ho-tro', id)), '/favicon.svg'];
}

