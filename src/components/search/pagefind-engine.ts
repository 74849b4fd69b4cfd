/**
 * Loads Pagefind on the search page and makes its failures visible. Pagefind itself swallows a failed
 * index chunk and then reports fewer (or no) results, so every request under /pagefind/ is watched and a
 * search during which one failed is an error, not "no results". After any failure the engine is dropped
 * and the next search starts afresh: nothing rejected is kept, so "try again" works without a reload.
 */
import { PLACE_FILTER, UNIT_PLACE_FILTER } from '../../lib/places.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  sub_results?: Array<{ title: string; url: string }>;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
export interface SearchHit {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindInstance {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** A null query lists every page that passes the filters. */
  search(query: string | null, options?: object): Promise<{ results: SearchHit[] }>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

const BASE_PATH = '/pagefind/';

/**
 * Tuned on the golden set (tests/e2e/search-golden.ts): short pages are not favoured just for being
 * short, a match in the title or topic terms outweighs many mentions in a long body, and the words staff
 * chose for a page (content/search-keywords.yaml) outweigh another page's title.
 */
const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.4,
  termSaturation: 1.6,
  metaWeights: { title: 6, topic: 6, keywords: 12, fold: 1 },
};

let failedRequests = 0;
let importAttempts = 0;
let pagefindModule: Promise<PagefindModule> | undefined;
let engine: Promise<PagefindInstance> | undefined;

/** Counts failed requests for index files; everything else passes through untouched. */
function watchIndexRequests(): void {
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const watched = new URL(url, window.location.href).pathname.startsWith(BASE_PATH);
    try {
      const response = await fetchFromNetwork(input, init);
      if (watched && !response.ok) failedRequests += 1;
      return response;
    } catch (error) {
      if (watched) failedRequests += 1;
      throw error;
    }
  };
}

function loadModule(): Promise<PagefindModule> {
  // A browser may keep a failed import() under its URL, so each retry asks for a new one. The variable
  // path also keeps the bundler from resolving a file that only exists after the build.
  const url = `${BASE_PATH}pagefind.js${importAttempts ? `?retry=${importAttempts}` : ''}`;
  pagefindModule ??= import(/* @vite-ignore */ url).catch((error: unknown) => {
    pagefindModule = undefined;
    importAttempts += 1;
    throw error;
  });
  return pagefindModule;
}

function loadEngine(): Promise<PagefindInstance> {
  if (!engine) {
    if (importAttempts === 0 && !pagefindModule) watchIndexRequests();
    // On the main thread: no worker file to download first, and its requests are the ones watched above.
    engine = loadModule().then(async (module) => {
      const instance = module.createInstance({ basePath: BASE_PATH, noWorker: true, excerptLength: 24, ranking: SEARCH_RANKING });
      await instance.init();
      return instance;
    });
  }
  return engine;
}

/** Runs work and fails if any index request failed meanwhile, even one Pagefind chose to ignore. */
async function failOnLostRequests<T>(work: () => Promise<T>): Promise<T> {
  const failedBefore = failedRequests;
  const result = await work();
  if (failedRequests > failedBefore) throw new Error('Part of the search index did not load');
  return result;
}

/** Any failure drops the engine, so the next search loads whatever is missing again. */
async function withEngine<T>(step: (instance: PagefindInstance) => Promise<T>): Promise<T> {
  const current = loadEngine();
  try {
    return await failOnLostRequests(async () => step(await current));
  } catch (error) {
    if (engine === current) engine = undefined;
    throw error;
  }
}

/** Starts downloading the engine while the reader is still typing. Errors surface on the real search. */
export function preloadEngine(): void {
  withEngine(async () => undefined).catch(() => undefined);
}

/**
 * Pages matching the query, best first. When the query is a place name (`place`, a folded key such as
 * "nam vi"), the service points filed under that name come first, whatever their text says: those in a
 * xã, phường or thị trấn of that name before the rest of a former district that shared it.
 */
export async function search(query: string, type: string, place: string): Promise<SearchHit[]> {
  const typeFilter = type ? { loai: type } : {};
  const none = { results: [] };
  const [inUnit, inPlace, matches] = await withEngine((instance) =>
    Promise.all([
      place ? instance.search(null, { filters: { ...typeFilter, [UNIT_PLACE_FILTER]: place } }) : none,
      place ? instance.search(null, { filters: { ...typeFilter, [PLACE_FILTER]: place } }) : none,
      instance.search(query, { filters: typeFilter }),
    ]),
  );
  const seen = new Set<string>();
  const hits = [...inUnit.results, ...inPlace.results, ...matches.results].filter((hit) => !seen.has(hit.id) && seen.add(hit.id));
  // A result's text is fetched only when it is shown; Pagefind forgets a failed fetch, so asking again retries it.
  return hits.map((hit) => ({ id: hit.id, data: () => failOnLostRequests(() => hit.data()) }));
}

/** The content types in the index, so a new type of page appears in the filter without code changes. */
export async function contentTypes(): Promise<string[]> {
  const filters = await withEngine((instance) => instance.filters());
  return Object.keys(filters.loai ?? {}).sort((a, b) => a.localeCompare(b, 'vi'));
}
