import { LitElement } from 'lit';

/** Same header as FRAGMENT_HEADER in src/lib/search/search-page.ts (a server module, not imported here). */
const FRAGMENT_HEADER = 'x-ocop-fragment';

/**
 * Search as you type on the search page. It enhances the server-rendered page inside it: the GET
 * form (`[data-search-form]`), the results region (`[data-search-results]`) and a live region
 * (`[data-search-status]`). While you type it asks the same page for just the results region,
 * swaps it in, keeps the address bar, the title and the language switch (`[data-language-switch]`)
 * in step and announces the count; when no product matches every word, the region it receives
 * holds the close matches under their own heading. Without it, the form and the links work as they are.
 *
 * Keys: ↓ from the search box moves to the first result; ↑/↓ move between results, Home/End to
 * the first/last; Escape goes back to the search box.
 *
 * @summary Instant search over the server-rendered search page.
 * @fires ocop-search-results - new results are shown; `detail: { url: string; summary: string }`
 */
export class OcopSearch extends LitElement {
  static override properties = {
    /** Milliseconds to wait after the last keystroke before searching. */
    delay: { type: Number },
  };

  declare delay: number;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;

  constructor() {
    super();
    this.delay = 250;
  }

  // Light DOM: the server-rendered form, labels and links stay what they are.
  override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    this.addEventListener('submit', this.#onSubmit);
    this.addEventListener('keydown', this.#onKeydown);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('change', this.#onChange);
    this.removeEventListener('submit', this.#onSubmit);
    this.removeEventListener('keydown', this.#onKeydown);
    clearTimeout(this.#timer);
    this.#controller?.abort();
  }

  get #form() {
    return this.querySelector<HTMLFormElement>('[data-search-form]');
  }

  get #input() {
    return this.querySelector<HTMLInputElement>('[data-search-input]');
  }

  get #results() {
    return this.querySelector<HTMLElement>('[data-search-results]');
  }

  #links() {
    return [...this.querySelectorAll<HTMLAnchorElement>('[data-search-results] [data-result-link]')];
  }

  #onInput = (event: Event) => {
    if (event.target !== this.#input) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), this.delay);
  };

  #onChange = (event: Event) => {
    if ((event.target as HTMLElement).matches('[data-search-sort]')) void this.#search();
  };

  #onSubmit = (event: SubmitEvent) => {
    if (event.target !== this.#form) return;
    event.preventDefault();
    void this.#search();
  };

  #onKeydown = (event: KeyboardEvent) => {
    const links = this.#links();
    const input = this.#input;
    const at = links.indexOf(event.target as HTMLAnchorElement);
    let next: HTMLElement | undefined;
    if (event.target === input && event.key === 'ArrowDown') next = links[0];
    else if (at >= 0 && event.key === 'ArrowDown') next = links[at + 1];
    else if (at >= 0 && event.key === 'ArrowUp') next = at === 0 ? (input ?? undefined) : links[at - 1];
    else if (at >= 0 && event.key === 'Home') next = links[0];
    else if (at >= 0 && event.key === 'End') next = links.at(-1);
    else if (at >= 0 && event.key === 'Escape') next = input ?? undefined;
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  /** The page URL of the form's current values, without empty fields and defaults. */
  #url(form: HTMLFormElement): URL {
    const url = new URL(form.action);
    for (const [name, value] of new FormData(form)) {
      if (typeof value !== 'string' || value.trim() === '') continue;
      if (name === 'sort' && value === 'relevance') continue;
      url.searchParams.set(name, name === 'q' ? value.replace(/\s+/g, ' ').trimStart() : value);
    }
    return url;
  }

  /** The other language's search page takes the same parameters: it opens the query now shown. */
  #carryToLanguageSwitch(url: URL) {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
      const other = new URL(link.href);
      other.search = url.search;
      link.href = other.href;
    }
  }

  async #search() {
    clearTimeout(this.#timer);
    const form = this.#form;
    const current = this.#results;
    if (!form || !current) return;
    // A newer keystroke wins: the older request is cancelled, its answer never shown.
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const url = this.#url(form);
    current.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(url, {
        headers: { [FRAGMENT_HEADER]: 'results' },
        signal: controller.signal,
      });
      const template = document.createElement('template');
      // The page's own server-rendered HTML (every value escaped there); scripts in it never run.
      template.innerHTML = await response.text();
      const region = template.content.querySelector<HTMLElement>('[data-search-results]');
      if (!region || controller.signal.aborted) return;
      this.#results?.replaceWith(region);
      history.replaceState(history.state, '', url);
      this.#carryToLanguageSwitch(url);
      if (region.dataset.title) document.title = region.dataset.title;
      const summary = region.dataset.summary ?? '';
      const status = this.querySelector('[data-search-status]');
      if (status) status.textContent = summary;
      this.dispatchEvent(
        new CustomEvent('ocop-search-results', { detail: { url: url.href, summary }, bubbles: true }),
      );
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      // Offline or the server is gone: let the browser load the page the ordinary way.
      location.assign(url);
    } finally {
      if (this.#controller === controller) this.#results?.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('ocop-search')) customElements.define('ocop-search', OcopSearch);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-search': OcopSearch;
  }
}
