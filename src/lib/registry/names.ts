/**
 * Names as the office types them and as the catalogue stores them, made comparable: case,
 * Unicode form, spacing, punctuation, tone-mark placement (hòa / hoà) and the usual
 * abbreviations (HTX, Cty, THT, HKD, NN, …) do not matter; accents do (dương is not đường).
 */
import type { ProducerType } from '../content/schemas/producer.ts';
import { telex, words } from '../search/vietnamese.ts';

/** Abbreviations of a producer's type, spelt out when the importer names a new producer. */
const typeAbbreviations: Readonly<Record<string, string>> = {
  htx: 'Hợp tác xã',
  tht: 'Tổ hợp tác',
  hkd: 'Hộ kinh doanh',
  cty: 'Công ty',
};

/** Every abbreviation in producers' and products' names, with the words it stands for. */
const abbreviations: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(typeAbbreviations).map(([short, full]) => [short, full.toLowerCase()]),
  ),
  dn: 'doanh nghiệp',
  dntn: 'doanh nghiệp tư nhân',
  nn: 'nông nghiệp',
  dv: 'dịch vụ',
  sx: 'sản xuất',
  tm: 'thương mại',
  xnk: 'xuất nhập khẩu',
};

/** A company's legal form, which annexes write or leave out at will (on expanded, lower-case words). */
const legalForm = /(^| )(tnhh|mtv|một thành viên|cổ phần|cp)(?= |$)/g;

const expanded = (text: string): string[] =>
  words(text.toLowerCase()).flatMap((word) => (abbreviations[word] ?? word).split(' '));

/**
 * The key two spellings of one name share: "HTX Nông nghiệp Phú Sơn" and "Hợp tác xã NN Phú
 * Sơn" both give "howjp tasc xax noong nghieejp phus sown" (each word in Telex, which puts the
 * tone mark in one place whatever its placement).
 */
export function nameKey(text: string): string {
  return words(expanded(text).join(' ').replace(legalForm, ' '))
    .map((word) => telex(word))
    .join(' ');
}

/** The words that open a producer's name, by type. */
const typePrefixes: readonly [string, ProducerType][] = (
  [
    ['hợp tác xã', 'hop-tac-xa'],
    ['tổ hợp tác', 'to-hop-tac'],
    ['hộ kinh doanh', 'ho-kinh-doanh'],
    ['hộ sản xuất', 'ho-kinh-doanh'],
    ['công ty', 'doanh-nghiep'],
    ['doanh nghiệp', 'doanh-nghiep'],
  ] as const
).map(([prefix, type]) => [nameKey(prefix), type]);

/** The producer type its name gives ("HTX …" is a cooperative), or undefined when it gives none. */
export function producerTypeOf(name: string): ProducerType | undefined {
  const key = `${nameKey(name)} `;
  return typePrefixes.find(([prefix]) => key.startsWith(`${prefix} `))?.[1];
}

/**
 * A new producer's name as the catalogue writes it: the type's abbreviation spelt out
 * ("HTX Nông nghiệp Phú Sơn" → "Hợp tác xã Nông nghiệp Phú Sơn"), the rest as typed.
 */
export function producerDisplayName(name: string): string {
  const [first = '', ...rest] = name.split(' ');
  const full = typeAbbreviations[first.toLowerCase().replace(/\.$/, '')];
  return full && rest.length > 0 ? [full, ...rest].join(' ') : name;
}
