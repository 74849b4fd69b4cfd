/**
 * The web editor's configuration, generated at build time from the same constants as the schemas in
 * src/schemas/, so every form mirrors src/content.config.ts. tests/unit/admin-config.test.ts fails when
 * a schema field has no form field.
 *
 * Editor choice (checked November 2026): Decap CMS 3.16.3 from npm. Its bundle, served from our origin
 * with `locale: vi`, made no request to another origin before sign-in (tests/e2e/admin.spec.ts). Sveltia
 * CMS 0.221.1 is smaller and works on phones, but on load it fetches its Vietnamese strings and an
 * update check from unpkg.com and fonts from cdn.jsdelivr.net (self-hosting is its open issue #909),
 * which this site's no-third-party rule forbids. Decap also has Forgejo and Gitea backends, the
 * editorial workflow on GitHub, GitLab and Forgejo, and a test-repo backend for automated tests.
 *
 * Our own file formats (src/admin/record-shape.ts, registered in src/admin/editor.ts) let Decap edit
 * YAML files whose top level is a list, and "none or one" blocks such as the verification.
 */
import { CONTENT_FILES } from '../content-layout.ts';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH } from '../schemas/articles.ts';
import { AUDIENCES } from '../schemas/common.ts';
import { SERVICE_KINDS, SITE_SERVICES } from '../schemas/records.ts';
import { PAGE_PATH_PATTERN, SEARCH_KEYWORDS_MAX } from '../schemas/search.ts';
import { PHONE_FORMAT_HELP } from '../lib/phone.ts';
import { WEEKDAY_LABELS, WEEKDAYS } from '../lib/schedule.ts';
import { SITE_URL } from '../site-config.ts';
import { LANGUAGE_TAGS } from '../schemas/languages.ts';
import { LANGUAGES, UI } from '../ui/strings.ts';
import { decapBackend, usesEditorialWorkflow, type EditorBackend } from './backend.ts';
import { MDX_FORMAT, YAML_LIST_FORMAT } from './record-shape.ts';

export interface EditorData {
  /** Tags already used by articles: the editor offers these, so tag pages do not multiply. */
  tags: string[];
}

export type Field = Record<string, unknown> & { name: string; label: string; widget: string };

const SLUG_PATTERN = ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Chỉ chữ thường không dấu, số và dấu gạch ngang, ví dụ "duong-day-nong-111".'];
const URL_PATTERN = ['^https?://\\S+$', 'Ghi địa chỉ web đầy đủ, bắt đầu bằng https://'];
const TIME_PATTERN = ['^([01]\\d|2[0-3]):[0-5]\\d$', 'Giờ viết theo dạng HH:MM, ví dụ 07:30.'];
const maxLength = (max: number) => [`^[\\s\\S]{1,${max}}$`, `Tối đa ${max} ký tự.`];

const optional = (field: Field): Field => ({ ...field, required: false });
const string = (name: string, label: string, extra: Record<string, unknown> = {}): Field => ({ name, label, widget: 'string', ...extra });
const longText = (name: string, label: string, extra: Record<string, unknown> = {}): Field => ({ name, label, widget: 'text', ...extra });
const number = (name: string, label: string, extra: Record<string, unknown> = {}): Field => ({ name, label, widget: 'number', value_type: 'float', ...extra });
const day = (name: string, label: string): Field => ({ name, label, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false });
const id = (hint: string): Field => string('id', 'Mã (id)', { pattern: SLUG_PATTERN, hint });
const list = (name: string, label: string, fields: Field[], extra: Record<string, unknown> = {}): Field => ({ name, label, widget: 'list', fields, ...extra });
const stringList = (name: string, label: string, extra: Record<string, unknown> = {}): Field => ({ name, label, widget: 'list', field: string('item', label), ...extra });
const select = (name: string, label: string, options: Array<{ label: string; value: string }>, extra: Record<string, unknown> = {}): Field => ({ name, label, widget: 'select', options, ...extra });
const labelled = (values: readonly string[], labels: Record<string, string>) => values.map((value) => ({ value, label: labels[value] ?? value }));

