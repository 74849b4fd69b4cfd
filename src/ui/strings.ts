/** Every piece of interface text, in one place, so wording stays consistent and easy to review. */
export const UI = {
  skipToContent: 'Bỏ qua, đến nội dung chính',
  exitSkipLink: 'Thoát nhanh khỏi trang này',
  exitButton: 'Thoát nhanh',
  exitButtonHint: 'hoặc nhấn phím Shift 3 lần',
  exitLoading: 'Đang rời trang…',
  /** {n} is replaced in the browser by the presses still needed. */
  exitPressMore: 'Nhấn Shift thêm {n} lần nữa để thoát nhanh',
  exitExpired: 'Đã hết thời gian thoát nhanh. Nhấn Shift 3 lần liên tiếp để thoát.',
  mainNav: 'Mục chính',
  hotlineStrip: 'Cần giúp? Gọi ngay',
  hotlineStripMore: 'Tất cả đường dây nóng',
  searchLabel: 'Tìm trên trang',
  searchPlaceholder: 'Ví dụ: xét nghiệm HIV, 111',
  searchButton: 'Tìm',
  searchNoJs: 'Tìm kiếm cần bật JavaScript. Bạn có thể xem các mục chính bên dưới.',
  searchLoading: 'Đang tìm…',
  /** {n} and {q} are filled in by the search script. */
  searchResults: 'Có {n} kết quả cho “{q}”',
  searchNoResults: 'Không tìm thấy kết quả cho “{q}”. Thử gõ ít chữ hơn hoặc dùng từ khác.',
  searchError: 'Chưa tải được công cụ tìm kiếm. Kiểm tra kết nối mạng rồi thử lại.',
  verifiedOn: 'Đã xác minh ngày',
  unverified: 'Chưa xác minh',
  unverifiedExplain: 'Thông tin này chưa được kiểm chứng với nguồn chính thức. Đừng dựa vào nó khi chưa hỏi lại.',
  stale: 'cần kiểm tra lại',
  howToAsk: 'Cách hỏi chính thức',
  sources: 'Nguồn',
  reportError: 'Báo thông tin sai',
  readingTime: (minutes: number) => `${minutes} phút đọc`,
  published: 'Ngày đăng',
  updated: 'Cập nhật',
  author: 'Người viết',
  tags: 'Chủ đề',
  newer: 'Trang trước',
  older: 'Trang sau',
  pageOf: (page: number, total: number) => `Trang ${page}/${total}`,
  summaryHeading: 'Điều cần biết',
  documentsHeading: 'Văn bản pháp luật',
  lastLegalReview: 'Rà soát pháp lý lần cuối',
  lastUpdated: 'Cập nhật lần cuối',
  call: 'Gọi',
  hours: 'Giờ làm việc',
  cost: 'Chi phí',
  whoAnswers: 'Ai trả lời',
  whenToCall: 'Khi nào nên gọi',
  whatHappens: 'Khi bạn gọi',
  phone: 'Điện thoại',
  address: 'Địa chỉ',
  notConfirmed: 'chưa xác minh',
  documentStatus: {
    'con-hieu-luc': 'Còn hiệu lực',
    'het-hieu-luc': 'Hết hiệu lực',
    'chua-xac-minh': 'Hiệu lực đang chờ xác minh',
  },
  audiences: {
    'hoc-sinh-sinh-vien': 'Học sinh – sinh viên',
    'nguoi-lao-dong': 'Người lao động tại cơ sở kinh doanh dịch vụ',
    'phu-huynh-thay-co': 'Phụ huynh – thầy cô',
    'chu-co-so-kinh-doanh': 'Chủ cơ sở kinh doanh',
  },
  serviceKinds: {
    'tro-giup-phap-ly': 'Trợ giúp pháp lý',
    'ho-tro-tam-ly': 'Hỗ trợ tâm lý',
    'noi-tam-tru': 'Nơi tạm trú an toàn',
    'hoc-nghe-viec-lam': 'Học nghề, việc làm',
    hiv: 'Dịch vụ HIV',
    'co-quan-tinh': 'Cơ quan của tỉnh',
  },
  locatorHeading: 'Tìm điểm gần nơi bạn sống',
  locatorPlaceLabel: 'Xã, phường của bạn',
  locatorPlaceHint: 'Gõ tên xã, phường mới, hoặc tên xã, thị trấn, huyện cũ (trước tháng 7/2025), có dấu hay không dấu đều được. Ví dụ: Him Lam, huyện Tuần Giáo.',
  formerUnits: 'Gồm các xã, phường, thị trấn cũ:',
  formerDistricts: 'Trước đây thuộc:',
  placeSources: 'Nguồn về tên cũ và huyện cũ',
  locatorServices: 'Dịch vụ cần tìm',
  locatorNearMe: 'Gần tôi (dùng vị trí trên máy, không gửi đi đâu)',
  locatorResults: {
    /** {points}, {communes}: counts; {names}: matched communes. */
    found: 'Có {points} điểm ở {communes} xã, phường: {names}.',
    alias: '“{query}” nay thuộc {names}.',
    aliasDistrict: 'Địa bàn {query} cũ nay thuộc các xã, phường: {names}.',
    none: 'Không tìm thấy xã, phường nào khớp với “{query}”. Thử gõ tên khác, hoặc xem danh sách đầy đủ bên dưới.',
    noService: 'Không có điểm nào ở đây có dịch vụ đã chọn. Bỏ bớt dịch vụ để xem thêm.',
    all: 'Đang hiện tất cả {points} điểm.',
    open: 'Đang mở cửa',
    closed: 'Đã đóng cửa',
  },
  siteServices: {
    'tu-van-xet-nghiem-hiv': 'Tư vấn, xét nghiệm HIV',
    'dieu-tri-arv': 'Điều trị ARV',
    methadone: 'Methadone',
    prep: 'PrEP',
    'tu-xet-nghiem': 'Tự xét nghiệm',
    'ho-tro-phap-ly': 'Hỗ trợ pháp lý',
    'ho-tro-tam-ly': 'Hỗ trợ tâm lý',
  },
} as const;

