import { html, LitElement, nothing } from 'lit';
import type { ResponseFigures } from '../lib/enquiries/response-figures.ts';
import { describeResponseFigures } from '../lib/format/response-figures.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { responseFigureText } from '../lib/i18n/response-figures.ts';

/**
 * @summary A producer's response figures on its static pages: fetched from the figures endpoint
 * (`data-src`) as the page loads, so the pages stay static and cacheable while the figures follow
 * the enquiries. Shows nothing until they arrive, or if they cannot be fetched.
 */
export class OcopResponseFigures extends LitElement {
  static override properties = { figures: { state: true } };

  declare figures: ResponseFigures | undefined;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Right away rather than when scrolled to: the section sits below the first screen, where
    // lines appearing move nothing the reader sees.
    if (this.dataset.src && !this.figures) void this.#load(this.dataset.src);
  }

  async #load(src: string) {
    try {
      const response = await fetch(src, { headers: { Accept: 'application/json' } });
      if (response.ok) this.figures = (await response.json()) as ResponseFigures;
    } catch {
      // Figures are extra: without them the page is complete.
    }
  }

  protected override render() {
    if (!this.figures) return nothing;
    const locale: Locale = document.documentElement.lang === 'en' ? 'en' : 'vi';
    return html`<h3>${responseFigureText[locale].heading}</h3>
      ${describeResponseFigures(this.figures, locale).map((line) => html`<p>${line}</p>`)}`;
  }
}

customElements.define('ocop-response-figures', OcopResponseFigures);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-response-figures': OcopResponseFigures;
  }
}
