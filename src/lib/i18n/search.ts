import type { Locale } from './locales.ts';

/** Strings of search: the page, the header suggestions and the API's error messages. Vietnamese is the model. */
const vi = {
  title: 'Tìm kiếm sản phẩm OCOP',
  titleFor: (q: string) => `Tìm kiếm: ${q}`,
  description: 'Tìm sản phẩm OCOP Bắc Kạn theo tên, chủ thể, địa bàn, nhóm sản phẩm và hạng sao.',
  label: 'Tìm sản phẩm',
  placeholder: 'Ví dụ: miến dong, mật ong, trà',
  submit: 'Tìm',
  resultsHeading: 'Kết quả tìm kiếm',
  count: (n: number) => `${n.toLocaleString('vi-VN')} sản phẩm`,
  countFor: (n: number, q: string) => `${n.toLocaleString('vi-VN')} sản phẩm cho “${q}”`,
  browseAll: 'Tất cả sản phẩm OCOP',
  pageOf: (page: number, count: number) => `Trang ${page}/${count}`,
  closeMatches: 'Kết quả gần đúng',
  closeMatchesNote: (q: string) =>
    `Không có sản phẩm nào khớp với mọi từ của “${q}”. Dưới đây là các sản phẩm khớp với nhiều từ nhất.`,
  closeCountFor: (n: number, q: string) =>
    `Không có kết quả khớp hoàn toàn cho “${q}”; ${n.toLocaleString('vi-VN')} kết quả gần đúng`,
  noResults: (q: string) => `Không tìm thấy sản phẩm nào cho “${q}”.`,
  noResultsFiltered: 'Không có sản phẩm nào khớp với các bộ lọc đã chọn.',
  tryInstead: 'Bạn có thể thử:',
  searchTip:
    'Gõ có dấu hay không dấu đều được. Nếu vẫn không thấy, hãy thử từ ngắn hơn hoặc tên gọi khác của sản phẩm (chè hay trà, lạp sườn hay lạp xưởng).',
  withoutFilter: (label: string) => `Bỏ bộ lọc “${label}”`,
  withoutFilters: 'Tìm trong tất cả sản phẩm, bỏ mọi bộ lọc',
  popularGroups: 'Hoặc xem sản phẩm theo nhóm:',
  filtersTitle: 'Lọc kết quả',
  facet: {
    group: 'Nhóm sản phẩm',
    stars: 'Hạng sao (chứng nhận còn hiệu lực)',
    district: 'Địa bàn (huyện cũ)',
    type: 'Loại chủ thể',
  },
  /** Heading of the status facet: statuses are counted for a day. */
  statusOn: (date: string) => `Tình trạng chứng nhận ngày ${date}`,
  anyValue: 'Tất cả',
  statusAll: 'Mọi tình trạng',
  removeFilter: (label: string) => `Bỏ lọc ${label}`,
  sortLabel: 'Sắp xếp',
  sort: { relevance: 'Phù hợp nhất', stars: 'Nhiều sao trước', price: 'Giá thấp trước' },
  applySort: 'Áp dụng',
  unavailableTitle: 'Tìm kiếm tạm thời gián đoạn',
  unavailableText:
    'Xin lỗi, chức năng tìm kiếm đang tạm gián đoạn và sẽ tự hoạt động lại sau ít phút. Trong lúc chờ, bạn có thể xem danh mục sản phẩm:',
  badRequestTitle: 'Yêu cầu tìm kiếm không hợp lệ',
  suggestions: 'Gợi ý sản phẩm',
  closeSuggestions: 'Gợi ý gần đúng: không sản phẩm nào khớp mọi từ',
  seeAll: (q: string) => `Xem tất cả kết quả cho “${q}”`,
  /** Templates filled in the browser: {n} is a number. */
  suggestionsFound: '{n} gợi ý, dùng phím mũi tên để chọn',
  noSuggestions: 'Không có gợi ý',
  starsTemplate: '{n} sao',
  searching: 'Đang tìm…',
  error: {
    queryTooLong: (max: number) => `Từ khóa tìm kiếm không được dài quá ${max} ký tự.`,
    page: (max: number) => `Số trang phải là số nguyên từ 1 đến ${max}.`,
    hitsPerPage: (max: number) => `Số kết quả mỗi trang phải là số nguyên từ 1 đến ${max}.`,
    invalidValue: (param: string, allowed: string) =>
      `Giá trị của “${param}” không hợp lệ. Giá trị được phép: ${allowed}.`,
    repeated: (param: string) => `Tham số “${param}” chỉ được dùng một lần.`,
    unavailable: 'Tìm kiếm tạm thời không hoạt động. Vui lòng thử lại sau ít phút.',
  },
};

