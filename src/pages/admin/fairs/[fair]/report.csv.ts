import type { APIRoute } from 'astro';
import { fairReportCsv } from '../../../../lib/fairs/leads/report-csv.ts';
import { pickText } from '../../../../lib/i18n/localize.ts';

export const prerender = false;

/** The fair report (staff) for a spreadsheet. */
export const GET: APIRoute = async ({ params, locals }) => {
  const { runtime } = locals;
  const catalogue = await runtime.catalogue();
  const fair = catalogue.fairs.find((f) => f.slug === params.fair);
  if (!fair)
    return new Response('No such fair', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const report = await runtime.leads.report(fair);
  const name = (slug: string) => {
    const product = catalogue.product(slug);
    return product ? pickText(product.name, 'vi') : slug;
  };
  return new Response(fairReportCsv(report, name), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="fair-report-${fair.slug}-${runtime.today()}.csv"`,
    },
  });
};
