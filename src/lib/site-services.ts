/**
 * What a service point may be said to offer. A point's services count as confirmed only when its record
 * is verified (its sources say so); otherwise the page says "ask first", never states them as fact.
 */
import { UI } from '../ui/strings.ts';

interface ListedSite {
  services: readonly string[];
  verification: { status: 'verified' | 'unverified' };
}

export const confirmsTesting = (site: ListedSite): boolean =>
  site.verification.status === 'verified' && site.services.includes('tu-van-xet-nghiem-hiv');

/** The services line shown under a point's name. */
export function servicesLine(site: ListedSite, label: (service: string) => string): string {
  const list = site.services.map(label).join(', ');
  return site.verification.status === 'verified' ? list : UI.testing.toConfirm.replace('{services}', list);
}

/** The sentence above the list: how many points a source confirms, never more. */
export function testingStatus(sites: readonly ListedSite[]): string {
  const confirmed = sites.filter(confirmsTesting).length;
  return confirmed === 0 ? UI.testing.noneConfirmed : UI.testing.someConfirmed.replace('{n}', String(confirmed));
}