export type SearchText = typeof vi;

const en: SearchText = {
  title: 'Search OCOP products',
  titleFor: (q) => `Search: ${q}`,
  description: 'Search the OCOP products of Bắc Kạn by name, producer, area, product group and star rating.',
  label: 'Search products',
  placeholder: 'For example: vermicelli, honey, tea',
  submit: 'Search',
  resultsHeading: 'Search results',
  count: (n) => (n === 1 ? '1 product' : `${n.toLocaleString('en-GB')} products`),
  countFor: (n, q) => `${n === 1 ? '1 product' : `${n.toLocaleString('en-GB')} products`} for “${q}”`,
  browseAll: 'All OCOP products',
  pageOf: (page, count) => `Page ${page} of ${count}`,
  closeMatches: 'Close matches',
  closeMatchesNote: (q) => `No product matches every word of “${q}”. These products match the most words.`,
  closeCountFor: (n, q) =>
    `No exact matches for “${q}”; ${n === 1 ? '1 close match' : `${n.toLocaleString('en-GB')} close matches`}`,
  noResults: (q) => `No products found for “${q}”.`,
  noResultsFiltered: 'No products match the filters you chose.',
  tryInstead: 'You could try:',
  searchTip:
    'Vietnamese accents are optional. If you still find nothing, try a shorter word, or another name for the product (tea, honey, vermicelli).',
  withoutFilter: (label) => `Remove the filter “${label}”`,
  withoutFilters: 'Search all products, without filters',
  popularGroups: 'Or browse products by group:',
  filtersTitle: 'Filter results',
  facet: {
    group: 'Product group',
    stars: 'Stars (current certificates)',
    district: 'Area (former district)',
    type: 'Producer type',
  },
  statusOn: (date) => `Certificate status on ${date}`,
  anyValue: 'All',
  statusAll: 'Any status',
  removeFilter: (label) => `Remove filter ${label}`,
  sortLabel: 'Sort by',
  sort: { relevance: 'Best match', stars: 'Most stars first', price: 'Lowest price first' },
  applySort: 'Apply',
  unavailableTitle: 'Search is temporarily unavailable',
  unavailableText:
    'Sorry, search is temporarily unavailable and will be back by itself in a few minutes. Meanwhile, you can browse the catalogue:',
  badRequestTitle: 'The search request is not valid',
  suggestions: 'Product suggestions',
  closeSuggestions: 'Close matches: no product matches every word',
  seeAll: (q) => `See all results for “${q}”`,
  suggestionsFound: 'Suggestions: {n}. Use the arrow keys to choose.',
  noSuggestions: 'No suggestions',
  starsTemplate: '{n} stars',
  searching: 'Searching…',
  error: {
    queryTooLong: (max) => `The search text must not be longer than ${max} characters.`,
    page: (max) => `The page must be a whole number from 1 to ${max}.`,
    hitsPerPage: (max) => `Results per page must be a whole number from 1 to ${max}.`,
    invalidValue: (param, allowed) => `The value of “${param}” is not valid. Allowed values: ${allowed}.`,
    repeated: (param) => `The parameter “${param}” may be given only once.`,
    unavailable: 'Search is temporarily unavailable. Please try again in a few minutes.',
  },
};

export const searchText: Record<Locale, SearchText> = { vi, en };
