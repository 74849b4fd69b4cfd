/**
 * Finding a commune from whatever name a resident knows: the new name, an old xã/phường/thị trấn merged
 * into it in 2025, a former district, with or without tone marks, d for đ, any case, partly typed.
 */
import { fold } from './fold.ts';

export interface CommuneNames {
  id: string;
  name: string;
  type: 'xa' | 'phuong';
  formerUnits: string[];
  formerDistricts: string[];
  spellingVariants: string[];
}

/** One searchable name and the communes it leads to (a former district leads to several). */
export interface PlaceAlias {
  /** Folded name without its administrative prefix: "him lam". */
  key: string;
  /** As published, for display: "phường Him Lam". */
  label: string;
  communeIds: string[];
  kind: 'current' | 'former-unit' | 'former-district';
}

/** The search filter that files each service point under every name of its commune (see placeKey). */
export const PLACE_FILTER = 'dia_danh';
/** The same, for the names of the commune itself and of the units merged into it (no former districts). */
export const UNIT_PLACE_FILTER = 'dia_danh_xa';

const PREFIXES = ['thanh pho', 'thi tran', 'thi xa', 'phuong', 'huyen', 'xa', 'tp'];

/** Splits "thị trấn Mường Chà" into its folded prefix ("thi tran") and name ("muong cha"). */
function splitPrefix(name: string): { prefix: string; key: string } {
  const folded = fold(name).replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  const prefix = PREFIXES.find((candidate) => folded.startsWith(`${candidate} `)) ?? '';
  return { prefix, key: prefix ? folded.slice(prefix.length + 1) : folded };
}

/** Folded and without "xã", "phường", "huyện"… so "Xã Him Lam" and "him lam" meet. */
export function placeKey(name: string): string {
  return splitPrefix(name).key;
}

export function buildPlaceIndex(communes: CommuneNames[]): PlaceAlias[] {
  const byKey = new Map<string, PlaceAlias>();
  const add = (label: string, communeId: string, kind: PlaceAlias['kind']) => {
    const key = placeKey(label);
    const existing = byKey.get(`${kind}:${key}`);
    if (existing) {
      if (!existing.communeIds.includes(communeId)) existing.communeIds.push(communeId);
      return;
    }
    byKey.set(`${kind}:${key}`, { key, label, communeIds: [communeId], kind });
  };
  for (const commune of communes) {
    add(`${commune.type === 'xa' ? 'xã' : 'phường'} ${commune.name}`, commune.id, 'current');
    for (const unit of [...commune.formerUnits, ...commune.spellingVariants]) add(unit, commune.id, 'former-unit');
    for (const district of commune.formerDistricts) add(district, commune.id, 'former-district');
  }
  return [...byKey.values()];
}

export interface PlaceMatch {
  alias: PlaceAlias;
  /** 0 exact, 1 starts with the query, 2 every typed word starts a word of the name; half a point better when the typed prefix (xã, thị trấn…) matches too. */
  rank: number;
}

/** Aliases matching a query, best first: exact names, then names starting with it, then word prefixes. */
export function findPlaces(query: string, index: PlaceAlias[]): PlaceMatch[] {
  const { prefix: wantedPrefix, key: wanted } = splitPrefix(query);
  if (!wanted) return [];
  const words = wanted.split(' ');
  const matches: PlaceMatch[] = [];
  for (const alias of index) {
    let rank: number | undefined;
    if (alias.key === wanted) rank = 0;
    else if (alias.key.startsWith(wanted)) rank = 1;
    else {
      const nameWords = alias.key.split(' ');
      if (words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)))) rank = 2;
    }
    // "thị trấn Mường Chà" (now in xã Na Sang) is not "xã Mường Chà": a typed prefix decides between them.
    if (rank !== undefined && wantedPrefix && splitPrefix(alias.label).prefix === wantedPrefix) rank -= 0.5;
    if (rank !== undefined) matches.push({ alias, rank });
  }
  const kindOrder = { current: 0, 'former-unit': 1, 'former-district': 2 };
  return matches.sort((a, b) => a.rank - b.rank || kindOrder[a.alias.kind] - kindOrder[b.alias.kind] || a.alias.key.localeCompare(b.alias.key));
}

/**
 * The matches a query stands for, best first. Once a name matches exactly, only the equally exact names
 * count: "huyện Điện Biên" is not "huyện Điện Biên Đông", and "huyện Mường Chà" is the old district, not
 * today's xã Mường Chà. A bare name that is also today's commune ("Mường Ảng") means the commune; the old
 * district it shares a name with needs its "huyện".
 */
export function matchPlaces(query: string, index: PlaceAlias[]): PlaceMatch[] {
  const matches = findPlaces(query, index);
  const best = matches[0];
  if (!best || best.rank > 0) return matches;
  return matches.filter(({ alias, rank }) => rank === best.rank && !(best.alias.kind === 'current' && alias.kind === 'former-district'));
}

/** The commune ids the matches lead to, in match order, without repeats. */
export function communeIdsOf(matches: PlaceMatch[]): string[] {
  return [...new Set(matches.flatMap(({ alias }) => alias.communeIds))];
}

export function resolveCommunes(query: string, index: PlaceAlias[]): string[] {
  return communeIdsOf(matchPlaces(query, index));
}

/**
 * The old names among the matches, so the reader is told where each is now: every exact one (typing
 * "Mường Chà" also means the old thị trấn, which is now in xã Na Sang), else the best partial one. An old
 * name that only leads to the commune already named (old xã Sín Thầu, now part of xã Sín Thầu) adds nothing.
 */
export function renamedPlaces(matches: PlaceMatch[]): PlaceAlias[] {
  const exact = matches.filter(({ rank }) => rank <= 0);
  const told = (exact.length ? exact : matches.slice(0, 1)).map(({ alias }) => alias);
  const named = new Set(told.filter((alias) => alias.kind === 'current').flatMap((alias) => alias.communeIds));
  return told.filter((alias) => alias.kind !== 'current' && !alias.communeIds.every((id) => named.has(id)));
}
