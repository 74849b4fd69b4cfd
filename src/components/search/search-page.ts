/**
 * Runs the search on the search page. Pagefind (about 70 KB) is fetched only here, and only once the
 * reader has typed or opened a link with ?q=, so other pages carry none of it.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  sub_results?: Array<{ title: string; url: string }>;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

/**
 * Tuned on the golden set (tests/e2e/search-golden.ts): short pages are not favoured just for being
 * short, and a match in the title or topic terms outweighs many mentions in a long body.
 */
const SEARCH_RANKING = {
  pageLength: 0.3,
  termFrequency: 0.4,
  termSaturation: 1.6,
  metaWeights: { title: 6, topic: 4, fold: 1 },
};

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from trying to resolve a file that only exists after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24, ranking: SEARCH_RANKING });
    return module;
  });
  return pagefind;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const typeFilter = document.querySelector<HTMLSelectElement>('select[name="loai"]');
  if (!form || !input || !status || !list) return;
  const strings = status.dataset;
  document.querySelector('[data-search-nojs]')?.remove();

  const run = async (query: string) => {
    const trimmed = query.trim();
    list.replaceChildren();
    if (!trimmed) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading ?? '';
    try {
      const engine = await loadPagefind();
      if (typeFilter) await fillTypeFilter(engine, typeFilter);
      const type = typeFilter?.value;
      const search = await engine.debouncedSearch(trimmed, type ? { filters: { loai: type } } : {}, 250);
      if (!search) return; // superseded by a newer query
      const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
      list.replaceChildren(...results.map(renderResult));
      status.textContent = results.length
        ? (strings.results ?? '').replace('{n}', String(search.results.length)).replace('{q}', trimmed)
        : (strings.none ?? '').replace('{q}', trimmed);
    } catch {
      status.textContent = strings.error ?? '';
    }
  };

  const syncUrl = (query: string) => {
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    if (typeFilter?.value) url.searchParams.set('loai', typeFilter.value);
    else url.searchParams.delete('loai');
    history.replaceState(null, '', url);
  };

  input.addEventListener('input', () => {
    syncUrl(input.value);
    void run(input.value);
  });
  typeFilter?.addEventListener('change', () => {
    syncUrl(input.value);
    void run(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    syncUrl(input.value);
    void run(input.value);
  });

  const params = new URLSearchParams(window.location.search);
  const initial = params.get('q') ?? '';
  if (typeFilter && params.get('loai')) {
    typeFilter.append(new Option(params.get('loai') ?? '', params.get('loai') ?? '', true, true));
  }
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

/** Content types come from the index itself, so a new page type appears here without code changes. */
async function fillTypeFilter(engine: Pagefind, select: HTMLSelectElement): Promise<void> {
  if (select.dataset.filled) return;
  select.dataset.filled = 'true';
  const types = Object.keys((await engine.filters()).loai ?? {}).sort((a, b) => a.localeCompare(b, 'vi'));
  const chosen = select.value;
  for (const type of types) if (type !== chosen) select.append(new Option(type, type));
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
