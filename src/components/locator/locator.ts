/**
 * Enhances the no-JavaScript list of testing points: filter by commune (new or old name) and service, and
 * mark each point open or closed now. Nothing typed leaves the phone. ("Gần tôi" lives in near-me.ts.)
 */
import { isOpenAt, type Schedule } from '../../lib/schedule.ts';
import { communeIdsOf, matchPlaces, renamedPlaces, type PlaceAlias } from '../../lib/places.ts';

interface LocatorData {
  index: PlaceAlias[];
  names: Record<string, string>;
  strings: Record<'found' | 'alias' | 'aliasDistrict' | 'none' | 'noService' | 'all' | 'open' | 'closed', string>;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

export function startLocator(): void {
  const panel = document.querySelector<HTMLElement>('[data-locator]');
  const raw = panel?.querySelector('[data-locator-index]')?.textContent;
  const place = panel?.querySelector<HTMLInputElement>('[data-locator-place]');
  const status = panel?.querySelector<HTMLElement>('[data-locator-status]');
  if (!panel || !raw || !place || !status) return;
  const { index, names, strings } = JSON.parse(raw) as LocatorData;
  const sections = [...document.querySelectorAll<HTMLElement>('[data-commune]')];
  const cards = [...document.querySelectorAll<HTMLElement>('[data-site]')];
  panel.hidden = false;

  const selectedServices = () =>
    [...panel.querySelectorAll<HTMLInputElement>('input[name="service"]:checked')].map((input) => input.value);

  const update = () => {
    const query = place.value.trim();
    const services = selectedServices();
    const matches = query ? matchPlaces(query, index) : [];
    const communeIds = query ? communeIdsOf(matches) : sections.map((section) => section.dataset.commune ?? '');
    // Best matches first; with no query, the original alphabetical order. The list ends its container.
    const rank = (section: HTMLElement) => {
      const position = communeIds.indexOf(section.dataset.commune ?? '');
      return position === -1 ? Number.MAX_SAFE_INTEGER : position;
    };
    const ordered = query ? [...sections].sort((a, b) => rank(a) - rank(b)) : sections;
    for (const section of ordered) section.parentElement?.append(section);
    let points = 0;
    const shown: string[] = [];
    for (const section of ordered) {
      const inPlace = communeIds.includes(section.dataset.commune ?? '');
      let visibleCards = 0;
      for (const card of section.querySelectorAll<HTMLElement>('[data-site]')) {
        const offered = (card.dataset.services ?? '').split(' ');
        const visible = inPlace && services.every((service) => offered.includes(service));
        card.hidden = !visible;
        if (visible) visibleCards += 1;
      }
      section.hidden = !inPlace || visibleCards === 0;
      if (!section.hidden) {
        points += visibleCards;
        shown.push(section.dataset.commune ?? '');
      }
    }
    if (query && communeIds.length === 0) status.textContent = fill(strings.none, { query });
    else if (points === 0) status.textContent = strings.noService;
    else if (!query && services.length === 0) status.textContent = fill(strings.all, { points });
    else {
      const list = shown.map((id) => names[id]).join(', ');
      const notes = renamedPlaces(matches).map((alias) =>
        fill(alias.kind === 'former-district' ? strings.aliasDistrict : strings.alias, { query: alias.label, names: alias.communeIds.map((id) => names[id]).join(', ') }),
      );
      status.textContent = [...notes, fill(strings.found, { points, communes: shown.length, names: list })].join(' ');
    }
  };

  place.addEventListener('input', update);
  panel.querySelector('form')?.addEventListener('change', update);
  panel.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());

  // Open or closed now, in Vietnam time, for points whose hours are known.
  for (const card of cards) {
    const badge = card.querySelector<HTMLElement>('[data-open-status]');
    if (!badge?.dataset.schedule) continue;
    const open = isOpenAt(JSON.parse(badge.dataset.schedule) as Schedule, new Date());
    badge.textContent = open ? strings.open : strings.closed;
    badge.dataset.open = String(open);
    badge.hidden = false;
  }

  update();
}
