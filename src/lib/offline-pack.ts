/**
 * The opt-in offline copy ("Lưu để đọc khi mất sóng"): which pages it holds and where it keeps them.
 * Shared by the service worker endpoint, the save/delete control and the quick exit.
 */
import { guideUrl, PLACE_INDEX_URL, ROUTES } from './routes.ts';

// Separate constants, not one object: the pages' script then carries only the two it uses.
/** Served from the site root so it may answer for every page of the site. */
export const OFFLINE_WORKER_URL = '/sw.js';
export const OFFLINE_CACHE = 'ban-luu-khi-mat-song';
/** A cache entry holding when the copy was last refreshed, read by the control to show the date. */
export const OFFLINE_SAVED_AT_KEY = '/__ban-luu/luc-luu';
/** Past this, a slow connection gives way to the saved copy (the network answer still refreshes it). */
export const OFFLINE_NETWORK_TIMEOUT_MS = 4000;

/** What a reader with no signal needs: the numbers to call, where to get tested, help, and safety. */
export function offlinePackPages(helpGuideIds: readonly string[]): string[] {
  return [ROUTES.hotlines, ROUTES.testing, PLACE_INDEX_URL, ROUTES.services, ROUTES.safety, ...helpGuideIds.map((id) => guideUrl('ho-tro', id)), '/favicon.svg'];
}

