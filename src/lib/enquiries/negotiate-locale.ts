import { defaultLocale, type Locale } from '../i18n/locales.ts';

/** The site language the client prefers most, from Accept-Language ("en-US,en;q=0.9,vi;q=0.8"). */
export function negotiateLocale(header: string | null): Locale {
  let best: { locale: Locale; q: number } | undefined;
  for (const part of (header ?? '').split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const language = tag.split('-')[0];
    if (language !== 'vi' && language !== 'en') continue;
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { locale: language, q };
  }
  return best?.locale ?? defaultLocale;
}
