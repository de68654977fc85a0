import { html, LitElement, nothing, render } from 'lit';
import { newIdempotencyKey, postKeyed } from '../lib/enquiries/client-key.ts';
import type { FieldErrors } from '../lib/enquiries/schema.ts';
import type { Locale } from '../lib/i18n/locales.ts';

type Validation = typeof import('../lib/enquiries/reply-validation.ts');
// The schema brings Zod: loaded when someone starts on the form, not with the page.
let validation: Promise<Validation> | undefined;
const loadValidation = () => {
  validation ??= import('../lib/enquiries/reply-validation.ts');
  return validation;
};

type Status = { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent' } | { kind: 'error'; message: string };

/**
 * @summary Enhances the server-rendered reply form it wraps (the buyer's tracking page): checks
 * the reply with the shared schema, sends it as JSON with an Idempotency-Key, adds it to the
 * conversation above without reloading, and keeps what was typed when it cannot be sent.
 */
export class OcopReplyForm extends LitElement {
  static override properties = { status: { state: true } };

  declare status: Status;

  #form: HTMLFormElement | null = null;
  #key = newIdempotencyKey();
  #busy = false;
  #validation: Validation | undefined;

  constructor() {
    super();
    this.status = { kind: 'idle' };
  }

  /** Renders the status line into the form's own live region; the rest is the server's HTML. */
  protected override createRenderRoot() {
    return this.querySelector<HTMLElement>('[data-reply-status]') ?? this;
  }

  get #locale(): Locale {
    return document.documentElement.lang === 'en' ? 'en' : 'vi';
  }

  get #textarea(): HTMLTextAreaElement | null {
    return this.#form?.querySelector('textarea[name="message"]') ?? null;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#form = this.querySelector('form');
    if (!this.#form) return;
    this.#form.noValidate = true;
    this.#form.addEventListener('submit', this.#onSubmit);
    this.#form.addEventListener('input', this.#onInput);
    this.#form.addEventListener('focusin', loadValidation, { once: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form?.removeEventListener('input', this.#onInput);
  }

  #payload() {
    const form = this.#form as HTMLFormElement;
    return { enquiry: String(new FormData(form).get('enquiry') ?? ''), message: this.#textarea?.value ?? '' };
  }

  #showErrors(errors: FieldErrors): boolean {
    const v = this.#validation as Validation;
    const error = errors.message ?? errors.form ?? errors.enquiry;
    const slot = this.#form?.querySelector<HTMLElement>('[data-error-for="message"]');
    if (slot) slot.textContent = error ? v.errorText(this.#locale, error) : '';
    if (error) this.#textarea?.setAttribute('aria-invalid', 'true');
    else this.#textarea?.removeAttribute('aria-invalid');
    return error !== undefined;
  }

  #onInput = () => {
    if (this.#validation && this.#textarea?.getAttribute('aria-invalid')) {
      const result = this.#validation.parseReply(this.#payload());
      this.#showErrors(result.ok ? {} : result.errors);
    }
  };

  #onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.#busy) return;
    this.#busy = true;
    const form = this.#form as HTMLFormElement;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      this.#validation = await loadValidation();
      const result = this.#validation.parseReply(this.#payload());
      if (this.#showErrors(result.ok ? {} : result.errors)) {
        this.status = { kind: 'idle' };
        this.#textarea?.focus();
        return;
      }
      this.status = { kind: 'sending' };
      await this.#send();
    } finally {
      this.#busy = false;
      if (button) button.disabled = false;
    }
  };

  async #send() {
    const v = this.#validation as Validation;
    const text = v.trackingText[this.#locale];
    const payload = this.#payload();
    const answer = await postKeyed<{ message: string; fields: FieldErrors }>(
      location.pathname,
      this.#key,
      payload,
    );
    if (!answer) {
      // Nothing reached the server, or its answer was lost: the same key makes sending again safe.
      this.status = { kind: 'error', message: v.enquiryText[this.#locale].offline };
      return;
    }
    const { status, body } = answer;
    if (status === 201) {
      this.#append(payload.message.trim(), text.authors.buyer);
      (this.#textarea as HTMLTextAreaElement).value = '';
      this.#key = newIdempotencyKey();
      this.status = { kind: 'sent' };
      return;
    }
    if (status === 400 && body.fields && this.#showErrors(body.fields)) {
      this.status = { kind: 'idle' };
      this.#textarea?.focus();
      return;
    }
    this.status = { kind: 'error', message: body.message ?? v.enquiryText[this.#locale].unavailable };
  }

  /** The reply as the server renders it in the conversation (src/components/enquiry/Conversation.astro). */
  #append(message: string, who: string) {
    const list = this.closest('section')?.querySelector('[data-conversation]');
    if (!list) return;
    const now = new Date().toISOString();
    const item = document.createElement('li');
    item.dataset.author = 'buyer';
    render(
      html`<p class="conversation-who"><strong>${who}</strong> · <time datetime=${now}>${(this.#validation as Validation).formatReceived(now, this.#locale)}</time></p>
        <p class="conversation-text">${message}</p>`,
      item,
    );
    list.append(item);
  }

  protected override render() {
    const s = this.status;
    if (this.renderRoot instanceof HTMLElement)
      this.renderRoot.dataset.tone = s.kind === 'error' ? 'error' : 'info';
    const text = this.#validation?.trackingText[this.#locale];
    if (!text) return nothing;
    switch (s.kind) {
      case 'sending':
        return text.sending;
      case 'sent':
        return text.sent;
      case 'error':
        return s.message;
      default:
        return nothing;
    }
  }
}

customElements.define('ocop-reply-form', OcopReplyForm);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-reply-form': OcopReplyForm;
  }
}
