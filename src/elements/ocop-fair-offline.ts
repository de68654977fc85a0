import { html, LitElement, nothing } from 'lit';
import type { FromWorker, ToWorker } from '../lib/fairs/sw/messages.ts';
import { fairElementText } from '../lib/i18n/fairs.ts';
import { isLocale } from '../lib/i18n/locales.ts';

type SaveState = 'saving' | 'ready' | 'failed' | 'unsupported';

/** How often the site is asked whether it answers: fair wifi often has a signal but no way out. */
const PROBE_MS = 30_000;

/**
 * @summary Makes a fair usable without a connection: registers the service worker, asks it to keep
 * this fair's pages, images and search index on the device, and says, in words, whether the device
 * is online, whether the fair is saved, and how many enquiries are waiting to be sent.
 * When the connection returns it asks the worker to send the waiting enquiries.
 *
 * After a site update the new worker takes over at once; a kiosk then reloads at its next idle
 * reset (`ocop-kiosk-reset`), so it never shows a mix of the old and the new build.
 *
 * "Online" means the site answers, not only that the device has a network (navigator.onLine is
 * true on a wifi that leads nowhere): the element asks the server every 30 s and at every change.
 *
 * State for styling and tests: `data-online` ("true"/"false") and `data-state`
 * (saving, ready, failed, unsupported) on the element.
 */
export class OcopFairOffline extends LitElement {
  static override properties = {
    fair: { attribute: 'data-fair' },
    worker: { attribute: 'data-worker' },
    online: { state: true },
    state: { state: true },
    pages: { state: true },
    pending: { state: true },
    sent: { state: true },
    refused: { state: true },
  };

  declare fair: string;
  declare worker: string;
  declare online: boolean;
  declare state: SaveState;
  declare pages: number;
  declare pending: number;
  declare sent: number;
  declare refused: number;

  #probeTimer: ReturnType<typeof setInterval> | undefined;
  /** A newer worker replaced the one this page started with. */
  #updated = false;

  constructor() {
    super();
    this.fair = '';
    this.worker = '';
    this.online = navigator.onLine;
    this.state = 'saving';
    this.pages = 0;
    this.pending = 0;
    this.sent = 0;
    this.refused = 0;
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('online', this.#onConnection);
    window.addEventListener('offline', this.#onConnection);
    void this.#probe();
    this.#probeTimer = setInterval(() => void this.#probe(), PROBE_MS);
    if (!('serviceWorker' in navigator)) {
      this.state = 'unsupported';
      return;
    }
    navigator.serviceWorker.addEventListener('message', this.#onMessage);
    if (navigator.serviceWorker.controller) {
      navigator.serviceWorker.addEventListener('controllerchange', this.#onUpdate);
    }
    document.addEventListener('ocop-kiosk-reset', this.#onKioskReset);
    void this.#register();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onConnection);
    window.removeEventListener('offline', this.#onConnection);
    clearInterval(this.#probeTimer);
    document.removeEventListener('ocop-kiosk-reset', this.#onKioskReset);
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.removeEventListener('message', this.#onMessage);
      navigator.serviceWorker.removeEventListener('controllerchange', this.#onUpdate);
    }
  }

  async #register() {
    try {
      await navigator.serviceWorker.register(this.worker, { scope: '/' });
      void this.#post({ type: 'cache-fair', fair: this.fair });
      // Sends what an earlier visit left in the outbox, and reports how much is waiting.
      void this.#post({ type: 'replay' });
    } catch {
      this.state = 'failed';
    }
  }

  async #post(message: ToWorker) {
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage(message);
  }

  /** A request the service worker lets through to the network: does the site answer? */
  async #probe() {
    const reachable =
      navigator.onLine &&
      (await fetch(this.worker, { method: 'HEAD', cache: 'no-store' }).then(
        (response) => response.ok,
        () => false,
      ));
    const cameBack = reachable && !this.online;
    this.online = reachable;
    if (cameBack) this.#onReconnect();
  }

  #onConnection = () => {
    // Going offline is certain at once; coming back is only believed once the site answers.
    if (!navigator.onLine) this.online = false;
    void this.#probe();
  };

  #onReconnect() {
    if (!('serviceWorker' in navigator)) return;
    void this.#post({ type: 'replay' });
    // A fair that could not be saved while offline gets another chance now.
    if (this.state === 'failed') {
      this.state = 'saving';
      void this.#post({ type: 'cache-fair', fair: this.fair });
    }
  }

  #onUpdate = () => {
    this.#updated = true;
  };

  #onKioskReset = () => {
    if (this.#updated) location.reload();
  };

  #onMessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'fair-ready' && message.fair === this.fair) {
      this.state = 'ready';
      this.pages = message.pages;
    } else if (message.type === 'fair-failed' && message.fair === this.fair) {
      this.state = 'failed';
    } else if (message.type === 'outbox') {
      this.pending = message.pending;
      this.sent = message.sent;
      this.refused = message.refused;
    }
  };

  protected override updated() {
    this.dataset.online = String(this.online);
    this.dataset.state = this.state;
  }

  protected override render() {
    const lang = document.documentElement.lang;
    const text = fairElementText[isLocale(lang) ? lang : 'vi'];
    const saved = {
      saving: text.saving,
      ready: text.ready(this.pages),
      failed: text.failed,
      unsupported: text.unsupported,
    }[this.state];
    return html`<div role="status"><ul>
      <li class="net" data-online=${String(this.online)}>
        <span class="net-dot" aria-hidden="true">${this.online ? '●' : '○'}</span>
        <span>${this.online ? text.online : text.offline}</span>
      </li>
      <li class="saved" data-state=${this.state}>${saved}</li>
      ${this.pending > 0 ? html`<li class="outbox">${text.pending(this.pending)}</li>` : nothing}
      ${this.sent > 0 ? html`<li class="outbox">${text.sent(this.sent)}</li>` : nothing}
      ${this.refused > 0 ? html`<li class="outbox">${text.refused(this.refused)}</li>` : nothing}
    </ul></div>`;
  }
}

customElements.define('ocop-fair-offline', OcopFairOffline);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-fair-offline': OcopFairOffline;
  }
}