const sources = (min = 0): Field =>
  list('sources', 'Nguồn', [string('title', 'Tên văn bản hoặc bài báo'), optional(string('url', 'Đường dẫn', { pattern: URL_PATTERN }))], {
    min,
    summary: '{{fields.title}}',
    hint: min ? 'Cần ít nhất một nguồn để người đọc tự kiểm tra được.' : undefined,
  });

/**
 * The verification block as a one-item list whose item type is the status: "Đã xác minh" asks for the
 * date and sources, "Chưa xác minh" for the reason and how to ask. record-shape.ts unwraps it on save.
 */
const verification: Field = {
  name: 'verification',
  label: 'Xác minh',
  widget: 'list',
  typeKey: 'status',
  min: 1,
  max: 1,
  collapsed: false,
  hint: 'Chọn một: đã xác minh (ghi ngày và nguồn) hoặc chưa xác minh (ghi lý do và cách hỏi).',
  types: [
    { name: 'verified', label: 'Đã xác minh', widget: 'object', summary: 'Đã xác minh ngày {{fields.date}}', fields: [day('date', 'Ngày bạn kiểm tra nguồn'), sources(1)] },
    {
      name: 'unverified',
      label: 'Chưa xác minh',
      widget: 'object',
      summary: 'Chưa xác minh',
      fields: [longText('reason', 'Lý do chưa xác minh'), longText('howToAsk', 'Cách hỏi chính thức (cơ quan nào, số nào)'), optional(sources())],
    },
  ],
};

const phones = (name: string, label: string): Field => stringList(name, label, { required: false, hint: PHONE_FORMAT_HELP });

/** Opening hours: either 24/7, or a list of periods; record-shape.ts drops whichever part does not apply. */
const hours = (required: boolean): Field => ({
  name: 'hours',
  label: 'Giờ làm việc',
  widget: 'object',
  required,
  collapsed: true,
  fields: [
    { name: 'alwaysOpen', label: 'Mở cả ngày đêm, mọi ngày (24/7)', widget: 'boolean', default: false, required: false },
    list(
      'periods',
      'Các khung giờ (bỏ trống nếu mở 24/7)',
      [
        select('days', 'Ngày', labelled(WEEKDAYS, WEEKDAY_LABELS), { multiple: true }),
        string('opens', 'Giờ mở cửa', { pattern: TIME_PATTERN }),
        string('closes', 'Giờ đóng cửa', { pattern: TIME_PATTERN }),
      ],
      { required: false, summary: '{{fields.opens}}–{{fields.closes}}' },
    ),
    optional(string('note', 'Ghi chú')),
  ],
});

/** A relation to a record in one of the YAML lists, picked by name, stored by id. */
const relation = (name: string, label: string, file: 'communes' | 'hotlines', extra: Record<string, unknown> = {}): Field => ({
  name,
  label,
  widget: 'relation',
  collection: 'danh-ba',
  file,
  search_fields: ['items.*.name', 'items.*.id'],
  value_field: 'items.*.id',
  display_fields: ['items.*.name'],
  ...extra,
});

/** One YAML list file: the whole list is one form with one item per record. */
const yamlList = (name: keyof typeof CONTENT_FILES & string, label: string, itemLabel: string, fields: Field[], summary = '{{fields.name}}') => ({
  name,
  label,
  file: `content/${(CONTENT_FILES[name] as { file: string }).file}`,
  fields: [
    { name: 'header', label: 'Ghi chú đầu tệp', widget: 'hidden', required: false },
    list('items', itemLabel, fields, { summary, collapsed: true, label_singular: itemLabel }),
  ],
});

