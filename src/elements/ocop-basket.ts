import { html, LitElement, nothing, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  type BasketItem,
  clearBasket,
  onBasketChange,
  readBasket,
  removeFromBasket,
  updateBasketItem,
} from '../lib/enquiries/basket-store.ts';
import { formatQuantity } from '../lib/format/number.ts';
import { enquiryText } from '../lib/i18n/enquiries.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { pickText } from '../lib/i18n/localize.ts';
import { paths } from '../lib/paths.ts';
import { receiptTemplate } from './enquiry-receipt.ts';
import type { EnquirySentDetail, OcopEnquiryForm } from './ocop-enquiry-form.ts';

/**
 * @summary The basket page: shows the products kept on this device, grouped by the producer
 * each enquiry goes to, with quantity (in the order unit, at least the minimum order), sample,
 * target price and delivery window; the wrapped <ocop-enquiry-form> sends them in one request.
 * Without JavaScript the page says the basket needs it and points to the product forms.
 * @fires ocop-basket-change - On window, after each edit (from the basket store).
 */
export class OcopBasket extends LitElement {
  static override properties = {
    items: { state: true },
  };

  declare items: BasketItem[];
  /** The last sending, shown above the (then empty and hidden) form. */
  #outcome: EnquirySentDetail | undefined;
  #unsubscribe: (() => void) | undefined;
  /** Edits made here are already on screen: re-rendering them would fight the typing. */
  #ownEdit = false;

  constructor() {
    super();
    this.items = [];
  }

