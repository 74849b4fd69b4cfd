/**
 * Words that stigmatise the people this site serves, and what to write instead. The content check fails
 * on them, naming file and line, so a slip never reaches readers.
 */
export interface DiscouragedTerm {
  term: string;
  preferred: string;
}

export const DISCOURAGED_TERMS: DiscouragedTerm[] = [
  { term: 'gái mại dâm', preferred: 'người bán dâm' },
  { term: 'gái gọi', preferred: 'người bán dâm' },
  { term: 'gái bán hoa', preferred: 'người bán dâm' },
  { term: 'gái làng chơi', preferred: 'người bán dâm' },
  { term: 'gái điếm', preferred: 'người bán dâm' },
  { term: 'cave', preferred: 'người bán dâm' },
  { term: 'đĩ', preferred: 'người bán dâm' },
  { term: 'kẻ bán dâm', preferred: 'người bán dâm' },
  { term: 'khách làng chơi', preferred: 'người mua dâm' },
  { term: 'bệnh nhân AIDS', preferred: 'người sống chung với HIV' },
  { term: 'con nghiện', preferred: 'người sử dụng ma túy' },
];

export interface WordingProblem extends DiscouragedTerm {
  line: number;
  column: number;
}

/** Whole-word, case-insensitive matches; "cave" in "caves" or "đĩa" is not flagged. */
export function findDiscouragedTerms(text: string): WordingProblem[] {
  const problems: WordingProblem[] = [];
  const lines = text.normalize('NFC').split('\n');
  lines.forEach((lineText, index) => {
    for (const entry of DISCOURAGED_TERMS) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${entry.term}(?![\\p{L}\\p{N}])`, 'giu');
      for (const match of lineText.matchAll(pattern)) {
        problems.push({ ...entry, line: index + 1, column: (match.index ?? 0) + 1 });
      }
    }
  });
  return problems;
}
