import { html, LitElement, nothing } from 'lit';
import { newIdempotencyKey, postKeyed } from '../lib/enquiries/client-key.ts';
import type { FieldErrors } from '../lib/enquiries/schema.ts';
import { fold } from '../lib/fairs/fold.ts';
import type { ToWorker } from '../lib/fairs/sw/messages.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { paths } from '../lib/paths.ts';

type Rules = typeof import('../lib/fairs/leads/schema.ts') &
  typeof import('../lib/i18n/enquiries.ts') &
  typeof import('../lib/i18n/leads.ts');
// The schema brings Zod: its own chunk, loaded as the page opens (while there is a connection).
let rules: Promise<Rules> | undefined;
const loadRules = () => {
  rules ??= Promise.all([
    import('../lib/fairs/leads/schema.ts'),
    import('../lib/i18n/enquiries.ts'),
    import('../lib/i18n/leads.ts'),
  ]).then(([schema, enquiries, leads]) => ({ ...schema, ...enquiries, ...leads }));
  return rules;
};

interface SentEnquiry {
  id: string;
  producerName: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'invalid'; count: number }
  | { kind: 'saved'; enquiries: SentEnquiry[] }
  | { kind: 'queued' }
  | { kind: 'error'; message: string };

/**
 * @summary Enhances the server-rendered lead form of a fair's booth for the tablet: filters the
 * products by name without diacritics, checks the form with the shared schema, sends it as JSON
 * with the key the tablet made (the service worker it registers queues it while offline and
 * sends it, with the same key, when the connection returns), then clears the form for the next
 * visitor and says where the enquiries went.
 */
export class OcopLeadForm extends LitElement {
  static override properties = { status: { state: true } };

  declare status: Status;

  #form: HTMLFormElement | null = null;
  #filter: HTMLInputElement | null = null;
  #busy = false;
  #text: Rules['leadText'][Locale] | undefined;

  constructor() {
    super();
    this.status = { kind: 'idle' };
  }

  /** Renders the status into the form's own live region; the rest is the server's HTML. */
  protected override createRenderRoot() {
    return this.querySelector<HTMLElement>('[data-lead-status]') ?? this;
  }

  get #locale(): Locale {
    return this.dataset.locale === 'en' ? 'en' : 'vi';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#form = this.querySelector('form');
    const form = this.#form;
    if (!form) return;
    form.noValidate = true;
    form.addEventListener('submit', this.#onSubmit);
    void loadRules();
    const filter = this.querySelector<HTMLElement>('[data-product-filter]');
    this.#filter = filter?.querySelector('input') ?? null;
    if (filter && this.#filter) {
      filter.hidden = false;
      this.#filter.addEventListener('input', this.#onFilter);
    }
    window.addEventListener('online', this.#onOnline);
    // Leads noted offline wait in the service worker's outbox: it must be there before the first one.
    if ('serviceWorker' in navigator)
      void navigator.serviceWorker.register(paths.serviceWorker, { scope: '/' });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#filter?.removeEventListener('input', this.#onFilter);
    window.removeEventListener('online', this.#onOnline);
  }

  #onOnline = () => {
    void navigator.serviceWorker?.ready.then((registration) =>
      registration.active?.postMessage({ type: 'replay' } satisfies ToWorker),
    );
  };

  /** Shows the products whose name holds every word typed, accents or not; ticked ones stay. */
  #onFilter = () => {
    const words = fold(this.#filter?.value ?? '')
      .split(' ')
      .filter(Boolean);
    let shown = 0;
    for (const item of Array.from(this.querySelectorAll<HTMLElement>('li[data-fold]'))) {
      const ticked = item.querySelector('input')?.checked === true;
      const name = item.dataset.fold ?? '';
      item.hidden = !ticked && !words.every((w) => name.includes(w));
      if (!item.hidden) shown++;
    }
    const none = this.querySelector<HTMLElement>('[data-no-match]');
    if (none) none.hidden = shown > 0;
  };

  /** The form as the server reads a plain post of it, with the time staff noted the visitor. */
  #payload(form: HTMLFormElement, { leadFormFields }: Rules): Record<string, unknown> {
    const fields = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') fields.append(name, value);
    return { ...leadFormFields(fields), capturedAt: new Date().toISOString() };
  }

