/**
 * The open data files made from a small catalogue written here: statuses on the day asked, the
 * CSV through a real parser (formula-like cells inert, quotes and line breaks intact), the JSON
 * against its own JSON Schema with values unchanged, the producers' roll-up, and the Atom feed
 * of certificate changes, newest first.
 */
import { describe, expect, it } from 'vitest';
import {
  type ServerCatalogueData,
  type ServerProduct,
  serverCatalogue,
} from '../../src/lib/content/server-catalogue.ts';
import { jsonFileHead } from '../../src/lib/open-data/dataset.ts';
import { certificateChanges, certificateFeed } from '../../src/lib/open-data/feed.ts';
import { producerRows, producerTable } from '../../src/lib/open-data/producers.ts';
import { productRows, productTable } from '../../src/lib/open-data/products.ts';
import { type Table, tableCsv, tableJson, tableJsonSchema } from '../../src/lib/open-data/table.ts';
import { parseAtom, parseCsv, schemaValidator } from '../support/open-data.ts';

const SITE = 'https://ocop.example';
const issuedBy = 'UBND tỉnh Bắc Kạn';

const product = (
  p: Pick<ServerProduct, 'slug' | 'name' | 'certificates'> & { producer: string },
): ServerProduct => ({
  slug: p.slug,
  name: p.name,
  producer: { slug: p.producer, name: { vi: p.producer } },
  orderUnit: 'hũ',
  samples: false,
  group: 'thuc-pham',
  subGroup: 'I.2.b',
  certificates: p.certificates,
  certifications: [],
  toComplete: [],
});

const data: ServerCatalogueData = {
  builtFor: '2026-12-05',
  fairs: [],
  groups: [
    {
      id: 'thuc-pham',
      numeral: 'I',
      name: { vi: 'Thực phẩm', en: 'Food' },
      subGroups: [{ code: 'I.2.b', name: { vi: 'Mật ong, mật khác, nông sản khác', en: 'Honey' } }],
    },
  ],
  producers: [
    {
      slug: 'htx-mat-ong',
      name: { vi: 'HTX Mật ong "Bằng Vân", Ngân Sơn', en: 'Bằng Vân Honey Cooperative' },
      type: 'hop-tac-xa',
      place: {
        id: 'ngan-son--bang-van',
        formerDistrict: 'Ngân Sơn',
        formerDistrictSlug: 'ngan-son',
        formerKind: 'xã',
        formerUnit: 'Bằng Vân',
        newKind: 'xã',
        newUnit: 'Bằng Vân',
      },
      contacts: { phone: '+84 209 3870 000', email: 'matong@example.vn', confirmedOn: '2026-03-01' },
      toComplete: [],
    },
    {
      // A name a spreadsheet would run as a formula, and a place whose former commune nobody set yet.
      slug: 'ho-cong-thuc',
      name: { vi: '=HYPERLINK("http://evil.example","bấm")' },
      type: 'ho-kinh-doanh',
      place: { newKind: 'xã', newUnit: 'Phong Quang' },
      contacts: {},
      toComplete: [],
    },
  ],
  products: [
    product({
      slug: 'mat-ong-bang-van',
      name: { vi: 'Mật ong Bằng Vân\ndòng hai', en: 'Bằng Vân honey' },
      producer: 'htx-mat-ong',
      certificates: [
        {
          stars: 3,
          score: 60,
          decision: '1/QĐ-UBND',
          decisionDate: '2020-01-10',
          issuedBy,
          criteria: 'QD1048',
          kind: 'new',
          expiresOn: '2023-01-10',
        },
        {
          stars: 4,
          score: 75,
          decision: '2/QĐ-UBND',
          decisionDate: '2024-03-01',
          issuedBy,
          criteria: 'QD148',
          kind: 'upgraded',
          expiresOn: '2027-03-01',
        },
      ],
    }),
    product({
      slug: 'cong-thuc',
      name: { vi: '=1+1 <b>&</b>' },
      producer: 'ho-cong-thuc',
      certificates: [
        {
          stars: 3,
          score: 55,
          decision: '7/QĐ-UBND',
          decisionDate: '2022-05-05',
          issuedBy,
          criteria: 'QD1048',
          kind: 'new',
          expiresOn: '2025-05-05',
          revoked: { date: '2023-06-01', decision: '9/QĐ-UBND' },
        },
      ],
    }),
  ],
};
const catalogue = serverCatalogue(data);
const encode = (text: string) => new TextEncoder().encode(text);

