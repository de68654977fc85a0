import { html, LitElement, nothing } from 'lit';

/**
 * @summary Share the page through the device's own share sheet (Web Share API): where the browser
 * has it, one button replaces the server-rendered Zalo and Facebook links; elsewhere the links stay.
 */
export class OcopShare extends LitElement {
  static override properties = {
    native: { state: true },
  };

  declare native: boolean;

  constructor() {
    super();
    this.native = false;
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    const data = { title: this.dataset.title ?? document.title, url: this.dataset.url ?? location.href };
    this.native = typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true);
    this.querySelector<HTMLElement>('[data-share-links]')?.toggleAttribute('hidden', this.native);
  }

  #share = async () => {
    try {
      await navigator.share({
        title: this.dataset.title ?? document.title,
        url: this.dataset.url ?? location.href,
      });
    } catch {
      // Closed without sharing (AbortError), or the page lost the permission to: nothing to undo.
    }
  };

  protected override render() {
    if (!this.native) return nothing;
    return html`<button type="button" @click=${this.#share}>${this.dataset.label}</button>`;
  }
}

customElements.define('ocop-share', OcopShare);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-share': OcopShare;
  }
}
