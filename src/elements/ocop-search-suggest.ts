import { html, LitElement, nothing } from 'lit';

/** What the element reads of the API's hits (GET /api/search). */
interface Suggestion {
  url: string;
  name: string;
  nameLang: string;
  producer: string;
  /** null once the certificate has lapsed: then only its status is shown. */
  stars: number | null;
  status: string;
  statusLabel: string;
  highlight: { name: { text: string; match?: true }[] };
}

/**
 * Product suggestions under the header search box, as an ARIA combobox (APG "list autocomplete"):
 * the box keeps focus, ↑/↓ move through the suggestions (aria-activedescendant), Enter opens the
 * chosen product, Escape closes the list (or clears the box), and the last option is the full
 * search. When no product matches every word, the API answers with close matches: the list says
 * so (a visible heading, and the listbox's name). The server-rendered GET form inside stays as it
 * is, so Enter without a choice — or no JavaScript at all — goes to the search page. Loaded only
 * when the box first gets focus.
 *
 * @summary Header search box with product suggestions as you type.
 * @fires ocop-suggestions - suggestions are shown; `detail: { count: number }`
 */
export class OcopSearchSuggest extends LitElement {
  static override properties = {
    api: { type: String },
    locale: { type: String },
    /** Text of the last option; `{q}` stands for the query. */
    seeAllLabel: { type: String, attribute: 'see-all-label' },
    /** Announced when suggestions change; `{n}` stands for their number. */
    countLabel: { type: String, attribute: 'count-label' },
    noneLabel: { type: String, attribute: 'none-label' },
    /** A star rating in words; `{n}` stands for the number. */
    starsLabel: { type: String, attribute: 'stars-label' },
    listLabel: { type: String, attribute: 'list-label' },
    /** Heading and name of the list when it holds close matches. */
    closeLabel: { type: String, attribute: 'close-label' },
    limit: { type: Number },
    _items: { state: true },
    _close: { state: true },
    _active: { state: true },
    _open: { state: true },
  };

  declare api: string;
  declare locale: string;
  declare seeAllLabel: string;
  declare countLabel: string;
  declare noneLabel: string;
  declare starsLabel: string;
  declare listLabel: string;
  declare closeLabel: string;
  declare limit: number;
  declare _items: Suggestion[];
  declare _close: boolean;
  declare _active: number;
  declare _open: boolean;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  #query = '';
  #listId = `${this.localName}-list`;

  constructor() {
    super();
    this.api = '/api/search';
    this.locale = 'vi';
    this.seeAllLabel = '{q}';
    this.countLabel = '{n}';
    this.noneLabel = '';
    this.starsLabel = '{n}★';
    this.listLabel = '';
    this.closeLabel = '';
    this.limit = 6;
    this._items = [];
    this._close = false;
    this._active = -1;
    this._open = false;
  }

  override createRenderRoot() {
    return this;
  }

