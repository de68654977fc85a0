/** Link targets for a producer's contacts: dialable tel:, Zalo by phone number. */

const digits = (phone: string) => phone.replace(/\D/g, '');

/** tel: link keeping a leading + (international numbers) and dropping spaces, dots and dashes. */
export const telHref = (phone: string) => `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits(phone)}`;

/** Zalo opens a chat from https://zalo.me/<phone digits>. */
export const zaloHref = (phone: string) => `https://zalo.me/${digits(phone)}`;
