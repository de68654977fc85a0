/**
 * What the enquiry elements load on first interaction, as one chunk: the shared schema (and
 * Zod with it) and the words for errors. Pages that are only read never download it.
 */
export { enquiryText, errorText } from '../i18n/enquiries.ts';
export { parseEnquiry } from './schema.ts';