  get #input() {
    return this.querySelector<HTMLInputElement>('input[type="search"]');
  }

  override connectedCallback() {
    super.connectedCallback();
    const input = this.#input;
    if (!input) return;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.#listId);
    input.addEventListener('input', this.#onInput);
    input.addEventListener('keydown', this.#onKeydown);
    input.addEventListener('blur', this.#onBlur);
    // Typed before this module arrived: suggest for it now.
    if (document.activeElement === input && input.value.trim()) this.#schedule(0);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    const input = this.#input;
    input?.removeEventListener('input', this.#onInput);
    input?.removeEventListener('keydown', this.#onKeydown);
    input?.removeEventListener('blur', this.#onBlur);
    clearTimeout(this.#timer);
    this.#controller?.abort();
  }

  /** Options: the suggestions, then "see all results". */
  get #optionCount() {
    return this._items.length + 1;
  }

  #seeAllUrl() {
    const form = this.#input?.form;
    const url = new URL(form?.action ?? location.href);
    url.searchParams.set('q', this.#query);
    return url.href;
  }

  #onInput = () => this.#schedule(150);

  #schedule(delay: number) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#fetch(), delay);
  }

  async #fetch() {
    const query = this.#input?.value.trim() ?? '';
    this.#controller?.abort();
    if (query.length < 2) {
      this.#close();
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    const url = new URL(this.api, location.href);
    url.search = new URLSearchParams({
      q: query,
      locale: this.locale,
      hitsPerPage: String(this.limit),
    }).toString();
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(String(response.status));
      const { hits, closeMatches } = (await response.json()) as { hits: Suggestion[]; closeMatches: boolean };
      this.#query = query;
      this._items = hits;
      this._close = closeMatches && hits.length > 0;
      this._active = -1;
      this._open = true;
      this.dispatchEvent(
        new CustomEvent('ocop-suggestions', { detail: { count: hits.length }, bubbles: true }),
      );
    } catch (error) {
      // Stale (aborted) or failed: the box still submits to the search page.
      if ((error as Error).name !== 'AbortError') this.#close();
    }
  }

  #close() {
    this._open = false;
    this._active = -1;
  }

  #onBlur = () => {
    // Clicks on options keep the focus (pointerdown is cancelled), so a blur means leaving.
    this.#close();
  };

  #onKeydown = (event: KeyboardEvent) => {
    const count = this.#optionCount;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!this._open) {
          if (this.#query) this._open = true;
          else return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this._active = this._active < 0 && step < 0 ? count - 1 : (this._active + step + count) % count;
        event.preventDefault();
        return;
      }
      case 'Enter':
        if (this._open && this._active >= 0) {
          event.preventDefault();
          this.#choose(this._active);
        }
        return;
      case 'Escape':
        if (this._open) this.#close();
        else if (this.#input) this.#input.value = '';
        event.preventDefault();
        return;
      case 'Tab':
        this.#close();
        return;
    }
  };

  #choose(index: number) {
    location.assign(this._items[index]?.url ?? this.#seeAllUrl());
  }

  override updated() {
    const input = this.#input;
    if (!input) return;
    input.setAttribute('aria-expanded', String(this._open));
    if (this._open && this._active >= 0)
      input.setAttribute('aria-activedescendant', this.#optionId(this._active));
    else input.removeAttribute('aria-activedescendant');
  }

  #optionId(index: number) {
    return `${this.#listId}-${index}`;
  }

  #announcement() {
    if (!this._open) return '';
    if (this._items.length === 0) return this.noneLabel;
    const count = this.countLabel.replace('{n}', String(this._items.length));
    return this._close ? `${this.closeLabel}. ${count}` : count;
  }

  #meta(item: Suggestion) {
    return [
      item.stars === null ? undefined : this.starsLabel.replace('{n}', String(item.stars)),
      item.status === 'valid' ? undefined : item.statusLabel,
      item.producer,
    ]
      .filter(Boolean)
      .join(' · ');
  }

  override render() {
    const items = this._items;
    return html`
      <ul
        id=${this.#listId}
        class="suggestions"
        role="listbox"
        aria-label=${this._close ? this.closeLabel : this.listLabel}
        ?hidden=${!this._open}
        @pointerdown=${(event: Event) => event.preventDefault()}
      >
        ${this._close ? html`<li class="suggestion-heading" role="presentation" aria-hidden="true">${this.closeLabel}</li>` : nothing}
        ${items.map(
          (item, i) => html`
            <li id=${this.#optionId(i)} role="option" aria-selected=${String(i === this._active)} @click=${() => this.#choose(i)}>
              <span class="suggestion-name" lang=${item.nameLang}
                >${item.highlight.name.map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text))}</span
              >
              <span class="suggestion-meta">${this.#meta(item)}</span>
            </li>
          `,
        )}
        <li
          id=${this.#optionId(items.length)}
          role="option"
          class="suggestion-all"
          aria-selected=${String(this._active === items.length)}
          @click=${() => this.#choose(items.length)}
        >
          ${this.seeAllLabel.replace('{q}', this.#query)}
        </li>
      </ul>
      <p class="visually-hidden" role="status">${this.#announcement() || nothing}</p>
    `;
  }
}

if (!customElements.get('ocop-search-suggest'))
  customElements.define('ocop-search-suggest', OcopSearchSuggest);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-search-suggest': OcopSearchSuggest;
  }
}
