/**
 * After sending, in the enhanced forms: which reference went to which producer, what happens next
 * and when, whether a confirmation mail follows, and the buyer's tracking link (the API's 201 says). The same words and
 * markup as src/components/enquiry/SentReceipt.astro, which the thank-you page renders without JavaScript.
 */
import { html, nothing } from 'lit';
import { answerWithinWorkingDays } from '../lib/enquiries/policy.ts';
import { enquiryText } from '../lib/i18n/enquiries.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { trackingText } from '../lib/i18n/tracking.ts';
import { paths } from '../lib/paths.ts';

/** What the API's 201 says about a sending. */
export interface SentReceipt {
  enquiries: { id: string; producer: string; producerName?: string }[];
  confirmationMail: boolean;
  /** The buyer's private tracking page (absent when queued offline). */
  trackingUrl?: string;
}

// Followed on this site whatever origin SITE_URL names.
const trackingLink = (url: string, locale: Locale) =>
  html`<p>${trackingText[locale].trackLink} <a href=${new URL(url).pathname}>${url}</a><br />${trackingText[locale].trackKeep}</p>`;

export function receiptTemplate(receipt: SentReceipt, locale: Locale) {
  const text = enquiryText[locale];
  return html`<div class="enquiry-receipt" data-enquiry-receipt>
    <p class="enquiry-receipt-lead">${text.sentLead(receipt.enquiries.length)}</p>
    <ul class="enquiry-receipt-list">
      ${receipt.enquiries.map(
        (e) =>
          html`<li>
            <span class="enquiry-refs">${e.id}</span>
            ${
              e.producerName
                ? html`${text.wentTo} <a href=${paths.producer(locale, e.producer)}>${e.producerName}</a>`
                : nothing
            }
          </li>`,
      )}
    </ul>
    <p>${text.nextSteps(answerWithinWorkingDays)}</p>
    <p>${receipt.confirmationMail ? text.mailFollows : text.noMail}</p>
    ${receipt.trackingUrl ? trackingLink(receipt.trackingUrl, locale) : nothing}
  </div>`;
}
