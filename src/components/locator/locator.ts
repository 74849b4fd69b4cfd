/**
 * Enhances the no-JavaScript list of testing points: filter by commune (new or old name) and service, and
 * mark each point open or closed now. Nothing typed leaves the phone. ("Gần tôi" lives in near-me.ts.)
 * The place names load only once someone starts typing a place (they are part of the offline copy), so
 * the list itself stays light on slow mobile data.
 */
import { isOpenAt, type Schedule } from '../../lib/schedule.ts';
import { communeIdsOf, matchPlaces, renamedPlaces, type PlaceAlias } from '../../lib/places.ts';

interface LocatorData {
  indexUrl: string;
  names: Record<string, string>;
  strings: Record<'found' | 'alias' | 'aliasDistrict' | 'none' | 'noService' | 'all' | 'open' | 'closed' | 'loading' | 'loadFailed', string>;
}

let places: Promise<PlaceAlias[]> | undefined;

/** The names, fetched once; a failed load is forgotten so the next keystroke tries again. */
function loadPlaces(indexUrl: string): Promise<PlaceAlias[]> {
  places ??= fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${indexUrl}: ${response.status}`);
      return response.json() as Promise<PlaceAlias[]>;
    })
    .catch((error: unknown) => {
      places = undefined;
      throw error;
    });
  return places;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

export function startLocator(): void {
  const panel = document.querySelector<HTMLElement>('[data-locator]');
  const raw = panel?.querySelector('[data-locator-data]')?.textContent;
  const place = panel?.querySelector<HTMLInputElement>('[data-locator-place]');
  const status = panel?.querySelector<HTMLElement>('[data-locator-status]');
  if (!panel || !raw || !place || !status) return;
  const { indexUrl, names, strings } = JSON.parse(raw) as LocatorData;
  const sections = [...document.querySelectorAll<HTMLElement>('[data-commune]')];
  const cards = [...document.querySelectorAll<HTMLElement>('[data-site]')];
  panel.hidden = false;

  const selectedServices = () =>
    [...panel.querySelectorAll<HTMLInputElement>('input[name="service"]:checked')].map((input) => input.value);

  let index: PlaceAlias[] | undefined;
  let latest = 0;
  const update = async () => {
    const run = ++latest;
    const query = place.value.trim();
    const services = selectedServices();
    if (query && !index) {
      status.textContent = strings.loading;
      try {
        index = await loadPlaces(indexUrl);
      } catch {
        if (run === latest) status.textContent = strings.loadFailed;
        return;
      }
      // Typing went on while the names loaded: the newer keystroke updates the list.
      if (run !== latest) return;
    }
    const matches = query && index ? matchPlaces(query, index) : [];
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
  // Start fetching the names as soon as the box is touched, so they are usually there by the first letter.
  place.addEventListener('focus', () => loadPlaces(indexUrl).catch(() => undefined), { once: true });
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

  void update();
}
