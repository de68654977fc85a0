import type { PublishStep } from '../publishing.ts';
import type { Locale } from './locales.ts';

/** The office's pages in the admin (publishing, and what staff keep true), in the browser's language. */
const officeVi = {
  nav: { inbox: 'Hộp thư yêu cầu', publish: 'Xuất bản' },
  staffOnly: 'Trang này chỉ dành cho cán bộ văn phòng OCOP.',
  publish: {
    title: 'Xuất bản trang',
    intro:
      'Đưa nội dung mới (sau khi nhập quyết định công nhận hoặc sửa nội dung) lên trang mà không làm gián đoạn: trang mới được dựng bên cạnh trang đang chạy rồi thay thế ngay, bản trước được giữ lại để quay lại khi cần.',
    live: 'Đang hiển thị',
    plainBuild: 'bản dựng ban đầu (chưa xuất bản lần nào)',
    previous: 'Bản trước',
    none: 'không có',
    start: 'Xuất bản nội dung hiện tại',
    rollback: 'Quay lại bản trước',
    confirmRollback: 'Tôi xác nhận quay lại bản trước',
    started: 'Đã bắt đầu xuất bản. Trang này tự cập nhật tiến độ.',
    busy: 'Đang có một lần xuất bản khác; vui lòng chờ nó xong.',
    last: 'Lần gần nhất',
    kinds: { publish: 'Xuất bản', rollback: 'Quay lại bản trước' },
    states: { running: 'đang chạy', succeeded: 'đã xong', failed: 'không thành công' },
    steps: {
      build: 'Dựng trang',
      search: 'Cập nhật tìm kiếm',
      switch: 'Chuyển sang bản mới',
    } satisfies Record<PublishStep, string>,
    by: 'Người thực hiện',
    startedAt: 'Bắt đầu',
    finishedAt: 'Kết thúc',
    release: 'Bản',
    error: 'Lỗi',
    progress: 'Tiến độ',
  },
};

const officeEn: typeof officeVi = {
  nav: { inbox: 'Enquiry inbox', publish: 'Publish' },
  staffOnly: 'This page is for the OCOP office’s staff.',
  publish: {
    title: 'Publish the site',
    intro:
      'Put new content live (after importing a certification decision or editing content) without interruption: the new site is built beside the one being served, then replaces it at once; the previous one is kept so you can go back.',
    live: 'Live now',
    plainBuild: 'the initial build (never published)',
    previous: 'Previous',
    none: 'none',
    start: 'Publish the current content',
    rollback: 'Go back to the previous release',
    confirmRollback: 'I confirm going back to the previous release',
    started: 'Publishing has started. This page shows its progress as it goes.',
    busy: 'Another publish is running; please wait for it to finish.',
    last: 'Last run',
    kinds: { publish: 'Publish', rollback: 'Roll back' },
    states: { running: 'running', succeeded: 'done', failed: 'failed' },
    steps: { build: 'Build the pages', search: 'Update search', switch: 'Switch to the new release' },
    by: 'Started by',
    startedAt: 'Started',
    finishedAt: 'Finished',
    release: 'Release',
    error: 'Error',
    progress: 'Progress',
  },
};

export const officeText: Record<Locale, typeof officeVi> = { vi: officeVi, en: officeEn };
