import type { Locale } from '../../lib/i18n/locales.ts';

/**
 * Prose of the programme page, facts from shared/domain/ocop.md (legal texts and provincial reports).
 * Kept beside the page that uses it rather than in the site-wide string tables.
 */
const vi = {
  title: 'Chương trình OCOP',
  description:
    'Chương trình Mỗi xã một sản phẩm (OCOP): các quyết định, sáu nhóm sản phẩm, cách chấm điểm và xếp hạng sao, cơ quan cấp chứng nhận, thời hạn 36 tháng và số liệu của Bắc Kạn qua các năm.',
  lead: 'OCOP (“Mỗi xã một sản phẩm”) là chương trình quốc gia phát triển kinh tế khu vực nông thôn dựa trên sản phẩm đặc trưng của từng địa phương. Sản phẩm được hội đồng chấm điểm theo bộ tiêu chí thống nhất và xếp hạng từ 1 đến 5 sao; chỉ sản phẩm đạt 3 sao trở lên được công nhận và mang nhãn OCOP.',
  decisionsTitle: 'Các văn bản chính',
  decisions: [
    'QĐ 490/QĐ-TTg (7/5/2018): phê duyệt Chương trình OCOP giai đoạn 2018–2020.',
    'QĐ 1048/QĐ-TTg (21/8/2019, sửa đổi bởi QĐ 781/2020): bộ tiêu chí đánh giá, phân hạng đầu tiên, chia sản phẩm thành 6 ngành.',
    'QĐ 919/QĐ-TTg (1/8/2022): Chương trình OCOP giai đoạn 2021–2025.',
    'QĐ 148/QĐ-TTg (24/2/2023): bộ tiêu chí mới thay thế QĐ 1048, với 6 nhóm và 26 phân nhóm, mỗi phân nhóm một phiếu chấm.',
    'QĐ 1489/QĐ-TTg (6/7/2025): điều chỉnh bộ tiêu chí cho chính quyền địa phương hai cấp.',
  ],
  decisionsNote:
    'Mỗi giấy chứng nhận ghi rõ bộ tiêu chí đã dùng để chấm: chứng nhận trước ngày 24/2/2023 theo QĐ 1048, từ ngày đó theo QĐ 148. Trang sản phẩm hiển thị cả tên ngành theo QĐ 1048 cho các chứng nhận cũ.',
  national: 'Hệ thống thông tin OCOP quốc gia: ocopvietnam.gov.vn (hoạt động từ 15/3/2021).',
  groupsTitle: 'Sáu nhóm sản phẩm (QĐ 148)',
  subGroups: (n: number) => `${n} phân nhóm`,
  scoringTitle: 'Chấm điểm và hạng sao',
  scoring:
    'Sản phẩm được chấm trên thang 100 điểm, gồm ba phần: A – sản phẩm và sức mạnh cộng đồng (40 điểm), B – khả năng tiếp thị (25 điểm), C – chất lượng sản phẩm (35 điểm). Theo QĐ 1048 trước đây, ba phần này là 35, 25 và 40 điểm.',
  bandsCaption: 'Hạng sao theo tổng điểm',
  bandStars: 'Hạng',
  bandScore: 'Tổng điểm',
  bandMeaning: 'Ý nghĩa',
  bands: [
    { stars: 1, score: 'dưới 30', meaning: 'Chưa được công nhận' },
    { stars: 2, score: '30–49', meaning: 'Chưa được công nhận' },
    { stars: 3, score: '50–69', meaning: 'Được công nhận, mang nhãn OCOP' },
    { stars: 4, score: '70–89', meaning: 'Được công nhận, mang nhãn OCOP' },
    { stars: 5, score: '90–100', meaning: 'Sản phẩm cấp quốc gia' },
  ],
  whoTitle: 'Ai cấp chứng nhận',
  whoCaption: 'Cơ quan đánh giá và công nhận theo thời kỳ',
  whoPeriod: 'Thời kỳ',
  whoThreeFour: '3 sao và 4 sao',
  whoFive: '5 sao',
  who: [
    { period: '2019 – 2/2023', threeFour: 'UBND tỉnh', five: 'Bộ Nông nghiệp và Phát triển nông thôn' },
    {
      period: '2/2023 – 7/2025',
      threeFour: 'UBND huyện (3 sao), UBND tỉnh (4 sao)',
      five: 'Hội đồng trung ương',
    },
    { period: 'từ 7/2025', threeFour: 'UBND tỉnh', five: 'Hội đồng trung ương' },
  ],
  validityTitle: 'Thời hạn và thu hồi',
  validity:
    'Giấy chứng nhận có hiệu lực 36 tháng kể từ ngày quyết định. Hết hạn, sản phẩm phải được đánh giá lại; cơ quan cấp cũng có thể thu hồi chứng nhận. Trên trang này, trạng thái “còn hiệu lực”, “hết hiệu lực” hay “đã thu hồi” được tính từ ngày quyết định, không nhập tay.',
  mergerTitle: 'Sáp nhập tỉnh năm 2025',
  merger:
    'Theo Nghị quyết 202/2025/QH15, từ ngày 1/7/2025 tỉnh Bắc Kạn hợp nhất vào tỉnh Thái Nguyên mới và cấp huyện không còn. Theo Nghị quyết 1683/NQ-UBTVQH15, 108 xã, phường, thị trấn của Bắc Kạn được sắp xếp thành 37 đơn vị (35 xã và 2 phường). Các chứng nhận cấp trước đó ghi địa chỉ cũ (xã, huyện, tỉnh Bắc Kạn), nên mỗi chủ thể trên trang này có cả địa chỉ cũ và địa chỉ hiện nay. “Bắc Kạn” vẫn là tên vùng và thương hiệu của các sản phẩm.',
  figuresTitle: 'Bắc Kạn qua các năm',
  figuresIntro:
    'Số liệu từ báo cáo và tin tức của tỉnh. Các mốc đo khác nhau (số được công nhận, số đăng ký trong một đợt), nên mỗi biểu đồ chỉ so sánh những số cùng loại.',
  certifiedChart: 'Sản phẩm OCOP được công nhận',
  certifiedSummary: (rows: string) => `Sản phẩm OCOP được công nhận của Bắc Kạn theo thời gian: ${rows}.`,
  certifiedTable: 'Số sản phẩm OCOP theo hạng sao',
  unsplit: 'Chưa rõ hạng sao',
  total: 'Tổng',
  uncertain: 'Ngày của số liệu không rõ; nguồn chưa thống nhất.',
  roundChart: (year: string) => `Đợt đánh giá năm ${year}`,
  roundSummary: (year: string, registered: number, met: number, returned: number) =>
    `Đợt đánh giá năm ${year}: ${registered} sản phẩm đăng ký, ${met} sản phẩm đạt tiêu chí, ${returned} sản phẩm được trả lại để hoàn thiện.`,
  roundTable: (year: string) => `Kết quả đợt đánh giá năm ${year}`,
  registered: 'Đăng ký',
  met: 'Đạt tiêu chí',
  returned: 'Trả lại để hoàn thiện',
  products: 'Số sản phẩm',
  producersChart: (label: string) => `Chủ thể OCOP theo loại hình (${label})`,
  producersSummary: (rows: string) => `Chủ thể OCOP theo loại hình: ${rows}.`,
  producersTable: 'Số chủ thể theo loại hình',
  producers: 'Số chủ thể',
  sourcesTitle: 'Nguồn số liệu',
};