  get #locale(): Locale {
    return document.documentElement.lang === 'en' ? 'en' : 'vi';
  }

  get #form(): OcopEnquiryForm | null {
    return this.querySelector('ocop-enquiry-form');
  }

  /** The lines go inside the form, so the form element collects and checks them with the rest. */
  protected override createRenderRoot() {
    return this.querySelector<HTMLElement>('[data-basket-lines]') ?? this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.querySelector<HTMLElement>('[data-basket-nojs]')?.setAttribute('hidden', '');
    this.items = readBasket();
    this.#unsubscribe = onBasketChange(this.#onStoreChange);
    this.addEventListener('input', this.#onEdit);
    this.addEventListener('change', this.#onEdit);
    this.addEventListener('ocop-enquiry-sent', this.#onSent as EventListener);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.removeEventListener('input', this.#onEdit);
    this.removeEventListener('change', this.#onEdit);
    this.removeEventListener('ocop-enquiry-sent', this.#onSent as EventListener);
  }

  #onStoreChange = () => {
    if (this.#ownEdit) return;
    this.items = readBasket();
  };

  #onEdit = (event: Event) => {
    const control = event.target;
    if (!(control instanceof HTMLInputElement)) return;
    const match = /^lines\.(\d+)\.(quantity|sample|targetPrice|deliveryFrom|deliveryTo)$/.exec(control.name);
    const item = match && this.items[Number(match[1])];
    if (!match || !item) return;
    const field = match[2] as 'quantity' | 'sample' | 'targetPrice' | 'deliveryFrom' | 'deliveryTo';
    const value =
      control.type === 'checkbox'
        ? control.checked
        : control.type === 'number'
          ? Number.isNaN(control.valueAsNumber)
            ? undefined
            : control.valueAsNumber
          : control.value || undefined;
    this.#ownEdit = true;
    updateBasketItem(item.slug, { [field]: value });
    this.#ownEdit = false;
  };

  async #remove(item: BasketItem) {
    removeFromBasket(item.slug);
    await this.updateComplete;
    // The button is gone: focus what follows, the first remaining producer or the empty-basket note.
    const next = this.renderRoot.querySelector<HTMLElement>('.basket-producer h2');
    (next ?? this.querySelector<HTMLElement>('[data-basket-message]'))?.focus();
  }

  #onSent = (event: CustomEvent<EnquirySentDetail>) => {
    this.#outcome = event.detail;
    clearBasket();
    this.querySelector<HTMLElement>('[data-basket-message]')?.focus();
  };

  protected override updated() {
    const form = this.#form;
    if (form) {
      form.hidden = this.items.length === 0;
      const items = new Map(this.items.map((i) => [i.slug, i]));
      form.context = {
        minimumOrder: (slug) => {
          const item = items.get(slug);
          return item?.minimum ? { amount: item.minimum, unit: item.unit } : undefined;
        },
        offersSamples: (slug) => items.get(slug)?.samples ?? false,
      };
    }
    const message = this.querySelector<HTMLElement>('[data-basket-message]');
    if (message) render(this.#message(), message);
  }

  /** Above the form: the basket is empty, or what happened to the last sending. */
  #message() {
    const text = enquiryText[this.#locale];
    const outcome = this.#outcome;
    if (outcome?.queued) return html`<p>${text.queued}</p>`;
    if (outcome) return receiptTemplate(outcome, this.#locale);
    if (this.items.length === 0) {
      return html`<p>${text.basketEmpty} <a href=${paths.products(this.#locale)}>${text.browseProducts}</a></p>`;
    }
    return nothing;
  }

  protected override render() {
    const locale = this.#locale;
    const text = enquiryText[locale];
    const groups = Map.groupBy(
      this.items.map((item, index) => ({ item, index })),
      ({ item }) => item.producer.slug,
    );
    return repeat(
      groups,
      ([producer]) => producer,
      ([producer, lines]) => html`
        <section class="basket-producer" aria-labelledby=${`basket-${producer}`}>
          <h2 id=${`basket-${producer}`} tabindex="-1">${text.sendTo}: ${pickText((lines[0] as { item: BasketItem }).item.producer.name, locale)}</h2>
          ${repeat(
            lines,
            ({ item }) => item.slug,
            ({ item, index }) => this.#line(item, index, locale),
          )}
        </section>
      `,
    );
  }

  #line(item: BasketItem, index: number, locale: Locale) {
    const text = enquiryText[locale];
    const name = pickText(item.name, locale);
    const id = (field: string) => `basket-${item.slug}-${field}`;
    const field = (key: string) => `lines.${index}.${key}`;
    const error = (key: string) =>
      html`<p class="enquiry-error" id=${`${id(key)}-error`} data-error-for=${field(key)}></p>`;
    return html`
      <div class="basket-line">
        <h3><a href=${paths.product(locale, item.slug)}>${name}</a></h3>
        <input type="hidden" name=${field('product')} value=${item.slug} />
        ${
          item.samples
            ? html`<div class="enquiry-field basket-sample">
                ${error('sample')}
                <div class="enquiry-check">
                  <input type="checkbox" id=${id('sample')} name=${field('sample')} ?checked=${item.sample ?? false} aria-describedby=${`${id('sample')}-error`} />
                  <label for=${id('sample')}>${text.sample}</label>
                </div>
              </div>`
            : nothing
        }
        <div class="enquiry-field">
          <label for=${id('quantity')}>${text.lineQuantity(item.unit)} <span class="enquiry-required">*</span></label>
          ${
            item.minimum
              ? html`<p class="enquiry-hint" id=${`${id('quantity')}-hint`}>
                  ${text.minimumOrder}: ${formatQuantity({ amount: item.minimum, unit: item.unit }, locale)}
                  ${item.samples ? text.notForSamples : nothing}
                </p>`
              : nothing
          }
          ${error('quantity')}
          <input
            id=${id('quantity')}
            name=${field('quantity')}
            type="number"
            inputmode="decimal"
            min=${item.sample ? 0 : (item.minimum ?? 0)}
            step="any"
            required
            value=${item.quantity ?? ''}
            aria-describedby=${`${item.minimum ? `${id('quantity')}-hint ` : ''}${id('quantity')}-error`}
          />
        </div>
        <div class="enquiry-field">
          <label for=${id('targetPrice')}>${text.targetPrice(item.unit)}</label>
          ${error('targetPrice')}
          <input
            id=${id('targetPrice')}
            name=${field('targetPrice')}
            type="number"
            inputmode="numeric"
            min="1"
            step="1"
            value=${item.targetPrice ?? ''}
            aria-describedby=${`${id('targetPrice')}-error`}
          />
        </div>
        <div class="enquiry-field">
          <label for=${id('deliveryFrom')}>${text.deliveryFrom}</label>
          ${error('deliveryFrom')}
          <input id=${id('deliveryFrom')} name=${field('deliveryFrom')} type="date" value=${item.deliveryFrom ?? ''} aria-describedby=${`${id('deliveryFrom')}-error`} />
        </div>
        <div class="enquiry-field">
          <label for=${id('deliveryTo')}>${text.deliveryTo}</label>
          ${error('deliveryTo')}
          <input id=${id('deliveryTo')} name=${field('deliveryTo')} type="date" value=${item.deliveryTo ?? ''} aria-describedby=${`${id('deliveryTo')}-error`} />
        </div>
        <button type="button" class="basket-remove" aria-label=${`${text.remove}: ${name}`} @click=${() => this.#remove(item)}>
          ${text.remove}
        </button>
      </div>
    `;
  }
}

customElements.define('ocop-basket', OcopBasket);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-basket': OcopBasket;
  }
}
