/**
 * ASCII slug of a Vietnamese name: "Miến dong Tài Hoan" → "mien-dong-tai-hoan".
 * đ/Đ has no decomposition in Unicode, so it is mapped by hand.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