describe('product rows', () => {
  it('give each product its status on the day asked, and stars only while it is current', () => {
    const [honey, revoked] = productRows(catalogue, '2026-12-05', SITE);
    expect(honey).toMatchObject({ status: 'expiring' });
    expect(revoked).toMatchObject({ status: 'revoked' });
    const [later] = productRows(catalogue, '2027-03-02', SITE);
    expect(later?.status).toBe('expired');
  });
});

describe('CSV', () => {
  const csv = (today: string) => tableCsv(productTable, productRows(catalogue, today, SITE));

  it('parses with a real CSV parser into one record per product, with every column', async () => {
    const rows = await parseCsv(encode(csv('2026-12-05')));
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0] ?? {})).toEqual(productTable.columns.map((c) => c.name));
    expect(rows[0]).toMatchObject({
      slug: 'mat-ong-bang-van',
      name_vi: 'Mật ong Bằng Vân\ndòng hai',
      producer_name: 'HTX Mật ong "Bằng Vân", Ngân Sơn',
      stars: '4',
      status: 'expiring',
      status_date: '2027-03-01',
      status_on: '2026-12-05',
      certificate_stars: '4',
      certificate_score: '75',
      certificate_decision: '2/QĐ-UBND',
      certificate_date: '2024-03-01',
      certificate_issuer: issuedBy,
      certificate_issuer_en: "Bắc Kạn Provincial People's Committee",
      certificate_kind: 'upgraded',
      certificate_expires_on: '2027-03-01',
      first_certified_on: '2020-01-10',
      group: 'thuc-pham',
      sub_group: 'I.2.b',
      former_commune: 'xã Bằng Vân',
      former_district: 'huyện Ngân Sơn',
      commune_2025: 'xã Bằng Vân',
      url_en: `${SITE}/en/products/mat-ong-bang-van/`,
      contacts_confirmed_on: '2026-03-01',
    });
  });

  it('makes cells that start like a formula inert with a leading apostrophe', async () => {
    const [honey, formula] = await parseCsv(encode(csv('2026-12-05')));
    expect(formula?.name_vi).toBe("'=1+1 <b>&</b>");
    expect(formula?.producer_name).toBe(`'=HYPERLINK("http://evil.example","bấm")`);
    expect(honey?.phone).toBe("'+84 209 3870 000");
    // No cell of the file starts with a formula character.
    const cells = [honey, formula].flatMap((row) => Object.values(row ?? {}));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('leaves the stars empty once the certificate has expired, and says since when', async () => {
    const [honey, revoked] = await parseCsv(encode(csv('2027-03-02')));
    expect(honey).toMatchObject({
      stars: '',
      status: 'expired',
      status_date: '2027-03-01',
      certificate_stars: '4',
    });
    expect(revoked).toMatchObject({
      stars: '',
      status: 'revoked',
      status_date: '2023-06-01',
      certificate_revoked_on: '2023-06-01',
      certificate_revocation_decision: '9/QĐ-UBND',
      former_commune: '',
      former_district: '',
      commune_2025: 'xã Phong Quang',
    });
  });
});

describe('JSON', () => {
  const products = productRows(catalogue, '2026-12-05', SITE);
  const producers = producerRows(catalogue.producers, products, SITE);

  /** The file's errors against the schema published for it, and its records. */
  function checked<Row>(table: Table<Row>, rows: Row[], schema: 'productsSchema' | 'producersSchema') {
    const file = JSON.parse(tableJson(table, jsonFileHead(schema, SITE, '2026-12-05'), rows));
    const validate = schemaValidator(tableJsonSchema(table, { id: `${SITE}/x.json`, title: 'x' }));
    return { file, errors: validate(file) };
  }

  it('matches the JSON Schema published beside it, for products and producers', () => {
    const files = [
      checked(productTable, products, 'productsSchema'),
      checked(producerTable, producers, 'producersSchema'),
    ];
    for (const { file, errors } of files) {
      expect(errors).toEqual([]);
      expect(file).toMatchObject({
        statuses_on: '2026-12-05',
        license: 'https://creativecommons.org/licenses/by/4.0/',
      });
    }
    expect(files[0]?.file.products).toHaveLength(2);
    expect(files[1]?.file.producers).toHaveLength(2);
  });

  it('keeps values as they are: numbers as numbers, missing ones as null, formula-like text unchanged', () => {
    const file = JSON.parse(
      tableJson(productTable, jsonFileHead('productsSchema', SITE, '2026-12-05'), products),
    );
    const [honey, formula] = file.products;
    expect(honey).toMatchObject({
      stars: 4,
      certificate_score: 75,
      phone: '+84 209 3870 000',
      website: null,
    });
    expect(formula).toMatchObject({ name_vi: '=1+1 <b>&</b>', stars: null, name_en: null });
  });

  it('is refused by its schema when a record lacks a field or has one too many', () => {
    const schema = tableJsonSchema(productTable, { id: `${SITE}/x.json`, title: 'x' });
    const file = JSON.parse(
      tableJson(productTable, jsonFileHead('productsSchema', SITE, '2026-12-05'), products),
    );
    delete file.products[0].status;
    file.products[1].extra = 1;
    expect(schemaValidator(schema)(file).length).toBeGreaterThanOrEqual(2);
  });
});