  /** Writes each error into its slot (a product's error into the list's); returns how many. */
  async #showErrors(errors: FieldErrors): Promise<number> {
    const { errorText } = await loadRules();
    const form = this.#form as HTMLFormElement;
    const bySlot = new Map<string, FieldErrors[string]>();
    for (const [path, error] of Object.entries(errors)) bySlot.set(path.split('.')[0] ?? path, error);
    let count = 0;
    for (const slot of Array.from(form.querySelectorAll<HTMLElement>('[data-error-for]'))) {
      const error = bySlot.get(slot.dataset.errorFor ?? '');
      slot.textContent = error ? errorText(this.#locale, error) : '';
      if (error) count++;
    }
    for (const control of Array.from(form.querySelectorAll<HTMLElement>('input, select'))) {
      const name = control.getAttribute('name') ?? '';
      const invalid = bySlot.has(name) || (bySlot.has('contact') && (name === 'phone' || name === 'email'));
      if (invalid) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    return count;
  }

  #onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    // Set before any await: a second tap while this one is in flight does nothing.
    if (this.#busy) return;
    this.#busy = true;
    const form = this.#form as HTMLFormElement;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      const loaded = await loadRules();
      this.#text = loaded.leadText[this.#locale];
      const payload = this.#payload(form, loaded);
      const products = new Set(
        Array.from(form.querySelectorAll<HTMLInputElement>('input[name="products"]'), (i) => i.value),
      );
      const parsed = loaded.parseLead(payload, (slug) => products.has(slug));
      const count = await this.#showErrors(parsed.ok ? {} : parsed.errors);
      if (count > 0) {
        this.status = { kind: 'invalid', count };
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        return;
      }
      this.status = { kind: 'sending' };
      await this.#send(form, payload);
    } finally {
      this.#busy = false;
      if (button) button.disabled = false;
    }
  };

  async #send(form: HTMLFormElement, payload: Record<string, unknown>) {
    const { refusalText } = await loadRules();
    const answer = await postKeyed<{
      queued: boolean;
      enquiries: SentEnquiry[];
      fields: FieldErrors;
      message: string;
    }>(form.action, String(payload.idempotencyKey), payload);
    if (!answer) {
      // No service worker to queue it: nothing is lost, the form keeps it and its key.
      this.status = { kind: 'error', message: refusalText(this.#locale, 'unavailable') };
      return;
    }
    const { status, body } = answer;
    if (status >= 200 && status < 300) {
      this.#clear(form);
      this.status =
        status === 202 && body.queued
          ? { kind: 'queued' }
          : { kind: 'saved', enquiries: body.enquiries ?? [] };
      return;
    }
    if (status === 400 && body.fields) {
      const count = await this.#showErrors(body.fields);
      this.status = count > 0 ? { kind: 'invalid', count } : { kind: 'error', message: body.message ?? '' };
      return;
    }
    this.status = { kind: 'error', message: body.message ?? refusalText(this.#locale, 'unavailable') };
  }

  /** Ready for the next visitor: empty fields, all products shown, a new key. */
  #clear(form: HTMLFormElement) {
    const language = form.querySelector<HTMLSelectElement>('select[name="locale"]')?.value;
    form.reset();
    const select = form.querySelector<HTMLSelectElement>('select[name="locale"]');
    if (select && language) select.value = language;
    for (const input of Array.from(
      form.querySelectorAll<HTMLInputElement>(
        'input[type="text"], input[type="tel"], input[type="email"], input[type="search"]',
      ),
    ))
      input.value = '';
    for (const box of Array.from(form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')))
      box.checked = false;
    const key = form.querySelector<HTMLInputElement>('input[name="idempotencyKey"]');
    if (key) key.value = newIdempotencyKey();
    this.#onFilter();
    form.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
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
        return text.saving;
      case 'invalid':
        return text.fixErrors(s.count);
      case 'queued':
        return text.queued;
      case 'saved':
        return html`${text.savedTo}
          <ul data-lead-sent>
            ${s.enquiries.map(
              (e) => html`<li><a href=${paths.admin.enquiry(e.id)}>${e.id}</a> · ${e.producerName}</li>`,
            )}
          </ul>`;
      case 'error':
        return s.message;
      default:
        return nothing;
    }
  }
}

customElements.define('ocop-lead-form', OcopLeadForm);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-lead-form': OcopLeadForm;
  }
}
