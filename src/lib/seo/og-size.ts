/** Size of every generated Open Graph card: the 1.91:1 image that link previews expect. */
export const OG_SIZE = { width: 1200, height: 630 } as const;
