/**
 * Whether readers can trust a record today. One place decides, so every badge on the site agrees.
 */
import { UI } from '../ui/strings.ts';
import { daysBetween, formatDate } from './dates.ts';

export interface Source {
  title: string;
  url?: string | undefined;
}

export type Verification =
  | { status: 'verified'; date: Date; sources: Source[] }
  | { status: 'unverified'; reason: string; howToAsk: string; sources?: Source[] | undefined };

export type VerificationState =
  | { kind: 'verified'; date: Date; label: string }
  | { kind: 'stale'; date: Date; ageInDays: number; label: string }
  | { kind: 'unverified'; label: string };

/** Days after which a verified record is shown as needing a fresh check. */
export const DEFAULT_STALE_AFTER_DAYS = 180;

export function verificationState(
  verification: Verification,
  now: Date,
  staleAfterDays: number = DEFAULT_STALE_AFTER_DAYS,
): VerificationState {
  if (verification.status === 'unverified') {
    return { kind: 'unverified', label: UI.unverified };
  }
  const ageInDays = daysBetween(verification.date, now);
  const label = `${UI.verifiedOn} ${formatDate(verification.date)}`;
  if (ageInDays > staleAfterDays) {
    return { kind: 'stale', date: verification.date, ageInDays, label: `${label} (${UI.stale})` };
  }
  return { kind: 'verified', date: verification.date, label };
}
