import { html, LitElement, nothing, render } from 'lit';
import { newIdempotencyKey, postKeyed } from '../lib/enquiries/client-key.ts';
import { formPayload } from '../lib/enquiries/form-payload.ts';
import type { EnquiryContext, FieldErrors } from '../lib/enquiries/schema.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { SentReceipt } from './enquiry-receipt.ts';

type Validation = typeof import('../lib/enquiries/client-validation.ts') &
  typeof import('./enquiry-receipt.ts');
// The schema brings Zod: loaded when someone starts on the form, not with every product page. The
// receipt comes with it, so it is there after sending even when the connection is gone by then.
let validation: Promise<Validation> | undefined;
const loadValidation = () => {
  validation ??= Promise.all([
    import('../lib/enquiries/client-validation.ts'),
    import('./enquiry-receipt.ts'),
  ]).then(([rules, receipt]) => ({ ...rules, ...receipt }));
  return validation;
};

type Status =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'invalid'; count: number }
  | { kind: 'error'; message: string };

/** Detail of `ocop-enquiry-sent`: the API's receipt (none while queued). */
export interface EnquirySentDetail extends SentReceipt {
  /** Saved by the service worker while offline; it sends the enquiry when the connection returns. */
  queued: boolean;
}

/**
 * @summary Enhances the server-rendered enquiry form it wraps: validates as you type with the
 * shared schema, sends JSON with an Idempotency-Key, shows errors beside their fields in the
 * page's language, keeps what was typed and sends only once per click. Once sent, a form with a
 * [data-enquiry-done] region gives way to the receipt there (focused), with a button to write
 * another; the basket, which has none, shows the receipt itself.
 * @fires ocop-enquiry-sent - After the server stored the enquiry, or the offline queue saved it. Detail: EnquirySentDetail.
 */
export class OcopEnquiryForm extends LitElement {
  static override properties = {
    status: { state: true },
    context: { attribute: false },
  };

  declare status: Status;
  /** What the page knows about its products (the basket: minimum orders). */
  declare context: EnquiryContext;

  #form: HTMLFormElement | null = null;
  #done: HTMLElement | null = null;
  #key = newIdempotencyKey();
  #shownAt = performance.now();
  #touched = new Set<string>();
  #submitted = false;
  #serverErrors: FieldErrors = {};
  #clientErrors: FieldErrors = {};
  #busy = false;
  #text: Validation['enquiryText'][Locale] | undefined;

  constructor() {
    super();
    this.status = { kind: 'idle' };
    this.context = {};
  }

  /** Renders the status line into the form's own live region; the rest is the server's HTML. */
  protected override createRenderRoot() {
    return this.querySelector<HTMLElement>('[data-enquiry-status]') ?? this;
  }

