import { STATUS_CODES } from 'node:http';

type PageResponse = ResponseInit & { readonly headers: Headers };

/** Sets a page's status with its own reason phrase (Astro would keep "OK" from the default 200). */
export function setPageStatus(response: PageResponse, status: number): void {
  response.status = status;
  response.statusText = STATUS_CODES[status] ?? '';
}