type ProgrammeText = typeof vi;

const en: ProgrammeText = {
  title: 'The OCOP programme',
  description:
    'Vietnam’s One Commune One Product (OCOP) programme: the decisions behind it, the six product groups, scoring and star ratings, who certifies, the 36-month validity and Bắc Kạn’s figures over the years.',
  lead: 'OCOP (“One Commune One Product”) is Vietnam’s national programme for rural economic development built on each locality’s distinctive products. Products are scored by a council against a common set of criteria and rated from 1 to 5 stars; only products with 3 stars or more are certified and carry the OCOP label.',
  decisionsTitle: 'The main decisions',
  decisions: [
    'Decision 490/QĐ-TTg (7 May 2018): approves the OCOP programme for 2018–2020.',
    'Decision 1048/QĐ-TTg (21 August 2019, amended by Decision 781/2020): the first grading criteria, with products in 6 sectors.',
    'Decision 919/QĐ-TTg (1 August 2022): the OCOP programme for 2021–2025.',
    'Decision 148/QĐ-TTg (24 February 2023): new criteria replacing Decision 1048, with 6 groups and 26 sub-groups, each with its own score sheet.',
    'Decision 1489/QĐ-TTg (6 July 2025): adapts the criteria to two-level local government.',
  ],
  decisionsNote:
    'Every certificate states the criteria it was graded under: before 24 February 2023 Decision 1048, from that day Decision 148. Product pages also show the Decision 1048 sector for older certificates.',
  national: 'National OCOP information system: ocopvietnam.gov.vn (live since 15 March 2021).',
  groupsTitle: 'The six product groups (Decision 148)',
  subGroups: (n) => (n === 1 ? '1 sub-group' : `${n} sub-groups`),
  scoringTitle: 'Scoring and star ratings',
  scoring:
    'Products are scored out of 100 in three parts: A – the product and community strength (40 points), B – marketing (25 points), C – product quality (35 points). Under the earlier Decision 1048 the parts were worth 35, 25 and 40 points.',
  bandsCaption: 'Star rating by total score',
  bandStars: 'Rating',
  bandScore: 'Total score',
  bandMeaning: 'Meaning',
  bands: [
    { stars: 1, score: 'below 30', meaning: 'Not certified' },
    { stars: 2, score: '30–49', meaning: 'Not certified' },
    { stars: 3, score: '50–69', meaning: 'Certified, carries the OCOP label' },
    { stars: 4, score: '70–89', meaning: 'Certified, carries the OCOP label' },
    { stars: 5, score: '90–100', meaning: 'National-level product' },
  ],
  whoTitle: 'Who certifies',
  whoCaption: 'Grading and certifying bodies over time',
  whoPeriod: 'Period',
  whoThreeFour: '3 and 4 stars',
  whoFive: '5 stars',
  who: [
    {
      period: '2019 – Feb 2023',
      threeFour: 'Provincial People’s Committee',
      five: 'Ministry of Agriculture and Rural Development',
    },
    {
      period: 'Feb 2023 – Jul 2025',
      threeFour: 'District People’s Committee (3 stars), Provincial People’s Committee (4 stars)',
      five: 'Central council',
    },
    { period: 'from Jul 2025', threeFour: 'Provincial People’s Committee', five: 'Central council' },
  ],
  validityTitle: 'Validity and revocation',
  validity:
    'A certificate is valid for 36 months from its decision date. After that the product must be graded again; the issuing body can also revoke a certificate. On this site the status – valid, expired or revoked – is computed from the dates, never typed by hand.',
  mergerTitle: 'The 2025 merger of provinces',
  merger:
    'Under Resolution 202/2025/QH15, from 1 July 2025 Bắc Kạn province became part of a new Thái Nguyên province and the district level was abolished. Under Resolution 1683/NQ-UBTVQH15, Bắc Kạn’s 108 communes, wards and townships were reorganised into 37 units (35 communes and 2 wards). Certificates issued before then name the former address (commune, district, Bắc Kạn province), so every producer on this site shows both its former and its current address. “Bắc Kạn” remains the name of the region and the brand of its products.',
  figuresTitle: 'Bắc Kạn over the years',
  figuresIntro:
    'Figures from the province’s reports and news. They measure different things (products certified, products registered in one round), so each chart compares only figures of the same kind.',
  certifiedChart: 'Certified OCOP products',
  certifiedSummary: (rows) => `Bắc Kạn’s certified OCOP products over time: ${rows}.`,
  certifiedTable: 'OCOP products by star rating',
  unsplit: 'Star split not reported',
  total: 'Total',
  uncertain: 'The date of this figure is unclear; sources disagree.',
  roundChart: (year) => `The ${year} grading round`,
  roundSummary: (year, registered, met, returned) =>
    `The ${year} grading round: ${registered} products registered, ${met} met the criteria, ${returned} were sent back to be completed.`,
  roundTable: (year) => `Results of the ${year} round`,
  registered: 'Registered',
  met: 'Met the criteria',
  returned: 'Sent back to be completed',
  products: 'Products',
  producersChart: (label) => `OCOP producers by type (${label})`,
  producersSummary: (rows) => `OCOP producers by type: ${rows}.`,
  producersTable: 'Producers by type',
  producers: 'Producers',
  sourcesTitle: 'Sources',
};

export const programmeText: Record<Locale, ProgrammeText> = { vi, en };
