/**
 * Vietnamese phone numbers as published by agencies ("1900 96 96 80", "0769.04.04.04", "111").
 * We keep digits as the single truth, and derive both the tel: link and a consistent display form.
 */

export type PhoneKind = 'emergency' | 'toll-free' | 'premium' | 'mobile' | 'landline';

export interface Phone {
  digits: string;
  kind: PhoneKind;
  display: string;
  href: string;
}

const PATTERNS: Array<{ kind: PhoneKind; pattern: RegExp; groups: number[] }> = [
  // Short national numbers: 111 (child protection, anti-trafficking), 112–115 (emergencies).
  { kind: 'emergency', pattern: /^11[1-5]$/, groups: [3] },
  { kind: 'toll-free', pattern: /^1800\d{4}$/, groups: [4, 4] },
  { kind: 'toll-free', pattern: /^1800\d{6}$/, groups: [4, 2, 2, 2] },
  { kind: 'premium', pattern: /^1900\d{4}$/, groups: [4, 4] },
  { kind: 'premium', pattern: /^1900\d{6}$/, groups: [4, 2, 2, 2] },
  // Mobile prefixes in use since the 2018 renumbering: 03x, 05x, 07x, 08x, 09x.
  { kind: 'mobile', pattern: /^0[35789]\d{8}$/, groups: [4, 2, 2, 2] },
  // Landlines: 0 + two- or three-digit area code starting with 2 (Điện Biên is 0215), 11 digits in all.
  { kind: 'landline', pattern: /^02\d{9}$/, groups: [4, 4, 3] },
];

/** Strips the separators people write (spaces, dots, dashes, brackets) and a +84 prefix. */
export function phoneDigits(raw: string): string {
  const compact = raw.replace(/[\s.\-()]/g, '');
  return compact.startsWith('+84') ? `0${compact.slice(3)}` : compact;
}

/** Parses a number as written; returns undefined when it is not a valid Vietnamese number. */
export function parsePhone(raw: string): Phone | undefined {
  const digits = phoneDigits(raw);
  if (!/^\d+$/.test(digits)) return undefined;
  const match = PATTERNS.find(({ pattern }) => pattern.test(digits));
  if (!match) return undefined;
  let rest = digits;
  const parts: string[] = [];
  for (const size of match.groups) {
    parts.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  return { digits, kind: match.kind, display: parts.join(' '), href: `tel:${digits}` };
}

/** Plain-Vietnamese explanation used in validation errors. */
export const PHONE_FORMAT_HELP =
  'Số điện thoại phải là số Việt Nam hợp lệ: số ngắn 111–115, số 1800/1900 (8 hoặc 10 chữ số), ' +
  'di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09, hoặc số cố định 11 chữ số bắt đầu bằng 02 ' +
  '(ví dụ: "111", "1800 1233", "0215 3826 000"). Được phép viết cách bằng dấu cách hoặc dấu chấm.';

/**
 * A line's name as it reads in brackets after its number: a bracketed note of its own is dropped, so
 * "113 (Công an (số khẩn cấp 113))" reads "113 (Công an)".
 */
export function nameAfterNumber(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/, '').trim() || name;
}