export const articleFields = (data: EditorData): Field[] => [
  string('title', 'Tiêu đề', { pattern: maxLength(TITLE_MAX_LENGTH), hint: `Ngắn, rõ, tối đa ${TITLE_MAX_LENGTH} ký tự. Địa chỉ trang lấy từ tiêu đề, viết không dấu.` }),
  longText('description', 'Mô tả ngắn', { pattern: maxLength(DESCRIPTION_MAX_LENGTH), hint: `Hiện khi chia sẻ lên Zalo, Facebook; tối đa ${DESCRIPTION_MAX_LENGTH} ký tự.` }),
  day('pubDate', 'Ngày đăng'),
  optional(day('updatedDate', 'Ngày cập nhật (nếu sửa bài sau khi đăng)')),
  string('author', 'Tác giả hoặc đơn vị', { default: 'Ban biên tập' }),
  select('tags', 'Chủ đề', data.tags.map((tag) => ({ label: tag, value: tag })), { multiple: true, required: false, hint: 'Chọn trong các chủ đề đã có. Cần chủ đề mới: nhờ quản trị viên thêm.' }),
  select('audiences', 'Dành cho', labelled(AUDIENCES, UI.audiences), { multiple: true, required: false }),
  {
    name: 'cover',
    label: 'Ảnh bìa',
    label_singular: 'ảnh bìa',
    widget: 'list',
    max: 1,
    required: false,
    collapsed: false,
    summary: '{{fields.alt}}',
    hint: 'Không bắt buộc. Nếu có ảnh bìa thì phải có mô tả ảnh.',
    fields: [
      { name: 'src', label: 'Ảnh', widget: 'image', choose_url: false, hint: 'Tên tệp nên viết không dấu, ví dụ le-phat-dong.jpg.' },
      string('alt', 'Mô tả ảnh cho người khiếm thị', { hint: 'Ảnh có gì? Ví dụ: "Cán bộ y tế tư vấn cho người dân tại trạm y tế xã".' }),
    ],
  },
  verification,
  { name: 'draft', label: 'Bản nháp (không hiện trên trang)', widget: 'boolean', default: false, required: false },
  { name: 'body', label: 'Nội dung', widget: 'markdown', hint: 'Chèn số đường dây nóng bằng nút "+" → "Đường dây nóng"; không gõ số điện thoại trực tiếp.' },
];

export const hotlineFields: Field[] = [
  id('Ví dụ "tong-dai-111". Bài viết gọi đường dây này bằng mã.'),
  string('number', 'Số điện thoại', { hint: PHONE_FORMAT_HELP }),
  string('name', 'Tên đường dây'),
  longText('operator', 'Đơn vị trả lời'),
  longText('whenToCall', 'Khi nào nên gọi'),
  longText('whatHappens', 'Điều gì xảy ra khi gọi'),
  hours(true),
  string('cost', 'Chi phí cuộc gọi'),
  optional(number('stripOrder', 'Vị trí trên dải "Cần giúp? Gọi ngay" (bỏ trống: không hiện)', { value_type: 'int', min: 1 })),
  optional(string('shortLabel', 'Nhãn ngắn trên dải')),
  verification,
];

export const serviceFields: Field[] = [
  id('Ví dụ "tro-giup-phap-ly-tinh".'),
  string('name', 'Tên dịch vụ'),
  select('kind', 'Loại dịch vụ', labelled(SERVICE_KINDS, UI.serviceKinds)),
  string('provider', 'Đơn vị cung cấp'),
  longText('description', 'Mô tả'),
  phones('phones', 'Số điện thoại'),
  optional(string('address', 'Địa chỉ')),
  hours(false),
  relation('communes', 'Xã, phường phục vụ', 'communes', { multiple: true, required: false }),
  verification,
];

export const siteFields: Field[] = [
  id('Ví dụ "tram-y-te-xa-muong-ang".'),
  string('name', 'Tên điểm dịch vụ'),
  relation('commune', 'Xã, phường', 'communes'),
  select('services', 'Dịch vụ', labelled(SITE_SERVICES, UI.siteServices), { multiple: true, min: 1 }),
  optional(string('address', 'Địa chỉ')),
  phones('phones', 'Số điện thoại'),
  hours(false),
  optional(string('fees', 'Chi phí')),
  optional(longText('confidentiality', 'Cách giữ bí mật')),
  optional(longText('howToAccess', 'Cách đến, cách đăng ký')),
  stringList('languages', 'Ngôn ngữ', { required: false, default: ['Tiếng Việt'] }),
  {
    name: 'coordinates',
    label: 'Tọa độ (để tìm điểm gần nhất)',
    widget: 'object',
    required: false,
    collapsed: true,
    fields: [number('lat', 'Vĩ độ (20–23)', { min: 20, max: 23 }), number('lng', 'Kinh độ (102–104)', { min: 102, max: 104 })],
  },
  verification,
];

