/**
 * Runs the search on the search page. Pagefind is fetched only here, once the reader types or opens a
 * link with a query, so other pages carry none of it.
 *
 * Built for slow, unreliable mobile data: every search gets a number and only the latest one may touch
 * the page, so an early search that finishes late never replaces the results of what is typed now. Only
 * the results shown are downloaded (five at a time) and each appears as soon as it arrives.
 */
import { placeKey } from '../../lib/places.ts';
import { readSearchUrl, searchPageUrl, type SearchRequest } from '../../lib/search-url.ts';
import { contentTypes, preloadEngine, search, type PagefindResultData, type SearchHit } from './pagefind-engine.ts';

const RESULTS_PER_STEP = 5;
const TYPING_PAUSE_MS = 250;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const retry = document.querySelector<HTMLButtonElement>('[data-search-retry]');
  const typeFilter = document.querySelector<HTMLSelectElement>('[data-search-type] select');
  if (!form || !input || !status || !list || !more || !retry || !typeFilter) return;
  const strings = status.dataset;
  const placeNames = new Set(form.dataset.placeNames?.split('|'));
  document.querySelector('[data-search-nojs]')?.remove();

  let latest = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let remaining: SearchHit[] = [];
  let knownTypes: Promise<string[]> | undefined;
  /** A type asked for by the address, applied once the index confirms it exists. */
  let requestedType = '';

  const say = (text: string | undefined, failed = false) => {
    // Unchanged text is left alone, so screen readers do not hear "Đang tìm…" at every key press.
    if (status.textContent !== (text ?? '')) status.textContent = text ?? '';
    retry.hidden = !failed;
  };

  /** Loads the type list once; an unknown type in the address is dropped rather than offered. */
  const loadTypes = (): Promise<string[]> => {
    knownTypes ??= contentTypes().then(
      (types) => {
        const chosen = requestedType || typeFilter.value;
        typeFilter.replaceChildren(typeFilter.options[0] ?? new Option(''), ...types.map((type) => new Option(type, type)));
        typeFilter.value = types.includes(chosen) ? chosen : '';
        requestedType = '';
        return types;
      },
      (error: unknown) => {
        knownTypes = undefined;
        throw error;
      },
    );
    return knownTypes;
  };

  const current = (): SearchRequest => ({ query: input.value.trim(), type: requestedType || typeFilter.value });

  /** Takes down the results of earlier words, so they are never shown next to what is typed now. */
  const clearResults = (query: string) => {
    remaining = [];
    more.hidden = true;
    list.replaceChildren();
    say(query ? strings.loading : '');
    list.ariaBusy = query ? 'true' : 'false';
  };

  const run = async (request: SearchRequest) => {
    const id = ++latest;
    const isLatest = () => id === latest;
    clearResults(request.query);
    if (!request.query) return;
    try {
      // A type from the address is checked against the index first; otherwise the list loads later.
      const type = request.type && (await loadTypes()).includes(request.type) ? request.type : '';
      if (!isLatest()) return;
      if (type !== request.type) syncUrl();
      const place = placeKey(request.query);
      const hits = await search(request.query, type, placeNames.has(place) ? place : '');
      if (!isLatest()) return;
      say((hits.length ? strings.results : strings.none)?.replace('{n}', String(hits.length)).replace('{q}', request.query));
      remaining = hits;
      await showMore(isLatest);
      if (isLatest()) void loadTypes().catch(() => undefined);
    } catch {
      if (isLatest()) say(strings.error, true);
    } finally {
      if (isLatest()) list.ariaBusy = 'false';
    }
  };

  /** Shows the next few results, each in its place as soon as its text arrives. */
  const showMore = async (isLatest: () => boolean) => {
    const step = remaining.slice(0, RESULTS_PER_STEP);
    remaining = remaining.slice(RESULTS_PER_STEP);
    more.hidden = true;
    const slots = step.map(() => {
      const slot = document.createElement('li');
      slot.hidden = true;
      return slot;
    });
    list.append(...slots);
    await Promise.all(
      step.map(async (hit, index) => {
        const data = await hit.data();
        if (isLatest()) slots[index]?.replaceWith(renderResult(data));
      }),
    );
    more.hidden = !isLatest() || remaining.length === 0;
  };

  const syncUrl = () => history.replaceState(null, '', searchPageUrl(current()));

  const searchSoon = () => {
    // Whatever is still loading is for words the reader has since changed: drop it now, not after the pause.
    latest += 1;
    clearResults(input.value.trim());
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void run(current()), TYPING_PAUSE_MS);
  };

  input.addEventListener('input', () => {
    preloadEngine();
    syncUrl();
    searchSoon();
  });
  typeFilter.addEventListener('change', () => {
    requestedType = '';
    syncUrl();
    void run(current());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    syncUrl();
    void run(current());
  });
  retry.addEventListener('click', () => void run(current()));
  more.addEventListener('click', async () => {
    const id = latest;
    const firstNew = list.children.length;
    list.ariaBusy = 'true';
    try {
      await showMore(() => id === latest);
      list.children[firstNew]?.querySelector('a')?.focus();
    } catch {
      if (id === latest) say(strings.error, true);
    } finally {
      if (id === latest) list.ariaBusy = 'false';
    }
  });

  // The header search box on this page only changes the part after "#".
  const openFromUrl = () => {
    const request = readSearchUrl(window.location.href);
    // An old "?q=" link: keep the query out of the address from now on.
    if (request.fromQueryString) history.replaceState(null, '', searchPageUrl(request));
    input.value = request.query;
    requestedType = request.type;
    clearTimeout(typingTimer);
    void run(request);
  };
  window.addEventListener('hashchange', openFromUrl);
  if (readSearchUrl(window.location.href).query) openFromUrl();
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const type = document.createElement('p');
  type.className = 'text-sm font-semibold text-brand-700';
  type.textContent = data.filters.loai?.[0] ?? '';
  const heading = document.createElement('h2');
  heading.className = 'text-xl';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1';
  // Pagefind escapes page text and only adds <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(type, heading, excerpt);
  // Sections of the page that match (a hotline, a question, an article of law) link straight to it.
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    list.className = 'mt-1 list-disc pl-6 text-base';
    for (const sub of sections) {
      const link = document.createElement('a');
      link.href = sub.url;
      link.textContent = sub.title;
      const entry = document.createElement('li');
      entry.append(link);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}
