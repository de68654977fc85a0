/**
 * The mails a buyer receives, in the language the enquiry was sent in: the confirmation with the
 * tracking link, and each answer from the producer's side. Plain text only: what anyone typed is
 * quoted as text in the body, never in a header (subjects hold references and catalogue names).
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

/** Sent once per submission, to the email the buyer gave (filed with the first enquiry). */
export function confirmationMail(
  enquiries: NewEnquiry[],
  catalogue: EnquiryCatalogue,
  trackingUrl: string,
): NewMail | undefined {
  const [first] = enquiries;
  if (!first?.email) return undefined;
  const text = trackingText[first.locale];
  const productName = (slug: string) => {
    const product = catalogue.product(slug);
    return product ? pickText(product.name, first.locale) : slug;
  };
  const body = [
    text.confirmationIntro(first.name),
    ...enquiries.map((e) =>
      text.confirmationLine(
        producerName(catalogue, e, e.lines[0]?.product),
        e.id,
        e.lines.map((l) => productName(l.product)).join(', '),
      ),
    ),
    '',
    text.confirmationNext,
    '',
    text.mailLink,
    trackingUrl,
    '',
    text.doNotReply,
  ].join('\n');
  return {
    enquiryId: first.id,
    recipient: first.email,
    subject: text.confirmationSubject(enquiries.map((e) => e.id).join(', ')),
    body,
  };
}

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
