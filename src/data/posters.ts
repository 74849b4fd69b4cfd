/**
 * Posters for business premises and schools. Their wording lives here; their numbers come from
 * content/hotlines.yaml and their QR codes point to the matching page, so neither can go stale.
 */
export interface PosterDefinition {
  id: string;
  /** Two letters for the QR path /q/<shortId>/<commune>/: a short URL makes a QR code easier to scan. */
  shortId: string;
  title: string;
  audience: string;
  headline: string;
  points: string[];
  hotlineIds: string[];
  /** The page the QR code opens. */
  path: string;
  qrCaption: string;
}

export const POSTERS: PosterDefinition[] = [
  {
    id: 'co-so-kinh-doanh',
    shortId: 'kd',
    title: 'Áp phích cho cơ sở kinh doanh dịch vụ',
    audience: 'Dán ở karaoke, xoa bóp, khách sạn, nhà nghỉ, nơi người lao động dễ thấy',
    headline: 'Bạn có quyền được an toàn khi làm việc',
    points: [
      'Ép buộc người khác bán dâm là tội phạm.',
      'Người lao động phải được ký hợp đồng lao động bằng văn bản.',
      'Không được dùng người dưới 18 tuổi làm các công việc bị cấm ở cơ sở.',
      'Gọi ngay nếu bạn hoặc đồng nghiệp bị ép buộc, lừa gạt.',
    ],
    hotlineIds: ['tong-dai-111', 'cong-an-113', 'tro-giup-phap-ly'],
    path: '/tai-lieu/nguoi-lao-dong/',
    qrCaption: 'Quét mã để đọc quyền của người lao động',
  },
  {
    id: 'truong-hoc',
    shortId: 'th',
    title: 'Áp phích cho trường học',
    audience: 'Dán ở bảng tin lớp học, thư viện, ký túc xá',
    headline: '“Việc nhẹ, lương cao”? Dừng lại, hỏi người tin cậy',
    points: [
      'Kẻ lừa bán người thường hứa việc làm, hứa kết hôn hoặc làm quen qua mạng.',
      'Đưa người dưới 18 tuổi đi để bóc lột là mua bán người, kể cả khi không dùng vũ lực.',
      'Từ đủ 15 tuổi, bạn tự đi xét nghiệm HIV được, không cần bố mẹ đồng ý.',
    ],
    hotlineIds: ['tong-dai-111', 'cong-an-113'],
    path: '/tai-lieu/hoc-sinh-sinh-vien/',
    qrCaption: 'Quét mã để học cách nhận biết thủ đoạn lừa đảo',
  },
];

/** Paper sizes: the same vector design scales from A4 to A3 (both 1 : √2). */
export const PAPER = {
  a4: { label: 'A4', widthPx: 1240, heightPx: 1754 },
  // A3 at 150 dpi, its height following A4's proportions so one design fits both exactly.
  a3: { label: 'A3', widthPx: 1754, heightPx: 2481 },
} as const;
export type Paper = keyof typeof PAPER;
