import type { LocalizedText } from '../content/schemas/localized.ts';

/** People's committees by level: "UBND tỉnh Bắc Kạn" → "Bắc Kạn Provincial People's Committee". */
const committeeLevels: Record<string, string> = {
  tỉnh: 'Provincial',
  'thành phố': 'City',
  huyện: 'District',
  'thị xã': 'Town',
};
const committee = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố|huyện|thị xã)\s+(.+)$/iu;

/** National bodies that certify 5★ products, by the names decisions print. */
const nationalBodies: [RegExp, string][] = [
  [
    /^Bộ (?:Nông nghiệp và Phát triển nông thôn|NN ?(?:&|và) ?PTNT|Nông nghiệp và PTNT)$/iu,
    'Ministry of Agriculture and Rural Development',
  ],
  // The ministry merged with Natural Resources and Environment on 1/3/2025.
  [/^Bộ Nông nghiệp và Môi trường$/iu, 'Ministry of Agriculture and Environment'],
  [/^Hội đồng .*Trung ương$/iu, 'Central OCOP Evaluation Council'],
];

function english(issuedBy: string): string | undefined {
  const name = issuedBy.trim().normalize('NFC').replace(/\s+/g, ' ');
  const local = committee.exec(name);
  const level = local?.[1] && committeeLevels[local[1].toLowerCase()];
  if (local?.[2] && level) return `${local[2]} ${level} People's Committee`;
  return nationalBodies.find(([pattern]) => pattern.test(name))?.[1];
}

/**
 * The body that issued a certificate, as written (Vietnamese) and in English when it is a body
 * the site knows: people's committees of any province, city or district, the agriculture
 * ministry and the central OCOP council. Unknown bodies fall back visibly, like any content.
 */
export function issuingBody(issuedBy: string): LocalizedText {
  const en = english(issuedBy);
  return en ? { vi: issuedBy, en } : { vi: issuedBy };
}
