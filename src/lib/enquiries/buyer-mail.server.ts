/**
 * The mail a buyer receives for each answer from the producer's side, in the language the
 * enquiry was sent in, with a fresh tracking link (the confirmation is in notification.server.ts).
 * Plain text only: what anyone typed is quoted as text in the body, never in a header (subjects
 * hold references and catalogue names).
 */
import { pickText } from '../i18n/localize.ts';
import { trackingText } from '../i18n/tracking.ts';
import type { EnquiryCatalogue } from './catalogue-lookup.ts';
import type { NewEnquiry, NewMail, StoredEnquiry } from './records.ts';

const producerName = (
  catalogue: EnquiryCatalogue,
  enquiry: Pick<NewEnquiry, 'producer' | 'locale'>,
  product?: string,
) => {
  const entry = product ? catalogue.product(product)?.producer : undefined;
  return entry ? pickText(entry.name, enquiry.locale) : enquiry.producer;
};

/** An answer from the inbox, to the buyer's email, with a fresh link to the tracking page. */
export function answerMail(
  enquiry: StoredEnquiry,
  catalogue: EnquiryCatalogue,
  answer: string,
  trackingUrl: string,
): NewMail | undefined {
  if (!enquiry.email) return undefined;
  const text = trackingText[enquiry.locale];
  const producer = producerName(catalogue, enquiry, enquiry.lines[0]?.product);
  return {
    enquiryId: enquiry.id,
    recipient: enquiry.email,
    subject: text.answerSubject(producer, enquiry.id),
    body: [
      text.answerIntro(producer, enquiry.id),
      '',
      answer,
      '',
      text.mailLink,
      trackingUrl,
      '',
      text.doNotReply,
    ].join('\n'),
  };
}
