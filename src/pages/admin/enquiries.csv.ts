import type { APIRoute } from 'astro';
import { signedIn } from '../../lib/admin/session.ts';
import { parseInboxFilter } from '../../lib/enquiries/inbox-filter.ts';
import { CSV_BOM, csvRow } from '../../lib/format/csv.ts';
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
  'fair',
];

/** The enquiries the account may see, under the inbox's filter, for a spreadsheet. */
export const GET: APIRoute = async ({ url, locals }) => {
  const session = signedIn(locals);
  const { runtime } = locals;
  const catalogue = await runtime.catalogue();
  const productName = (slug: string) => {
    const product = catalogue.product(slug);
    return product ? pickText(product.name, 'vi') : slug;
  };
  const rows = [CSV_BOM, csvRow(header)];
  for await (const e of runtime.inbox.all(parseInboxFilter(url.searchParams), session.account)) {
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
        e.fair,
      ]),
    );
  }
  return new Response(rows.join(''), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="enquiries-${runtime.today()}.csv"`,
    },
  });
};