  get #locale(): Locale {
    return document.documentElement.lang === 'en' ? 'en' : 'vi';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#form = this.querySelector('form');
    this.#done = this.querySelector('[data-enquiry-done]');
    const form = this.#form;
    if (!form) return;
    form.noValidate = true;
    // A key the server rendered (the result page) identifies this same enquiry: keep it.
    const rendered = form.elements.namedItem('idempotencyKey');
    if (rendered instanceof HTMLInputElement && rendered.value) this.#key = rendered.value;
    form.addEventListener('submit', this.#onSubmit);
    form.addEventListener('input', this.#onInput);
    form.addEventListener('focusout', this.#onFocusOut);
    form.addEventListener('focusin', loadValidation, { once: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form?.removeEventListener('input', this.#onInput);
    this.#form?.removeEventListener('focusout', this.#onFocusOut);
  }

  #payload(): Record<string, unknown> {
    const form = this.#form as HTMLFormElement;
    const payload = formPayload(form, new Set(['idempotencyKey']));
    payload.fillTime = Math.round(performance.now() - this.#shownAt);
    return payload;
  }

  #pathOf(target: EventTarget | null): string | undefined {
    if (!(target instanceof HTMLElement)) return undefined;
    const name = target.getAttribute('name');
    if (name === 'email' || name === 'phone') return 'contact';
    return name ?? undefined;
  }

  #onInput = (event: Event) => {
    const path = this.#pathOf(event.target);
    const name = event.target instanceof HTMLElement ? event.target.getAttribute('name') : null;
    if (name) delete this.#serverErrors[name];
    if (path) delete this.#serverErrors[path];
    // Any change may clear an error shown elsewhere (a sample ticked lifts the minimum order).
    if (path && (this.#submitted || this.#touched.size > 0)) void this.#validate();
  };

  #onFocusOut = (event: FocusEvent) => {
    const path = this.#pathOf(event.target);
    if (!path) return;
    // Email and phone are one question: judge it once focus has left both.
    if (
      path === 'contact' &&
      event.relatedTarget instanceof HTMLElement &&
      this.#pathOf(event.relatedTarget) === 'contact'
    ) {
      return;
    }
    for (const touched of path === 'contact' ? ['contact', 'email', 'phone'] : [path])
      this.#touched.add(touched);
    void this.#validate();
  };

  async #validate(): Promise<number> {
    const { parseEnquiry } = await loadValidation();
    const result = parseEnquiry(this.#payload(), this.context);
    this.#clientErrors = result.ok ? {} : result.errors;
    return this.#showErrors();
  }

  /** Writes each shown error into its slot and marks its controls; returns how many are shown. */
  async #showErrors(): Promise<number> {
    const { errorText } = await loadValidation();
    const form = this.#form as HTMLFormElement;
    const errors = { ...this.#clientErrors, ...this.#serverErrors };
    let count = 0;
    for (const slot of Array.from(form.querySelectorAll<HTMLElement>('[data-error-for]'))) {
      const path = slot.dataset.errorFor ?? '';
      const error = errors[path];
      const shown = error && (this.#submitted || this.#touched.has(path) || path in this.#serverErrors);
      slot.textContent = shown ? errorText(this.#locale, error) : '';
      if (shown) count++;
      for (const control of this.#controlsOf(path)) {
        if (shown) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
    }
    return count;
  }

  #controlsOf(path: string): HTMLElement[] {
    const form = this.#form as HTMLFormElement;
    if (path === 'contact') {
      return ['email', 'phone'].flatMap((n) => {
        const c = form.elements.namedItem(n);
        return c instanceof HTMLElement ? [c] : [];
      });
    }
    const control = form.elements.namedItem(path);
    return control instanceof HTMLElement ? [control] : [];
  }

  #focusFirstError() {
    const form = this.#form as HTMLFormElement;
    const slot = Array.from(form.querySelectorAll<HTMLElement>('[data-error-for]')).find(
      (s) => s.textContent,
    );
    const control = slot && this.#controlsOf(slot.dataset.errorFor ?? '')[0];
    (control ?? slot)?.focus();
  }

  #onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    // Set before any await: a second click while this one is in flight does nothing.
    if (this.#busy) return;
    this.#busy = true;
    const form = this.#form as HTMLFormElement;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      this.#text = (await loadValidation()).enquiryText[this.#locale];
      this.#submitted = true;
      this.status = { kind: 'sending' };
      const count = await this.#validate();
      if (count > 0) {
        this.status = { kind: 'invalid', count };
        this.#focusFirstError();
        return;
      }
      await this.#send(form);
    } finally {
      this.#busy = false;
      if (button) button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  };

  async #send(form: HTMLFormElement) {
    const text = (await loadValidation()).enquiryText[this.#locale];
    const answer = await postKeyed<
      SentReceipt & { queued: boolean; message: string; fields: FieldErrors; error: string }
    >(form.action, this.#key, this.#payload());
    if (!answer) {
      // Nothing reached the server (or its answer was lost): the same key makes a retry safe.
      this.status = { kind: 'error', message: text.offline };
      return;
    }
    const { status, body } = answer;
    if (status === 201 || (status === 202 && body.queued)) {
      const detail: EnquirySentDetail = {
        enquiries: body.enquiries ?? [],
        confirmationMail: body.confirmationMail === true,
        ...(body.trackingUrl ? { trackingUrl: body.trackingUrl } : {}),
        queued: status === 202,
      };
      this.status = { kind: 'idle' };
      form.reset();
      this.#key = newIdempotencyKey();
      this.#shownAt = performance.now();
      this.#submitted = false;
      this.#touched.clear();
      this.#clientErrors = {};
      this.#serverErrors = {};
      await this.#showErrors();
      await this.#showDone(detail);
      this.dispatchEvent(new CustomEvent<EnquirySentDetail>('ocop-enquiry-sent', { detail, bubbles: true }));
      return;
    }
    if (status === 400 && body.fields) {
      this.#serverErrors = body.fields;
      const count = await this.#showErrors();
      // Errors with no field on this form (a tampered or outdated page) are told as a whole.
      this.status =
        count > 0 ? { kind: 'invalid', count } : { kind: 'error', message: body.message ?? text.unavailable };
      this.#focusFirstError();
      return;
    }
    // A key used before for other content: this is a new enquiry, give it a new key.
    if (body.error === 'keyReused') this.#key = newIdempotencyKey();
    this.status = { kind: 'error', message: body.message ?? text.unavailable };
  }

  /** The receipt instead of the emptied form, so no Send button waits under a cleared form. */
  async #showDone(detail: EnquirySentDetail) {
    const done = this.#done;
    const form = this.#form;
    const text = this.#text;
    if (!done || !form || !text) return;
    const { receiptTemplate } = await loadValidation();
    const again = () => {
      done.hidden = true;
      form.hidden = false;
      form.querySelector<HTMLElement>('input:not([type="hidden"]), select')?.focus();
    };
    render(
      html`${detail.queued ? html`<p>${text.queued}</p>` : receiptTemplate(detail, this.#locale)}
        <button type="button" class="button" @click=${again}>${text.sendAnother}</button>`,
      done,
    );
    form.hidden = true;
    done.hidden = false;
    done.focus();
  }

  protected override render() {
    const s = this.status;
    if (this.renderRoot instanceof HTMLElement) {
      this.renderRoot.dataset.tone = s.kind === 'invalid' || s.kind === 'error' ? 'error' : 'info';
    }
    const text = this.#text;
    if (!text) return nothing;
    switch (s.kind) {
      case 'sending':
        return text.sending;
      case 'invalid':
        return text.fixErrors(s.count);
      case 'error':
        return s.message;
      default:
        return nothing;
    }
  }
}

customElements.define('ocop-enquiry-form', OcopEnquiryForm);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-enquiry-form': OcopEnquiryForm;
  }
}
