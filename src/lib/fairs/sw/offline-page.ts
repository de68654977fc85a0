/** Answer to a page that is not saved on the device, while offline: where the saved pages are. */

export interface SavedFair {
  name: string;
  /** Fair page and kiosk paths. */
  page: string;
  kiosk: string;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function offlinePage(saved: readonly SavedFair[]): Response {
  const links = saved
    .map(
      (fair) =>
        `<li><a href="${escapeHtml(fair.page)}">${escapeHtml(fair.name)}</a> · <a href="${escapeHtml(fair.kiosk)}">kiosk</a></li>`,
    )
    .join('');
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Không có kết nối · No connection</title></head><body><main>
<h1>Không có kết nối mạng</h1><p>Trang này chưa được lưu trên thiết bị. Các trang hội chợ đã lưu vẫn dùng được:</p>
<p lang="en">No connection, and this page is not saved on this device. The saved fair pages still work:</p>
<ul>${links}</ul></main></body></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
