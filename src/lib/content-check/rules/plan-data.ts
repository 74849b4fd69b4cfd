/** The plan's data files checked against each other (src/lib/plan-data-check.ts holds the logic). */
import { CONTENT_FILES } from '../../../content-layout.ts';
import { POSTERS } from '../../../data/posters.ts';
import { checkPlanData } from '../../plan-data-check.ts';
import type { Rule } from '../types.ts';

export const planData: Rule = {
  name: 'so-lieu-ke-hoach',
  check: (content) => {
    if (['planTargets', 'planProgress', 'reach', 'communes'].some((collection) => content.broken.has(collection as never))) return [];
    const file = (name: string) => {
      const source = content.files.find((candidate) => candidate.rel.endsWith(`content/${name}`) || candidate.rel === name);
      return { path: source?.rel ?? `content/${name}`, text: source?.text ?? '' };
    };
    return checkPlanData({
      targets: content.entries('planTargets'),
      progress: content.entries('planProgress'),
      reach: content.entries('reach'),
      communeIds: new Set(content.entries('communes').map((entry) => entry.id)),
      posterIds: new Set(POSTERS.map((poster) => poster.id)),
      files: { progress: file(CONTENT_FILES.planProgress.file), reach: file(CONTENT_FILES.reach.file) },
    });
  },
};