/** Main navigation, in the order residents most often need it. */
export const NAV = [
  { href: '/duong-day-nong/', label: 'Đường dây nóng' },
  { href: '/xet-nghiem-hiv/', label: 'Xét nghiệm HIV' },
  { href: '/dich-vu-ho-tro/', label: 'Hỗ trợ' },
  { href: '/phap-luat/', label: 'Pháp luật' },
  { href: '/tai-lieu/', label: 'Tài liệu' },
  { href: '/tin-tuc/', label: 'Tin tức' },
  { href: '/ke-hoach-2026/', label: 'Kế hoạch 2026' },
] as const;

/** The opt-in offline copy: nothing is saved until the reader presses the button. */
export const OFFLINE_UI = {
  heading: 'Lưu để đọc khi mất sóng',
  explain:
    'Lưu các trang đường dây nóng, nơi xét nghiệm HIV, dịch vụ hỗ trợ và các trang hỗ trợ vào trình duyệt của máy này. Khi mất sóng vẫn mở được. Chỉ lưu khi bạn bấm nút. Ai dùng chung máy cũng có thể thấy bản lưu.',
  save: 'Lưu để đọc khi mất sóng',
  update: 'Lưu lại bản mới',
  remove: 'Xóa bản đã lưu',
  saving: 'Đang lưu… Đừng đóng trang.',
  /** {date} is filled in by the script. */
  saved: 'Đã lưu trên máy này. Bản lưu cập nhật lúc {date}.',
  removed: 'Đã xóa bản lưu. Máy này không còn giữ trang nào của chúng tôi.',
  failed: 'Chưa lưu được. Kiểm tra kết nối mạng rồi thử lại.',
  learnMore: 'Bản lưu để lại gì trên máy?',
} as const;

/** Reading aloud with the phone's own voice; the control appears only where such a voice exists. */
export const LISTEN_UI = {
  listen: 'Nghe đọc trang này',
  stop: 'Dừng đọc',
  reading: 'Đang đọc bằng giọng đọc có sẵn trên máy.',
  stopped: 'Đã dừng đọc.',
  recordings: 'Nghe bản ghi âm',
  download: 'Tải về',
  /** {lang}: the recording's language. */
  recordingIn: 'Bản ghi âm tiếng {lang}',
} as const;

/**
 * Languages a page can be translated into or recorded in (BCP 47 tags). A translation appears on the
 * site only when a translator provides its text.
 */
export const LANGUAGES = {
  vi: { name: 'Việt', readIn: 'Đọc bằng tiếng Việt' },
  blt: { name: 'Thái (Thái Đen)', readIn: 'Đọc bằng tiếng Thái Đen' },
  twh: { name: 'Thái (Thái Trắng)', readIn: 'Đọc bằng tiếng Thái Trắng' },
  hmn: { name: 'Mông', readIn: 'Đọc bằng tiếng Mông' },
} as const;
export type LanguageTag = keyof typeof LANGUAGES;
