import { createHash } from 'node:crypto';
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../paths.ts';
import type { EnquiryCatalogue } from './catalogue-lookup.ts';
import { newReference } from './ids.server.ts';
import { confirmationMail, enquiryMail } from './notification.server.ts';
import type { NewEnquiry, NewLine, NewMail, Submission } from './records.ts';
import { type EnquiryInput, honeypotField } from './schema.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** JSON with sorted keys, so the same content always hashes the same. */
const stable = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(stable).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(value);

/** The same content always gives the same fingerprint, whatever the order of its keys. */
export const fingerprintOf = (content: unknown): string => sha256(stable(content));

/** What identifies the content of a submission (not how long it took to type, nor its key). */
export function fingerprint(input: EnquiryInput): string {
  const { idempotencyKey: _key, fillTime: _time, [honeypotField]: _trap, ...content } = input;
  return fingerprintOf(content);
}

interface BuildOptions {
  catalogue: EnquiryCatalogue;
  locale: Locale;
  /** The Idempotency-Key header or hidden field; without one the server derives a short-lived key. */
  key: string | undefined;
  clientAddress: string;
  /** Queue a mail for each producer with a contact email, and the buyer's confirmation (only when SMTP is configured). */
  notify: boolean;
  inboxUrl: (id: string) => string;
  /** The producer's public page, in the buyer's language. */
  producerUrl: (slug: string, locale: Locale) => string;
  /** The buyer's tracking link: its hash is stored, the link goes in the confirmation mail. */
  tracking: { hash: string; url: string };
}

/** Where a submission's mails link to on the site: the inbox's enquiry, the producer's page. */
export const siteLinks = (siteUrl: string): Pick<BuildOptions, 'inboxUrl' | 'producerUrl'> => ({
  inboxUrl: (id) => new URL(paths.admin.enquiry(id), siteUrl).href,
  producerUrl: (slug, locale) => new URL(paths.producer(locale, slug), siteUrl).href,
});

/** Whether the buyer is mailed a confirmation: only when mail goes out at all, and to an address they gave. */
export const confirmsByMail = (input: Pick<EnquiryInput, 'email'>, notify: boolean): boolean =>
  notify && input.email !== undefined;

/** One enquiry per producer: the basket's lines grouped by who makes each product. */
export function buildSubmission(input: EnquiryInput, options: BuildOptions): Submission {
  const { catalogue } = options;
  const lines: NewLine[] = input.lines
    ? input.lines.map((l) => {
        const unit = catalogue.product(l.product)?.orderUnit;
        return {
          product: l.product,
          quantity: l.quantity,
          sample: l.sample,
          ...(unit ? { unit } : {}),
          ...(l.targetPrice !== undefined ? { targetPrice: l.targetPrice } : {}),
          ...(l.deliveryFrom ? { deliveryFrom: l.deliveryFrom } : {}),
          ...(l.deliveryTo ? { deliveryTo: l.deliveryTo } : {}),
        };
      })
    : [{ product: input.product as string, sample: input.sample ?? false }];
  const contact: Contact = {
    locale: input.locale ?? options.locale,
    name: input.name,
    ...(input.organization ? { organization: input.organization } : {}),
    ...(input.email ? { email: input.email } : {}),
    ...(input.phone ? { phone: input.phone } : {}),
    ...(input.message ? { message: input.message } : {}),
    ...(input.quantity ? { quantity: input.quantity } : {}),
  };
  const print = fingerprint(input);
  const key = options.key ? `key:${options.key}` : `derived:${sha256(`${options.clientAddress}\n${print}`)}`;
  return submissionOf(lines, contact, { key, derivedKey: !options.key, fingerprint: print }, options);
}

/** Who the enquiries are from, as each producer's enquiry carries it. */
export type Contact = Omit<NewEnquiry, 'id' | 'producer' | 'lines'>;

/**
 * The enquiries of these lines, one per producer, with the mails to each producer and the
 * buyer's confirmation, stored under `identity` (an enquiry form's post, a lead noted at a fair).
 */
export function submissionOf(
  lines: NewLine[],
  contact: Contact,
  identity: Pick<Submission, 'key' | 'derivedKey' | 'fingerprint'>,
  options: Omit<BuildOptions, 'key' | 'clientAddress' | 'locale'>,
): Submission {
  const { catalogue } = options;
  // The schema checked every product against this catalogue: each has a producer.
  const byProducer = Map.groupBy(lines, (l) => catalogue.product(l.product)?.producer.slug ?? '');
  const enquiries: NewEnquiry[] = [...byProducer].map(([producer, producerLines]) => ({
    id: newReference(),
    producer,
    ...contact,
    lines: producerLines,
  }));
  const toProducers: NewMail[] = options.notify
    ? enquiries.flatMap((e) => {
        const recipient = catalogue.product(e.lines[0]?.product ?? '')?.producer.email;
        return recipient ? [{ recipient, ...enquiryMail(e, catalogue, options.inboxUrl(e.id)) }] : [];
      })
    : [];
  const toBuyer: NewMail[] =
    contact.email && confirmsByMail(contact, options.notify)
      ? [
          {
            recipient: contact.email,
            ...confirmationMail(
              enquiries,
              catalogue,
              contact.locale,
              (slug) => options.producerUrl(slug, contact.locale),
              options.tracking.url,
            ),
          },
        ]
      : [];
  return {
    ...identity,
    submissionId: newReference(),
    trackingHash: options.tracking.hash,
    enquiries,
    mails: [...toProducers, ...toBuyer],
  };
}