describe('producer rows', () => {
  it('list each producer’s products and how many hold a current certificate that day', async () => {
    const products = productRows(catalogue, '2026-12-05', SITE);
    const rows = await parseCsv(
      encode(tableCsv(producerTable, producerRows(catalogue.producers, products, SITE))),
    );
    expect(rows).toMatchObject([
      {
        slug: 'htx-mat-ong',
        products: 'mat-ong-bang-van',
        products_certified: '1',
        highest_stars: '4',
        type: 'hop-tac-xa',
      },
      { slug: 'ho-cong-thuc', products: 'cong-thuc', products_certified: '0', highest_stars: '' },
    ]);
  });
});

describe('Atom feed of certificate changes', () => {
  it('lists decisions, lapses and revocations up to the day asked, newest first', () => {
    const changes = certificateChanges(catalogue, '2026-12-05').map(
      (c) => `${c.day} ${c.product.slug} ${c.kind}`,
    );
    expect(changes).toEqual([
      '2024-03-01 mat-ong-bang-van upgraded',
      '2023-06-01 cong-thuc revoked',
      // The first certificate ran out a year before the upgrade: a lapse. The revoked one never lapsed.
      '2023-01-10 mat-ong-bang-van expired',
      '2022-05-05 cong-thuc new',
      '2020-01-10 mat-ong-bang-van new',
    ]);
    expect(certificateChanges(catalogue, '2027-03-01')[0]).toMatchObject({
      kind: 'expired',
      day: '2027-03-01',
    });
    expect(certificateChanges(catalogue, '2023-01-09')).toHaveLength(2);
  });

  it('is a valid Atom document: ids, update times, links to both product pages, text escaped', () => {
    const feed = parseAtom(certificateFeed(catalogue, '2026-12-05', SITE));
    expect(feed.id).toBe(`${SITE}/du-lieu-mo/chung-nhan.atom`);
    expect(feed.updated).toBe('2024-03-01T00:00:00+07:00');
    expect(feed.authors).toEqual(['Văn phòng Điều phối Chương trình OCOP tỉnh Bắc Kạn']);
    expect(feed.links).toContainEqual({ rel: 'self', href: feed.id, type: 'application/atom+xml' });
    expect(feed.entries.map((e) => e.updated)).toEqual([
      '2024-03-01T00:00:00+07:00',
      '2023-06-01T00:00:00+07:00',
      '2023-01-10T00:00:00+07:00',
      '2022-05-05T00:00:00+07:00',
      '2020-01-10T00:00:00+07:00',
    ]);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    const [upgraded, revoked] = feed.entries;
    expect(upgraded).toMatchObject({
      title: 'Mật ong Bằng Vân\ndòng hai: được nâng hạng lên OCOP 4 sao',
      categories: ['upgraded'],
    });
    expect(upgraded?.links).toEqual([
      { rel: 'alternate', type: 'text/html', hreflang: 'vi', href: `${SITE}/san-pham/mat-ong-bang-van/` },
      { rel: 'alternate', type: 'text/html', hreflang: 'en', href: `${SITE}/en/products/mat-ong-bang-van/` },
    ]);
    expect(upgraded?.content.en).toMatch(/^Bằng Vân honey: upgraded to 4 OCOP stars\. Decision 2\/QĐ-UBND/);
    expect(revoked?.title).toBe('=1+1 <b>&</b>: bị thu hồi chứng nhận OCOP 3 sao');
  });
});
