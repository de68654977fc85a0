import type { Locale } from './locales.ts';

/** The open data page (/du-lieu-mo/, /en/open-data/). */
const openDataVi = {
  title: 'Dữ liệu mở',
  description:
    'Tải danh mục sản phẩm và chủ thể OCOP tỉnh Bắc Kạn dạng CSV và JSON, cùng nguồn tin Atom về thay đổi chứng nhận, theo giấy phép CC BY 4.0.',
  lead: (products: number, producers: number) =>
    `Toàn bộ danh mục OCOP của tỉnh Bắc Kạn (cũ) trên trang này, ${products} sản phẩm và ${producers} chủ thể, được công bố dưới dạng dữ liệu mở để báo chí, nhà nghiên cứu, cổng thông tin khác và người mua dùng lại.`,
  whatTitle: 'Dữ liệu gồm những gì',
  what: 'Mỗi sản phẩm kèm chứng nhận OCOP hiện hành (số sao, điểm, quyết định, ngày, cơ quan cấp, ngày hết hạn, trạng thái), nhóm và phân nhóm theo QĐ 148/QĐ-TTg, địa bàn trước và sau sáp nhập 1/7/2025, và liên hệ công khai của chủ thể kèm ngày xác nhận gần nhất. Mỗi chủ thể kèm địa bàn, liên hệ và các sản phẩm của mình. Nguồn tin Atom liệt kê các lần cấp mới, cấp lại, nâng hạng, hạ hạng, hết hiệu lực và thu hồi, mới nhất trước.',
  updatedTitle: 'Cập nhật',
  updated: (published: string, decision: string) =>
    `Danh mục được cập nhật lần cuối ngày ${published}; quyết định mới nhất trong danh mục ngày ${decision}.`,
  statusesDaily:
    'Trạng thái chứng nhận trong các tệp được tính vào ngày bạn tải về (giờ Việt Nam), không phải ngày danh mục được cập nhật: một chứng nhận hết hạn hôm qua hôm nay đã là "expired". Tệp JSON ghi ngày đó ở trường statuses_on, tệp CSV ở cột status_on.',
  licenceTitle: 'Giấy phép',
  licence: 'Dữ liệu được cấp phép theo',
  licenceName: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  attribution: (creator: string) =>
    `Bạn được tự do sao chép, phân phối và chỉnh sửa, kể cả vì mục đích thương mại, miễn là ghi nguồn: "${creator}, dữ liệu OCOP Bắc Kạn, CC BY 4.0", kèm đường dẫn tới trang này.`,
  filesTitle: 'Tệp dữ liệu',
  fileColumn: 'Tệp',
  formatColumn: 'Định dạng',
  feedHint: 'Đăng ký nguồn tin bằng trình đọc RSS/Atom để biết khi có thay đổi.',
  csvTitle: 'Về tệp CSV',
  csv: [
    'Mã hóa UTF-8 có BOM để Excel hiển thị đúng tiếng Việt; dấu phẩy phân cách; mọi ô đặt trong dấu ngoặc kép, dấu ngoặc kép bên trong được nhân đôi, dòng kết thúc bằng CRLF (RFC 4180).',
    'Chống chèn công thức: ô nào bắt đầu bằng = + - @, ký tự tab hoặc xuống dòng (CR) được thêm dấu nháy đơn (\') ở đầu, để bảng tính coi là chữ chứ không chạy như công thức. Ví dụ số điện thoại "+84 209 …" được ghi là "\'+84 209 …". Khi đọc bằng chương trình, bỏ dấu nháy đơn đầu ô đó, hoặc dùng tệp JSON: JSON giữ nguyên giá trị.',
    'Ô trống là không có giá trị; một danh sách nằm trong một ô, các phần tử cách nhau bằng "; ".',
  ],
  jsonTitle: 'Về tệp JSON',
  json: 'Mỗi tệp JSON là một đối tượng: thông tin về tệp ($schema, title, license, creator, source, statuses_on) và danh sách bản ghi (products hoặc producers), mỗi bản ghi có đúng các trường như cột của tệp CSV cùng tên, giá trị thiếu là null. Lược đồ JSON (JSON Schema 2020-12) mô tả từng trường:',
  fieldsTitle: (file: string) => `Các trường của ${file}`,
  fieldColumn: 'Trường',
  typeColumn: 'Kiểu',
  meaningColumn: 'Ý nghĩa',
  optional: 'có thể trống',
  types: {
    string: 'chữ',
    integer: 'số nguyên',
    number: 'số',
    date: 'ngày (YYYY-MM-DD)',
    url: 'URL',
    email: 'email',
    list: 'danh sách',
  },
  schemaLink: 'Lược đồ JSON',
};

