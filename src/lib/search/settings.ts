/**
 * Search settings as code: the index, what is searched and in which order of importance, what
 * can be filtered and sorted, the language of each field, synonyms and typo tolerance. The
 * reindex applies exactly this; a change here changes the content hash and so triggers a reindex.
 */
import type { Settings } from 'meilisearch';

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

/** Facets shown on the search page, by API parameter name → document attribute. */
export const facetAttributes = {
  group: 'group',
  stars: 'stars',
  district: 'district',
  type: 'producerType',
  status: 'status',
} as const;

export const searchSettings = {
  // Order of importance: a match in the name outranks one in the producer, area or story.
  searchableAttributes: [
    'name.vi',
    'name.en',
    'producer.vi',
    'producer.en',
    'subGroupName.vi',
    'subGroupName.en',
    'groupName.vi',
    'groupName.en',
    'districtName',
    'commune',
    'newCommune',
    'ingredients.vi',
    'ingredients.en',
    'certifications',
    'story.vi',
    'story.en',
    'region',
    // Telex spellings (vietnamese.ts): the exact-accent query searches only accentKeys; telex
    // catches words typed with the input method off ("mieens").
    'accentKeys',
    'telex',
  ],
  filterableAttributes: Object.values(facetAttributes),
  sortableAttributes: ['stars', 'priceMin', 'nameSort'],
  // Ties after relevance: valid certificates first, then more stars, then by name.
  rankingRules: [
    'words',
    'typo',
    'proximity',
    'attribute',
    'sort',
    'exactness',
    'statusRank:asc',
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
  synonyms: mutualSynonyms(synonymGroups),
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
