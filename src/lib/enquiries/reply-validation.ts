/**
 * What <ocop-reply-form> loads on first interaction, as one chunk: the reply schema (and Zod with
 * it) and the words for errors and the conversation.
 */
export { enquiryText, errorText } from '../i18n/enquiries.ts';
export { trackingText } from '../i18n/tracking.ts';
export { formatReceived } from './inbox-format.ts';
export { parseReply } from './reply-schema.ts';
