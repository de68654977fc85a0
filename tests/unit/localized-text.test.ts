/**
 * The visible fallback for content without English (pick() and the <Text> component): kept for
 * entries an importer creates later, now that every sample text is translated.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Text from '../../src/components/Text.astro';
import { pick } from '../../src/lib/i18n/localize.ts';

describe('pick', () => {
  it('gives English where there is some, else the Vietnamese marked as a fallback', () => {
    expect(pick({ vi: 'Miến dong', en: 'Arrowroot vermicelli' }, 'en')).toEqual({
      text: 'Arrowroot vermicelli',
      lang: 'en',
      fallback: false,
    });
    expect(pick({ vi: 'Miến dong' }, 'en')).toEqual({ text: 'Miến dong', lang: 'vi', fallback: true });
    expect(pick({ vi: 'Miến dong', en: 'Arrowroot vermicelli' }, 'vi')).toEqual({
      text: 'Miến dong',
      lang: 'vi',
      fallback: false,
    });
  });
});

describe('<Text>', () => {
  // Without the source-location attributes the dev build adds to elements.
  const render = async (text: { vi: string; en?: string }, locale: 'vi' | 'en') =>
    (await (await AstroContainer.create()).renderToString(Text, { props: { text, locale } })).replace(
      / data-astro-source-[a-z]+="[^"]*"/g,
      '',
    );

  it('marks Vietnamese shown on an English page and says it is not yet translated', async () => {
    const html = await render({ vi: 'Miến dong làm từ củ dong riềng.' }, 'en');
    expect(html).toBe(
      '<span lang="vi">Miến dong làm từ củ dong riềng. <small class="fallback-notice" lang="en">(Not yet translated; shown in Vietnamese)</small></span>',
    );
  });

  it('prints translated text as it is', async () => {
    expect(await render({ vi: 'Miến dong', en: 'Arrowroot vermicelli' }, 'en')).toBe('Arrowroot vermicelli');
    expect(await render({ vi: 'Miến dong' }, 'vi')).toBe('Miến dong');
  });
});
