/**
 * Search settings as code: the index, what is searched and in which order of importance, what
 * can be filtered and sorted, the language of each field, synonyms and typo tolerance. The
 * reindex applies exactly this; a change here changes the content hash and so triggers a reindex.
 */
import type { Settings } from 'meilisearch';
// The editable concepts give synonyms too; the build has validated the file (content.config.ts).
import concepts from '../../../content/concepts.json' with { type: 'json' };
import { EXPIRY_DAY, REVOCATION_DAY } from './certificate-days.ts';
import { conceptSynonyms } from './concepts.ts';

/** The live index the site queries. A reindex builds `${SEARCH_INDEX}_next` and swaps it in. */
export const SEARCH_INDEX = 'ocop_products';
/** One document recording what the live index was built from (content hash, count, time). */
export const SEARCH_STATE_INDEX = 'ocop_search_state';

/**
 * Variants that mean the same thing (shared/domain/ocop.md), each group made mutual below.
 * Meilisearch folds accents in synonyms too, so "bac can" is covered by "bắc cạn".
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['chè', 'trà'],
  ['lạp sườn', 'lạp xưởng'],
  ['miến dong', 'miến dong riềng', 'miến củ dong'],
  ['quýt', 'cam quýt'],
  ['hồng không hạt', 'hồng ngâm'],
  ['bí xanh thơm', 'bí thơm', 'bí phấn'],
  ['khẩu nua lếch', 'nếp thép'],
  ['tinh bột nghệ', 'tinh nghệ', 'curcumin'],
  ['thịt treo gác bếp', 'thịt hun khói'],
  ['mộc nhĩ', 'nấm mèo'],
  ['htx', 'hợp tác xã'],
  ['tht', 'tổ hợp tác'],
  ['cty', 'công ty'],
  ['bắc kạn', 'bắc cạn', 'backan'],
];

/** Every term of a group maps to all the others. */
export function mutualSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group) synonyms[term] = group.filter((other) => other !== term);
  }
  return synonyms;
}

/** Synonyms from several sources, the alternatives of a term that two of them know merged. */
export function mergeSynonyms(...sources: Record<string, string[]>[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const source of sources) {
    for (const [term, others] of Object.entries(source)) {
      merged[term] = [...new Set([...(merged[term] ?? []), ...others])];
    }
  }
  return merged;
}

/** Facets shown on the search page, by API parameter name → document attribute (status: by dates). */
export const facetAttributes = {
  group: 'group',
  stars: 'stars',
  district: 'district',
  type: 'producerType',
} as const;

/**
 * Where a word says what a product is: its name, the concepts that name it (content/concepts.json
 * names the groups the way people do), its producer, places, ingredients and certifications. A
 * search matches here first; the registry's group and sub-group names (a sub-group is a list of
 * kinds: "Mật ong, mật khác, nông sản khác") and the story only when nothing else matches.
 */
export const identityAttributes = [
  'name.vi',
  'name.en',
  'concepts.vi',
  'concepts.en',
  'producer.vi',
  'producer.en',
  'districtName',
  'commune',
  'newCommune',
  'ingredients.vi',
  'ingredients.en',
  'certifications',
  'region',
  // Telex spellings (vietnamese.ts): the exact-accent query searches only accentKeys; telex
  // catches words typed with the input method off ("mieens").
  'accentKeys',
  'telex',
] as const;

/**
 * The identity attributes as attributesToSearchOn takes them: each language pair as one pattern
 * ("name.*"). Meilisearch refuses to search on an attribute that no document has, and a catalogue
 * may well have no English name at all; a pattern only needs one of the pair.
 */
export const identitySearchOn: readonly string[] = [
  ...new Set(identityAttributes.map((attribute) => attribute.replace(/\.(vi|en)$/, '.*'))),
];

/** What a product mentions rather than is. */
export const contextAttributes = [
  'subGroupName.vi',
  'subGroupName.en',
  'groupName.vi',
  'groupName.en',
  'story.vi',
  'story.en',
] as const;

export const searchSettings = {
  // Order of importance: a match in the name outranks one in the producer, area or story.
  searchableAttributes: [...identityAttributes, ...contextAttributes],
  filterableAttributes: [...Object.values(facetAttributes), EXPIRY_DAY, REVOCATION_DAY],
  sortableAttributes: ['stars', 'priceMin', 'nameSort'],
  // Current certificates before lapsed ones among equally good matches (the same kind named in the
  // same place, the same words exactly), then the reader's sort, then more stars, then by name.
  rankingRules: [
    'words',
    'typo',
    'proximity',
    'attribute',
    'exactness',
    'statusRank:asc',
    'sort',
    'stars:desc',
    'nameSort:asc',
  ],
  // Set, not guessed: on short texts Meilisearch's language detection is unreliable.
  localizedAttributes: [
    {
      attributePatterns: [
        '*.vi',
        'districtName',
        'commune',
        'newCommune',
        'certifications',
        'region',
        'accentKeys',
        'telex',
      ],
      locales: ['vie'],
    },
    { attributePatterns: ['*.en'], locales: ['eng'] },
  ],
  synonyms: mergeSynonyms(mutualSynonyms(synonymGroups), ...conceptSynonyms(concepts)),
  typoTolerance: {
    enabled: true,
    // Vietnamese syllables are short and near one another ("duong" is one letter from "dong"):
    // a typo is forgiven from 6 letters, two from 10; missing accents are not typos anyway.
    minWordSizeForTypos: { oneTypo: 6, twoTypos: 10 },
    // Telex keys are exact by design; a typo there would undo the exact-accent boost.
    disableOnAttributes: ['accentKeys', 'telex'],
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  // Facet values are never searched (only counted), so Meilisearch need not index them for that.
  facetSearch: false,
  pagination: { maxTotalHits: 1000 },
} as const satisfies Settings;

export type SearchSettings = typeof searchSettings;