export const communeFields: Field[] = [
  id('Ví dụ "dien-bien-phu".'),
  string('name', 'Tên xã, phường'),
  select('type', 'Loại', [
    { value: 'xa', label: 'Xã' },
    { value: 'phuong', label: 'Phường' },
  ]),
  stringList('formerUnits', 'Tên đơn vị cũ', { min: 1 }),
  stringList('formerDistricts', 'Huyện, thị xã, thành phố cũ', { min: 1 }),
  stringList('spellingVariants', 'Cách viết khác', { required: false }),
  verification,
];

export const faqFields: Field[] = [
  id('Ví dụ "bi-lua-di-lam-thi-goi-dau".'),
  string('question', 'Câu hỏi'),
  longText('answer', 'Câu trả lời'),
  string('topic', 'Chủ đề'),
  relation('hotlines', 'Đường dây nóng câu trả lời nhắc tới (giờ trực và chi phí lấy từ danh sách đường dây nóng)', 'hotlines', { multiple: true, required: false }),
  verification,
];

export const mythFields: Field[] = [
  id('Ví dụ "chi-con-gai-bi-mua-ban".'),
  longText('myth', 'Quan niệm sai'),
  longText('fact', 'Sự thật'),
  longText('explanation', 'Giải thích'),
  verification,
];

export const planTargetFields: Field[] = [
  id('Ví dụ "tuyen-truyen-70".'),
  string('group', 'Nhóm chỉ tiêu'),
  longText('target', 'Nội dung chỉ tiêu'),
  optional(number('value', 'Con số trong kế hoạch')),
  optional(string('unit', 'Đơn vị')),
  string('planSection', 'Mục trong kế hoạch'),
  verification,
];

/**
 * Reported progress for one target (content/plan-progress.yaml). "reported" is absent until an official
 * report gives a figure, so the site says "chưa có số liệu", never 0. Per-commune figures are a list of
 * commune and number here; record-shape.ts stores them as the map the schema reads.
 */
export const planProgressFields: Field[] = [
  id('Đúng mã của chỉ tiêu trong "Chỉ tiêu kế hoạch", ví dụ "tuyen-truyen-70".'),
  string('label', 'Tên ngắn trên biểu đồ', { pattern: maxLength(40), hint: 'Vài chữ, tối đa 40 ký tự.' }),
  {
    name: 'reported',
    label: 'Số liệu báo cáo',
    label_singular: 'số liệu',
    widget: 'list',
    max: 1,
    required: false,
    collapsed: false,
    summary: 'Số liệu đến ngày {{fields.asOf}}',
    hint: 'Chỉ thêm khi có báo cáo chính thức. Chưa có số thì để trống: trang sẽ ghi "chưa có số liệu".',
    fields: [
      optional(number('value', 'Số liệu toàn tỉnh')),
      string('unit', 'Đơn vị (giống đơn vị của chỉ tiêu, ví dụ %)'),
      day('asOf', 'Số liệu tính đến ngày'),
      sources(1),
      list('communes', 'Số liệu từng xã, phường', [relation('commune', 'Xã, phường', 'communes'), number('value', 'Số liệu')], {
        required: false,
        storedAsMap: true,
        summary: '{{fields.commune}}: {{fields.value}}',
      }),
    ],
  },
];

