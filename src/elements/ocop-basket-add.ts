import { html, LitElement, nothing } from 'lit';
import {
  addToBasket,
  type BasketProduct,
  onBasketChange,
  readBasket,
} from '../lib/enquiries/basket-store.ts';

/**
 * @summary "Add to enquiry": puts the product (described by the server in data-product) in the
 * basket kept on this device, then offers a link to the basket. Renders nothing without
 * JavaScript, where the basket cannot work; the page's own enquiry form still does.
 * @fires ocop-basket-change - On window, after the basket changed (from the basket store).
 */
export class OcopBasketAdd extends LitElement {
  static override properties = {
    inBasket: { state: true },
    count: { state: true },
  };

  declare inBasket: boolean;
  declare count: number;
  #product: BasketProduct | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    this.inBasket = false;
    this.count = 0;
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    try {
      this.#product = JSON.parse(this.dataset.product ?? '') as BasketProduct;
    } catch {
      this.#product = undefined;
    }
    this.#sync();
    this.#unsubscribe = onBasketChange(this.#sync);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  #sync = () => {
    const items = readBasket();
    this.count = items.length;
    this.inBasket = items.some((i) => i.slug === this.#product?.slug);
  };

  #add = async () => {
    if (!this.#product) return;
    addToBasket(this.#product);
    await this.updateComplete;
    // The button is gone: move focus to what replaced it.
    this.querySelector<HTMLAnchorElement>('a')?.focus();
  };

  protected override render() {
    if (!this.#product) return nothing;
    const { labelAdd = '', labelAdded = '', labelView = '', basket = '', name = '' } = this.dataset;
    if (!this.inBasket) {
      // Cards repeat the label: the product name tells the buttons apart for screen readers.
      return html`<button type="button" class="button" aria-label=${`${labelAdd}: ${name}`} @click=${this.#add}>
        ${labelAdd}
      </button>`;
    }
    return html`<span>✓ ${labelAdded}</span> · <a href=${basket}>${labelView.replace('{n}', String(this.count))}</a>`;
  }
}

customElements.define('ocop-basket-add', OcopBasketAdd);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-basket-add': OcopBasketAdd;
  }
}
