import { html, LitElement, nothing } from 'lit';
import { vietnamDay } from '../lib/calendar.ts';
import { type FairSearchEntry, searchFair } from '../lib/fairs/search.ts';
import { fairElementText } from '../lib/i18n/fairs.ts';
import { isLocale, type Locale } from '../lib/i18n/locales.ts';
import { paths } from '../lib/paths.ts';

export interface FairSearchPickDetail {
  slug: string;
}

/**
 * @summary Searches the fair's products on the device, from the fair's small JSON index (cached
 * by the service worker, so it works offline), as the visitor types into the server-rendered form.
 * Results link to the product pages; clearing or resetting the form clears them. Keys: ↓ from
 * the search box moves to the first result, ↑/↓ between results, Escape back to the box; Enter
 * opens the result (in the kiosk, its slide).
 *
 * @fires ocop-fair-search-pick - A result was chosen (detail: `{ slug }`). Cancelable: the kiosk
 * cancels it and shows the product's slide instead of leaving the kiosk.
 */
export class OcopFairSearch extends LitElement {
  static override properties = {
    index: { attribute: 'data-index' },
    locale: { attribute: 'data-locale' },
    entries: { state: true },
    query: { state: true },
    failed: { state: true },
  };

  declare index: string;
  declare locale: string;
  declare entries: FairSearchEntry[] | undefined;
  declare query: string;
  declare failed: boolean;

  #form: HTMLFormElement | null = null;
  #input: HTMLInputElement | null = null;

  constructor() {
    super();
    this.index = '';
    this.locale = 'vi';
    this.entries = undefined;
    this.query = '';
    this.failed = false;
  }

  // Light DOM: the server-rendered form, its label and the results stay one document.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#form = this.querySelector('form');
    this.#input = this.querySelector('input[type="search"]');
    this.#form?.removeAttribute('hidden');
    this.#form?.addEventListener('submit', this.#onSubmit);
    this.#form?.addEventListener('reset', this.#onReset);
    this.#input?.addEventListener('input', this.#onInput);
    this.addEventListener('keydown', this.#onKeydown);
    void this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form?.removeEventListener('reset', this.#onReset);
    this.#input?.removeEventListener('input', this.#onInput);
    this.removeEventListener('keydown', this.#onKeydown);
  }

  get #text() {
    const locale: Locale = isLocale(this.locale) ? this.locale : 'vi';
    return fairElementText[locale];
  }

  async #load() {
    try {
      const response = await fetch(this.index);
      if (!response.ok) throw new Error(`${response.status}`);
      this.entries = (await response.json()) as FairSearchEntry[];
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  #onInput = () => {
    this.query = this.#input?.value ?? '';
  };

  #onSubmit = (event: SubmitEvent) => {
    // Offline the site's search page is out of reach: answer here whenever the index is loaded.
    if (!this.entries) return;
    event.preventDefault();
    this.query = this.#input?.value ?? '';
    void this.updateComplete.then(() =>
      this.querySelector<HTMLAnchorElement>('.fair-search-results a')?.focus(),
    );
  };

  #onKeydown = (event: KeyboardEvent) => {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('.fair-search-results a')];
    const at = links.indexOf(event.target as HTMLAnchorElement);
    const input = this.#input ?? undefined;
    let next: HTMLElement | undefined;
    if (event.target === input && event.key === 'ArrowDown') next = links[0];
    else if (at >= 0 && event.key === 'ArrowDown') next = links[at + 1];
    else if (at >= 0 && event.key === 'ArrowUp') next = at === 0 ? input : links[at - 1];
    else if (at >= 0 && event.key === 'Escape') next = input;
    if (!next) return;
    // The kiosk's own keys (slides) do not see it.
    event.preventDefault();
    event.stopPropagation();
    next.focus();
  };

  #onReset = () => {
    this.query = '';
  };

  #pick(event: MouseEvent, slug: string) {
    const pick = new CustomEvent<FairSearchPickDetail>('ocop-fair-search-pick', {
      detail: { slug },
      bubbles: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(pick)) event.preventDefault();
  }

  protected override render() {
    const text = this.#text;
    if (this.failed) return html`<p class="fair-search-status" role="status">${text.indexFailed}</p>`;
    const query = this.query.trim();
    const hits = query && this.entries ? searchFair(this.entries, query, vietnamDay(new Date())) : [];
    const locale: Locale = isLocale(this.locale) ? this.locale : 'vi';
    return html`
      <p class="fair-search-status" role="status">${query && this.entries ? (hits.length ? text.results(hits.length) : text.noResults) : nothing}</p>
      ${
        hits.length
          ? html`<ul class="fair-search-results" role="list">
              ${hits.map(
                (hit) => html`<li>
                  <a href=${paths.product(locale, hit.slug)} data-slug=${hit.slug} @click=${(event: MouseEvent) => this.#pick(event, hit.slug)}>
                    <span lang=${locale === 'en' && hit.nameEn ? 'en' : 'vi'}>${locale === 'en' && hit.nameEn ? hit.nameEn : hit.name}</span>
                    <span class="fair-search-stars"><span aria-hidden="true">${'★'.repeat(hit.stars)}</span><span class="visually-hidden">${text.stars(hit.stars)}</span></span>
                  </a>
                </li>`,
              )}
            </ul>`
          : nothing
      }
    `;
  }
}

customElements.define('ocop-fair-search', OcopFairSearch);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-fair-search': OcopFairSearch;
  }
}