/** One responsible body of section V (content/agencies.yaml): change only when the plan changes. */
export const agencyFields: Field[] = [
  id('Ví dụ "so-y-te".'),
  string('name', 'Tên cơ quan'),
  string('planSection', 'Mục trong Kế hoạch, ví dụ V.2'),
  { name: 'requested', label: 'Kế hoạch "đề nghị" (không giao) cơ quan này', widget: 'boolean', default: false, required: false },
  stringList('duties', 'Nhiệm vụ, đúng thứ tự trong Kế hoạch', { min: 1, hint: 'Viết cho dễ hiểu nhưng không bớt, không thêm việc.' }),
  sources(1),
];

/** Words readers type for one page (content/search-keywords.yaml): search puts that page first for them. */
export const searchKeywordFields: Field[] = [
  string('id', 'Trang (đường dẫn, ví dụ /duong-day-nong/)', {
    pattern: [PAGE_PATH_PATTERN.source, 'Viết như trên thanh địa chỉ: chữ thường không dấu, bắt đầu và kết thúc bằng "/".'],
  }),
  stringList('keywords', 'Từ người đọc hay gõ', {
    // Short words: all in view at once, not each behind its own arrow.
    collapsed: false,
    min: 1,
    max: SEARCH_KEYWORDS_MAX,
    hint: `Tối đa ${SEARCH_KEYWORDS_MAX} từ mà trang này trả lời được, kể cả từ đời thường không có trong bài. Không cần ghi lại tiêu đề trang.`,
  }),
];

export const lessonFields: Field[] = [
  string('title', 'Tiêu đề'),
  longText('description', 'Mô tả ngắn'),
  select('audience', 'Dành cho', labelled(AUDIENCES, UI.audiences)),
  number('order', 'Thứ tự', { value_type: 'int' }),
  stringList('keyMessages', 'Thông điệp chính', { min: 1 }),
  relation('helpHotlines', 'Đường dây nóng trong ô "Cần giúp ngay?"', 'hotlines', { multiple: true, min: 1, default: ['tong-dai-111', 'cong-an-113'] }),
  {
    name: 'teacher',
    label: 'Giáo án cho thầy cô (tổng 45 phút)',
    widget: 'object',
    required: false,
    collapsed: true,
    fields: [
      stringList('objectives', 'Mục tiêu', { min: 1 }),
      list('activities', 'Hoạt động', [number('minutes', 'Số phút', { value_type: 'int', min: 1 }), string('title', 'Tên hoạt động'), longText('description', 'Cách làm')], { min: 1, summary: '{{fields.minutes}} phút: {{fields.title}}' }),
      stringList('questions', 'Câu hỏi thảo luận', { min: 1 }),
    ],
  },
  list(
    'quiz',
    'Câu hỏi trắc nghiệm',
    [
      string('question', 'Câu hỏi'),
      stringList('options', 'Các phương án (2 đến 5)', { min: 2, max: 5 }),
      number('answer', 'Phương án đúng (đếm từ 0: phương án đầu tiên là 0)', { value_type: 'int', min: 0, max: 4 }),
      longText('explanation', 'Giải thích đáp án'),
    ],
    { required: false, summary: '{{fields.question}}' },
  ),
  verification,
  list(
    'recordings',
    'Bản ghi âm (Opus hoặc MP3, dưới 3 MB, đặt trong content/recordings/)',
    [
      string('file', 'Tên tệp, ví dụ goi-111-tieng-mong.opus', { pattern: ['^[a-z0-9]+(-[a-z0-9]+)*\\.(opus|ogg|mp3|m4a)$', 'Viết thường, không dấu, đuôi .opus, .ogg, .mp3 hoặc .m4a.'] }),
      select('lang', 'Ngôn ngữ', labelled(LANGUAGE_TAGS, Object.fromEntries(Object.entries(LANGUAGES).map(([tag, language]) => [tag, language.name])))),
      string('title', 'Tên bản ghi'),
      string('speaker', 'Người đọc, đơn vị'),
    ],
    { required: false, summary: '{{fields.title}}' },
  ),
  { name: 'body', label: 'Nội dung', widget: 'markdown' },
];

