/**
 * Pages in Thái and Mông, and recorded messages: the department publishes them the moment a translator
 * or a speaker provides them. Nothing here is ever filled in by machine translation.
 */
import { z } from 'astro/zod';
import { text, verification } from './common.ts';

/** BCP 47 tags: Vietnamese, Tai Dam (Thái Đen), Tai Dón (Thái Trắng), Hmong. */
export const LANGUAGE_TAGS = ['vi', 'blt', 'twh', 'hmn'] as const;
export const TRANSLATION_LANGUAGES = ['blt', 'twh', 'hmn'] as const;

/** Audio the browser plays natively, and the type each is served as. */
export const RECORDING_TYPES = { opus: 'audio/ogg; codecs=opus', ogg: 'audio/ogg', mp3: 'audio/mpeg', m4a: 'audio/mp4' } as const;
/** Small enough for slow mobile data: a 3-minute message is about 0.5 MB as Opus, 1.4 MB as MP3. */
export const MAX_RECORDING_BYTES = 3 * 1024 * 1024;

const recordingFile = z
  .string({ error: 'Tên tệp ghi âm ("file") phải là một đoạn chữ, ví dụ "goi-111-tieng-mong.opus".' })
  .regex(new RegExp(`^[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:${Object.keys(RECORDING_TYPES).join('|')})$`), {
    error: `Tên tệp ghi âm viết thường, không dấu, nối bằng gạch ngang, đuôi .${Object.keys(RECORDING_TYPES).join(', .')}; ví dụ "goi-111-tieng-mong.opus".`,
  });

/** A recorded message in Vietnamese, Thái or Mông, played with the browser's own audio player. */
export const recordings = z
  .array(
    z
      .object({
        file: recordingFile,
        lang: z.enum(LANGUAGE_TAGS, { error: `Ngôn ngữ ("lang") là một trong: ${LANGUAGE_TAGS.join(', ')} (vi: Việt, blt: Thái Đen, twh: Thái Trắng, hmn: Mông).` }),
        title: text('tên bản ghi âm ("title")'),
        /** Who recorded it, so listeners know it is the department's own message. */
        speaker: text('người đọc ("speaker")'),
      })
      .strict(),
  )
  .default([]);

/** A page translated from a Vietnamese page of the site, by a named translator. */
export const translationSchema = z
  .object({
    lang: z.enum(TRANSLATION_LANGUAGES, { error: `Ngôn ngữ ("lang") là blt (Thái Đen), twh (Thái Trắng) hoặc hmn (Mông).` }),
    /** Address of the Vietnamese page this translates, e.g. /ho-tro/cho-nguoi-ban-dam/. */
    original: z.string().regex(/^\/[a-z0-9/-]*\/$/, { error: 'Trang gốc ("original") là đường dẫn trang tiếng Việt, ví dụ "/ho-tro/cho-nguoi-ban-dam/".' }),
    title: text('tiêu đề ("title") bằng ngôn ngữ của bản dịch'),
    description: text('mô tả ngắn ("description")'),
    translator: text('người dịch ("translator")'),
    /** When the translation was last checked against the Vietnamese page, and by whom. */
    verification,
    recordings,
  })
  .strict();
