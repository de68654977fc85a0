import type { APIRoute } from 'astro';
import { certificateRows, parseCertificatesFilter } from '../../lib/office/certificates.ts';
import { certificatesCsv } from '../../lib/office/certificates-csv.ts';

export const prerender = false;

/** The certificates page's rows, under its filter, for a spreadsheet (staff only: the middleware turns producers away). */
export const GET: APIRoute = async ({ url, locals }) => {
  const { runtime } = locals;
  const catalogue = await runtime.catalogue();
  const today = runtime.today();
  const filter = parseCertificatesFilter(url.searchParams, catalogue.groups);
  const rows = certificateRows(catalogue, today, await runtime.reminders.sent(), filter);
  return new Response(certificatesCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="certificates-${today}.csv"`,
    },
  });
};
