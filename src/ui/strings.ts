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
  hotlineStripMoreShort: 'Số khác',
  menu: 'Mục lục',
  ownerBand: 'Trang thông tin của',
  printLessonPlan: 'In giáo án và phiếu bài tập',
  printWorksheet: 'In riêng phiếu bài tập',
  printCards: 'In thẻ thảo luận',
  searchLabel: 'Tìm trên trang',
  searchPlaceholder: 'Ví dụ: xét nghiệm HIV, 111',
  searchButton: 'Tìm',
  searchNoJs: 'Tìm kiếm cần bật JavaScript. Khi tắt JavaScript, từ bạn gõ không được gửi đi. Bạn có thể xem các mục chính bên dưới.',
  searchLoading: 'Đang tìm…',
  /** {n} and {q} are filled in by the search script. */
  searchResults: 'Có {n} kết quả cho “{q}”',
  searchNoResults: 'Không tìm thấy kết quả cho “{q}”. Thử gõ ít chữ hơn hoặc dùng từ khác.',
  searchError: 'Chưa tải được kết quả tìm kiếm. Kiểm tra kết nối mạng rồi bấm “Thử lại”.',
  searchRetry: 'Thử lại',
  searchMore: 'Xem thêm kết quả',
  verifiedOn: 'Đã xác minh ngày',
  unverified: 'Chưa xác minh',
  unverifiedExplain: 'Thông tin này chưa được kiểm chứng với nguồn chính thức. Đừng dựa vào nó khi chưa hỏi lại.',
  stale: 'cần kiểm tra lại',
  howToAsk: 'Cách hỏi chính thức',
  sources: 'Nguồn',
  seeSources: 'Xem {n} nguồn',
  reportError: 'Báo thông tin sai',
  readingTime: (minutes: number) => `${minutes} phút đọc`,
  published: 'Ngày đăng',
  updated: 'Cập nhật',
  author: 'Người viết',
  tags: 'Chủ đề',
  newer: 'Trang trước',
  older: 'Trang sau',
  pageOf: (page: number, total: number) => `Trang ${page}/${total}`,
  pageNumber: (page: number) => `Trang ${page}`,
  newsArchive: 'Tin theo tháng',
  newsMonth: (month: number, year: number) => `Tháng ${month}/${year}`,
  newsCount: (count: number) => `${count} bài`,
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
  hotlineMore: 'Ai trả lời, điều gì xảy ra khi gọi',
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
  locatorNoScript: 'Danh sách đầy đủ ở ngay bên dưới, xếp theo tên xã, phường mới. Dưới mỗi tên có các xã, thị trấn cũ và huyện cũ đã nhập vào, để bạn tìm theo tên cũ.',
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
    loading: 'Đang tải danh sách tên xã, phường…',
    loadFailed: 'Chưa tải được danh sách tên xã, phường. Kiểm tra kết nối rồi gõ lại, hoặc xem danh sách đầy đủ bên dưới.',
    noService: 'Không có điểm nào ở đây có dịch vụ đã chọn. Bỏ bớt dịch vụ để xem thêm.',
    all: 'Đang hiện tất cả {points} điểm.',
    open: 'Đang mở cửa',
    closed: 'Đã đóng cửa',
  },
  /** What the locator can honestly say about testing: confirmed points versus the plan's target. */
  testing: {
    /** {services}: the services a point is listed for but no source confirms yet. */
    toConfirm: 'Cần hỏi trước, chưa xác nhận: {services}',
    noneConfirmed: 'Chưa có điểm nào được nguồn chính thức xác nhận là đang tư vấn, xét nghiệm HIV. Các điểm dưới đây là nơi nên hỏi trước.',
    /** {n}: points whose testing a source confirms. */
    someConfirmed: 'Có {n} điểm được nguồn chính thức xác nhận là đang tư vấn, xét nghiệm HIV (ghi "Đã xác minh"). Các điểm khác là nơi nên hỏi trước.',
    /** {value}, {section}: from the plan target record. */
    planTarget: 'Tư vấn, xét nghiệm HIV tự nguyện ở cả {value} xã, phường là mục tiêu của Kế hoạch 1447/KH-UBND cho năm 2026 (mục {section}), chưa phải việc đã làm xong.',
    callFirst: 'Chưa có số điện thoại nào được xác nhận để hỏi riêng về xét nghiệm HIV ở Điện Biên. Nếu bạn bị ép buộc, bị lừa bán hoặc bị xâm hại, gọi trước:',
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
  /** Printable things from a build without SITE_URL, whose QR codes lead to the test machine. */
  previewMark: {
    band: 'BẢN XEM THỬ',
    bandDetail: 'Mã QR chưa dẫn tới trang thật. Không in để dán.',
    notice: 'Đây là bản xem thử: bản dựng chưa có địa chỉ thật của trang (SITE_URL), nên mã QR dẫn tới máy đang chạy thử. Mỗi áp phích mang dấu “BẢN XEM THỬ”. Đừng in để dán.',
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

/** The plan as a monitored programme: progress dashboard, duties of each body, reach figures. */
export const PLAN_UI = {
  noData: 'chưa có số liệu',
  progressHeading: 'Tiến độ thực hiện chỉ tiêu',
  /** {date}: the latest date any figure was reported. */
  progressAsOf: 'Số liệu mới nhất tính đến {date}.',
  progressNoneYet: 'Chưa có chỉ tiêu nào có số liệu báo cáo chính thức. Khi Sở Y tế tổng hợp báo cáo, số liệu sẽ hiện ở đây cùng nguồn và ngày.',
  progressIntro: 'Mỗi thanh là kết quả đạt được; vạch đứng là mức Kế hoạch đặt ra. Bảng ngay sau biểu đồ ghi cùng các con số.',
  chartTitle: (label: string) => `Tiến độ: ${label}`,
  chartDesc: (label: string, reached: string | undefined, goal: string | undefined, asOf: string | undefined) =>
    `${label}. ${reached ? `Đạt ${reached}${asOf ? `, số liệu đến ${asOf}` : ''}` : 'Chưa có số liệu'}. Mức đặt ra: ${goal ?? 'không ghi số'}.`,
  reachedLabel: 'Đạt',
  goalLabel: 'Mức đặt ra',
  tableCaption: 'Bảng số liệu tiến độ các chỉ tiêu năm 2026',
  colTarget: 'Chỉ tiêu',
  colGoal: 'Mức đặt ra',
  colReached: 'Đạt được',
  colAsOf: 'Số liệu đến ngày',
  planSection: (section: string) => `mục ${section}`,
  communesHeading: 'Theo từng xã, phường',
  communesIntro: 'Chỉ hiện các xã, phường đã có số liệu báo cáo.',
  communesNone: 'Chưa có xã, phường nào có số liệu báo cáo.',
  communeChartTitle: (name: string) => `Tiến độ ở ${name}`,
  communeChartDesc: (name: string, parts: string[]) => `${name}: ${parts.join('; ')}.`,
  communeTableCaption: 'Bảng số liệu theo xã, phường',
  colCommune: 'Xã, phường',
  agenciesTitle: 'Việc của từng cơ quan trong Kế hoạch 2026',
  agenciesDescription: 'Nhiệm vụ của 14 cơ quan, đơn vị theo mục V Kế hoạch 1447/KH-UBND: Sở Y tế, Công an, Biên phòng, các sở, Viện Kiểm sát, Tòa án, báo, đài, Mặt trận và UBND các xã, phường.',
  agenciesIntro: 'Mục V của Kế hoạch giao việc cho 14 cơ quan, đơn vị. Dưới đây là toàn bộ các việc đó, viết lại bằng lời dễ hiểu, đúng thứ tự trong Kế hoạch.',
  agenciesRequested: 'Kế hoạch “đề nghị” cơ quan này (UBND tỉnh không giao việc trực tiếp).',
  agenciesIndex: 'Các cơ quan',
  backToPlan: 'Xem Kế hoạch và tiến độ các chỉ tiêu.',
  agencyDuties: (count: number) => `${count} nhiệm vụ`,
  reachEmpty: 'Chưa có số liệu. Số liệu tháng đầu tiên sẽ hiện ở đây khi Sở Y tế đếm xong.',
  reachByMonth: 'Số liệu từng tháng',
  reachPageRequests: 'Lượt mở trang',
  reachQrOf: (poster: string) => `Lượt quét QR: ${poster.toLowerCase()}`,
  reachQrTotal: 'Tổng lượt quét mã QR',
  reachByCommuneCaption: (month: string) => `Lượt quét mã QR theo xã, phường, tháng ${month}`,
  colMonth: 'Tháng',
  total: 'Tổng',
  communePosters: 'Bản in cho từng xã, phường (mã QR riêng)',
  communePostersHint:
    'Mỗi xã, phường có một bản áp phích với mã QR riêng. Mã QR mở cùng trang như bản chung; máy chủ chỉ đếm số lượt mở theo từng xã, không ghi ai quét. Hãy in đúng bản của xã, phường nơi dán áp phích.',
  communePosterLink: (name: string) => `${name} (SVG)`,
  packHeading: 'Tài liệu tải về',
  packPosters: 'Áp phích',
  packPostersHint: 'Mỗi xã, phường có bản in riêng với mã QR của xã mình.',
  packPostersLink: 'Chọn bản của xã, phường ở trang Áp phích.',
  packPrint: (paper: string) => `In khổ ${paper}`,
  packMyths: 'Thẻ “hiểu lầm và sự thật”',
  packLessons: 'Bài học và giáo án',
  packTeacher: 'giáo án cho người hướng dẫn',
  qrRedirectTitle: (poster: string, commune: string) => `${poster} – ${commune}`,
  qrRedirectText: 'Đang mở trang. Nếu trang không tự mở, bấm vào đây:',
} as const;

/** The plan page's links to its companion pages. */
export const PLAN_LINKS_LABEL = 'Theo dõi Kế hoạch';
export const PLAN_LINKS = [
  { route: 'agencies', label: 'Việc của từng cơ quan', hint: '14 cơ quan, đơn vị theo mục V của Kế hoạch' },
  { route: 'officials', label: 'Dành cho cán bộ, tuyên truyền viên', hint: 'Cách tổ chức buổi họp thôn, bài phát thanh, tài liệu tải về' },
  { route: 'reach', label: 'Số liệu tiếp cận', hint: 'Lượt mở trang, lượt quét mã QR mỗi tháng, không theo dõi ai' },
] as const;