/** The whole Decap configuration for one backend. */
export function editorConfig(backend: EditorBackend, data: EditorData): Record<string, unknown> {
  const articles = CONTENT_FILES.articles;
  return {
    locale: 'vi',
    backend: decapBackend(backend),
    ...(usesEditorialWorkflow(backend) ? { publish_mode: 'editorial_workflow' } : {}),
    site_url: SITE_URL,
    display_url: SITE_URL,
    // Decap needs a site-wide media folder; each collection below sets its own.
    media_folder: `content/${articles.dir}/images`,
    public_folder: './images',
    // ASCII file names and URLs: "Đường dây nóng" becomes "duong-day-nong".
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: 'Tin tức',
        label_singular: 'bài tin',
        folder: `content/${articles.dir}`,
        extension: 'mdx',
        format: MDX_FORMAT,
        create: true,
        slug: '{{title}}',
        preview_path: 'tin-tuc/{{slug}}/',
        media_folder: 'images',
        public_folder: './images',
        summary: '{{title}} ({{pubDate}})',
        sortable_fields: ['pubDate', 'title'],
        fields: articleFields(data),
      },
      {
        name: 'danh-ba',
        label: 'Đường dây nóng, dịch vụ, điểm',
        format: YAML_LIST_FORMAT,
        extension: 'yaml',
        files: [
          yamlList('hotlines', 'Đường dây nóng', 'đường dây', hotlineFields),
          yamlList('services', 'Dịch vụ hỗ trợ', 'dịch vụ', serviceFields),
          yamlList('sites', 'Điểm xét nghiệm, điều trị', 'điểm', siteFields),
          yamlList('communes', 'Xã, phường', 'xã, phường', communeFields),
        ],
      },
      {
        name: 'hoc-lieu',
        label: 'Hỏi đáp, hiểu lầm, Kế hoạch, từ khóa tìm kiếm',
        format: YAML_LIST_FORMAT,
        extension: 'yaml',
        files: [
          yamlList('faq', 'Hỏi đáp', 'câu hỏi', faqFields, '{{fields.question}}'),
          yamlList('myths', 'Hiểu lầm và sự thật', 'hiểu lầm', mythFields, '{{fields.myth}}'),
          yamlList('planTargets', 'Chỉ tiêu kế hoạch', 'chỉ tiêu', planTargetFields, '{{fields.target}}'),
          yamlList('planProgress', 'Tiến độ các chỉ tiêu', 'chỉ tiêu', planProgressFields, '{{fields.label}}'),
          yamlList('agencies', 'Việc của từng cơ quan', 'cơ quan', agencyFields),
          yamlList('searchKeywords', 'Từ khóa tìm kiếm', 'trang', searchKeywordFields, '{{fields.id}}'),
        ],
      },
      {
        name: 'materials',
        label: 'Bài học',
        label_singular: 'bài học',
        folder: `content/${CONTENT_FILES.materials.dir}`,
        extension: 'mdx',
        format: MDX_FORMAT,
        create: true,
        // Lessons live in one folder per audience, e.g. content/materials/nguoi-lao-dong/ten-bai.mdx.
        path: '{{audience}}/{{slug}}',
        slug: '{{title}}',
        summary: '{{title}}',
        fields: lessonFields,
      },
    ],
  };
}

/**
 * The field names of every form and sub-form, each in form order (a typed list's type key first):
 * saved files order their keys by whichever list fits each object best.
 */
export function fieldOrders(config: Record<string, unknown>): string[][] {
  const orders: string[][] = [];
  const visit = (fields: Field[] | undefined, typeKey?: string) => {
    if (!fields?.length) return;
    orders.push([...(typeKey ? [typeKey] : []), ...fields.map((field) => field.name)]);
    for (const field of fields) {
      visit(field.fields as Field[] | undefined);
      for (const type of (field.types as Field[] | undefined) ?? []) visit(type.fields as Field[], field.typeKey as string);
    }
  };
  for (const collection of config.collections as Array<{ fields?: Field[]; files?: Array<{ fields: Field[] }> }>) {
    visit(collection.fields);
    for (const file of collection.files ?? []) visit(file.fields);
  }
  return orders;
}
