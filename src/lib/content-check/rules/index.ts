/** Every rule the content check runs, in the order their problems are listed. Add a rule: one line here. */
import type { Rule } from '../types.ts';
import { body } from './body.ts';
import { fileNames } from './file-names.ts';
import { images } from './images.ts';
import { languages } from './languages.ts';
import { lengths } from './lengths.ts';
import { links } from './links.ts';
import { mdxSafety } from './mdx-safety.ts';
import { phoneNumbers } from './phone-numbers.ts';
import { planData } from './plan-data.ts';
import { readability } from './readability.ts';
import { realDates } from './real-dates.ts';
import { references } from './references.ts';
import { schema } from './schema.ts';
import { searchKeywords } from './search-keywords.ts';
import { tags } from './tags.ts';
import { textForm } from './text-form.ts';
import { uniqueUrls } from './unique-urls.ts';
import { unreadFiles } from './unread-files.ts';
import { wording } from './wording.ts';

export const RULES: Rule[] = [
  unreadFiles,
  fileNames,
  schema,
  realDates,
  textForm,
  lengths,
  uniqueUrls,
  references,
  languages,
  planData,
  mdxSafety,
  links,
  searchKeywords,
  images,
  body,
  tags,
  phoneNumbers,
  wording,
  readability,
];
