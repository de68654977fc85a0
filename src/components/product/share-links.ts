/**
 * Share links that need no script of theirs: the address each network's own share button opens,
 * with the page's URL as its only parameter.
 */
export const shareLinks = (url: string) => [
  // What Zalo's share button opens (its SDK script would be a third party: the CSP allows none).
  { network: 'Zalo', href: `https://sp.zalo.me/share_inline?url=${encodeURIComponent(url)}` },
  { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}` },
];