const openDataEn: typeof openDataVi = {
  title: 'Open data',
  description:
    'Download the catalogue of Bắc Kạn’s OCOP products and producers as CSV and JSON, with an Atom feed of certificate changes, under CC BY 4.0.',
  lead: (products, producers) =>
    `The whole OCOP catalogue of the former Bắc Kạn province on this site, ${products} products and ${producers} producers, is published as open data for newsrooms, researchers, other portals and buyers to reuse.`,
  whatTitle: 'What is published',
  what: 'Each product with its current OCOP certificate (stars, score, decision, date, issuing body, expiry, status), its group and sub-group under Decision 148/QĐ-TTg, its commune before and after the merger of 1 July 2025, and its producer’s public contacts with the day they were last confirmed. Each producer with its commune, contacts and products. The Atom feed lists new, renewed, upgraded, downgraded, expired and revoked certificates, newest first.',
  updatedTitle: 'Updates',
  updated: (published, decision) =>
    `The catalogue was last updated on ${published}; its latest decision is dated ${decision}.`,
  statusesDaily:
    'Certificate statuses in the files are computed on the day you download them (Vietnam time), not on the day the catalogue was updated: a certificate that ended yesterday is "expired" today. The JSON files give that day as statuses_on, the CSV files in the status_on column.',
  licenceTitle: 'Licence',
  licence: 'The data is licensed under',
  licenceName: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  attribution: (creator) =>
    `You may copy, share and adapt it, commercially too, as long as you credit the source: "${creator}, OCOP Bắc Kạn data, CC BY 4.0", with a link to this page.`,
  filesTitle: 'Files',
  fileColumn: 'File',
  formatColumn: 'Format',
  feedHint: 'Subscribe to the feed in an RSS/Atom reader to hear of changes.',
  csvTitle: 'About the CSV files',
  csv: [
    'UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly; comma-separated; every cell in double quotes, quotes inside doubled, lines ending in CRLF (RFC 4180).',
    'Safe against formula injection: a cell that starts with = + - @, a tab or a carriage return (CR) gets a leading apostrophe (\'), so that spreadsheets treat it as text instead of running it. A phone number "+84 209 …", for example, is written "\'+84 209 …". Programs reading the file should drop that leading apostrophe, or use the JSON files, which keep every value as it is.',
    'An empty cell has no value; a list is one cell, its items separated by "; ".',
  ],
  jsonTitle: 'About the JSON files',
  json: 'Each JSON file is one object: what the file is ($schema, title, license, creator, source, statuses_on) and the list of records (products or producers), each with exactly the fields of the CSV file of the same name, missing values as null. A JSON Schema (2020-12) describes every field:',
  fieldsTitle: (file) => `Fields of ${file}`,
  fieldColumn: 'Field',
  typeColumn: 'Type',
  meaningColumn: 'Meaning',
  optional: 'may be empty',
  types: {
    string: 'text',
    integer: 'integer',
    number: 'number',
    date: 'date (YYYY-MM-DD)',
    url: 'URL',
    email: 'email',
    list: 'list',
  },
  schemaLink: 'JSON Schema',
};

export const openDataText: Record<Locale, typeof openDataVi> = { vi: openDataVi, en: openDataEn };
