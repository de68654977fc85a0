import { html, LitElement, nothing } from 'lit';
import { type BasketItem, onBasketChange, readBasket } from '../lib/enquiries/basket-store.ts';
import {
  type CompareFactKey,
  type CompareFacts,
  type CompareFactsFile,
  compareFactKeys,
} from '../lib/enquiries/comparison.ts';
import { enquiryText } from '../lib/i18n/enquiries.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { pickText } from '../lib/i18n/localize.ts';
import { paths } from '../lib/paths.ts';

/** A product's facts: loading, loaded, or not to be had (offline, or gone from the catalogue). */
type Facts = 'loading' | 'failed' | CompareFactsFile;

/**
 * @summary The basket's products side by side: certificate and validity, capacity, minimum order,
 * lead time, samples, packs, price, certifications, export markets. Facts come from a small file
 * per product that the build writes (paths.compareFacts), fetched only for what is in the basket;
 * the row names come from the page (data-labels, the catalogue's own words). The table scrolls
 * sideways on a phone, inside its own region, and prints. Shown from two products on.
 */
export class OcopBasketCompare extends LitElement {
  static override properties = {
    items: { state: true },
  };

  declare items: BasketItem[];
  #facts = new Map<string, Facts>();
  #unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    this.items = [];
  }

  protected override createRenderRoot() {
    return this;
  }

  get #locale(): Locale {
    return document.documentElement.lang === 'en' ? 'en' : 'vi';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.items = readBasket();
    this.#unsubscribe = onBasketChange(() => {
      this.items = readBasket();
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  protected override updated() {
    for (const item of this.items) if (!this.#facts.has(item.slug)) void this.#load(item.slug);
  }

  async #load(slug: string) {
    this.#facts.set(slug, 'loading');
    try {
      const response = await fetch(paths.compareFacts(slug));
      this.#facts.set(slug, response.ok ? ((await response.json()) as CompareFactsFile) : 'failed');
    } catch {
      this.#facts.set(slug, 'failed');
    }
    this.requestUpdate();
  }

  #factsOf(slug: string): CompareFacts | undefined {
    const facts = this.#facts.get(slug);
    return typeof facts === 'object' ? facts[this.#locale] : undefined;
  }

  protected override render() {
    if (this.items.length < 2) return nothing;
    const locale = this.#locale;
    const text = enquiryText[locale];
    let labels: Partial<Record<CompareFactKey, string>> = {};
    try {
      labels = JSON.parse(this.dataset.labels ?? '{}');
    } catch {
      // The page's own attribute: without it the rows are named by nothing, not broken.
    }
    // A row nobody has a value for (no HS codes among these products) says nothing: left out.
    const rows = compareFactKeys.filter((key) => this.items.some((item) => this.#factsOf(item.slug)?.[key]));
    const failed = this.items.some((item) => this.#facts.get(item.slug) === 'failed');
    // One landmark: the scrolling region, named by the heading (a section around it would be a second).
    return html`<div class="basket-compare">
      <h2 id="basket-compare-title">${text.compareTitle}</h2>
      ${failed ? html`<p>${text.compareUnavailable}</p>` : nothing}
      <div class="compare-scroll" role="region" aria-labelledby="basket-compare-title" tabindex="0">
        <table class="compare">
          <thead>
            <tr>
              <td></td>
              ${this.items.map(
                (item) => html`<th scope="col">
                  <a href=${paths.product(locale, item.slug)}>${pickText(item.name, locale)}</a>
                  <span class="compare-producer">${pickText(item.producer.name, locale)}</span>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (key) => html`<tr>
                <th scope="row">${labels[key] ?? key}</th>
                ${this.items.map((item) => html`<td>${this.#factsOf(item.slug)?.[key] ?? '–'}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }
}

customElements.define('ocop-basket-compare', OcopBasketCompare);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-basket-compare': OcopBasketCompare;
  }
}
