import type { APIRoute } from 'astro';
import { currentSession } from '../../lib/auth/inbox-access.ts';
import { loadServerCatalogue } from '../../lib/content/server-catalogue.server.ts';
import { CSV_BOM, csvRow } from '../../lib/enquiries/csv.ts';
import { allEnquiries, parseInboxFilter } from '../../lib/enquiries/inbox.server.ts';
import { services } from '../../lib/enquiries/runtime.ts';
import { pickText } from '../../lib/i18n/localize.ts';

export const prerender = false;

const header = [
  'reference',
  'received_utc',
  'status',
  'producer',
  'products',
  'name',
  'organization',
  'email',
  'phone',
  'quantity',
  'message',
  'language',
];

/** The enquiries the account may see, under the inbox's filter, for a spreadsheet. */
export const GET: APIRoute = async ({ request, cookies, url }) => {
  const session = currentSession(cookies, request.headers);
  if (!session)
    return new Response('Sign in first', { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const catalogue = await loadServerCatalogue();
  const productName = (slug: string) => {
    const product = catalogue.product(slug);
    return product ? pickText(product.name, 'vi') : slug;
  };
  const rows = [CSV_BOM, csvRow(header)];
  for (const e of allEnquiries(services().db, parseInboxFilter(url.searchParams), session.account)) {
    const products = e.lines
      .map((l) =>
        [
          productName(l.product),
          l.quantity !== null && `${l.quantity} ${l.unit ?? ''}`.trim(),
          l.sample && 'sample',
          l.targetPrice !== null && `target ${l.targetPrice} VND/${l.unit ?? ''}`,
          (l.deliveryFrom || l.deliveryTo) && `delivery ${l.deliveryFrom ?? ''}..${l.deliveryTo ?? ''}`,
        ]
          .filter(Boolean)
          .join(', '),
      )
      .join('; ');
    rows.push(
      csvRow([
        e.id,
        e.createdAt,
        e.status,
        e.producer,
        products,
        e.name,
        e.organization,
        e.email,
        e.phone,
        e.quantity,
        e.message,
        e.locale,
      ]),
    );
  }
  return new Response(rows.join(''), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="enquiries-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
};
