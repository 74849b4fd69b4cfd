/**
 * "Gần tôi": sorts the points that have coordinates by distance from the phone's position, computed on
 * the device. The position is never sent anywhere.
 */
import { distanceKm } from '../../lib/geo.ts';

export function startNearMe(): void {
  const button = document.querySelector('[data-locator-near]');
  const list = document.querySelector('[data-near-list]');
  if (!button || !list) return;
  const located = [...document.querySelectorAll<HTMLElement>('[data-site][data-lat][data-lng]')];
  const where = (card: HTMLElement) => ({ lat: Number(card.dataset.lat), lng: Number(card.dataset.lng) });
  button.addEventListener('click', () => {
    navigator.geolocation?.getCurrentPosition((position) => {
      const here = { lat: position.coords.latitude, lng: position.coords.longitude };
      const nearest = [...located].sort((a, b) => distanceKm(here, where(a)) - distanceKm(here, where(b)));
      list.replaceChildren(...nearest.slice(0, 5).map(copyWithoutIds));
    });
  });
}

/** A copy of a card for the "near me" list; ids stay unique on the page (the copy's label still points at the original heading). */
function copyWithoutIds(card: HTMLElement): HTMLElement {
  const copy = card.cloneNode(true) as HTMLElement;
  for (const element of [copy, ...copy.querySelectorAll('[id]')]) element.removeAttribute('id');
  return copy;
}
