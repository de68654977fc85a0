import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { vietnamDay } from '../lib/calendar.ts';
import { isCurrent, statusOn } from '../lib/content/certificate-status.ts';
import { fairElementText } from '../lib/i18n/fairs.ts';
import { isLocale } from '../lib/i18n/locales.ts';
import type { FairSearchPickDetail } from './ocop-fair-search.ts';

const SECONDS_MIN = 1;
const SECONDS_MAX = 86_400;
/** A horizontal drag longer than this is a swipe to the next or previous slide. */
const SWIPE_PX = 50;

/** Seconds from `?name=` (staff and tests shorten the timings without a rebuild), else the attribute. */
function seconds(name: string, fallback: number): number {
  const value = Number(new URLSearchParams(location.search).get(name) ?? Number.NaN);
  return Number.isFinite(value) && value >= SECONDS_MIN && value <= SECONDS_MAX ? value : fallback;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * @summary Kiosk screen of a fair: turns the server-rendered list of product slides (`.kiosk-slide`)
 * into a self-running slideshow. Visitors browse with the buttons, a swipe or the arrow keys; that
 * stops the loop. After `data-idle` seconds without a touch it clears what the visitor typed,
 * closes what they opened and returns to the loop from the first slide.
 *
 * Timings: `data-interval` (seconds per slide) and `data-idle`; `?interval=` and `?idle=` in the
 * page address override them. State for styling and tests: `data-index`, `data-running` on the element.
 *
 * @fires ocop-kiosk-reset - The kiosk went back to its loop after an idle spell.
 */
export class OcopKiosk extends LitElement {
  static override properties = {
    interval: { type: Number, attribute: 'data-interval' },
    idle: { type: Number, attribute: 'data-idle' },
    index: { state: true },
    playing: { state: true },
    visitor: { state: true },
  };

  declare interval: number;
  declare idle: number;
  declare index: number;
  /** The loop is on (staff may pause it). */
  declare playing: boolean;
  /** Someone is browsing: the loop waits until the idle spell is over. */
  declare visitor: boolean;

  #slides: HTMLElement[] = [];
  #list: HTMLElement | null = null;
  #advance: ReturnType<typeof setTimeout> | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #swipeStart: { x: number; y: number } | undefined;

  constructor() {
    super();
    this.interval = 8;
    this.idle = 60;
    this.index = 0;
    this.playing = true;
    this.visitor = false;
  }

  // Light DOM, and the controls go inside the page's <main> (every control inside a landmark).
  protected override createRenderRoot() {
    return this.querySelector<HTMLElement>('main') ?? this;
  }

  get #running() {
    return this.playing && !this.visitor && this.#slides.length > 1;
  }

  get #text() {
    const lang = document.documentElement.lang;
    return fairElementText[isLocale(lang) ? lang : 'vi'];
  }

  override connectedCallback() {
    super.connectedCallback();
    this.interval = seconds('interval', this.interval);
    this.idle = seconds('idle', this.idle);
    this.#list = this.querySelector('.kiosk-slides');
    // A kiosk can run offline for days: a product whose certificate lapses meanwhile leaves the loop.
    const today = vietnamDay(new Date());
    this.#slides = [...this.querySelectorAll<HTMLElement>('.kiosk-slide')].filter((slide) => {
      const { expiresOn, revokedOn } = slide.dataset;
      const current = !expiresOn || isCurrent(statusOn({ expiresOn, revokedOn }, today));
      if (!current) slide.remove();
      return current;
    });
    this.classList.add('is-enhanced');
    for (const type of ['pointerdown', 'input', 'wheel'] as const)
      this.addEventListener(type, this.#onActivity, { passive: true });
    window.addEventListener('keydown', this.#onKey);
    this.addEventListener('pointerdown', this.#onSwipeStart, { passive: true });
    this.addEventListener('pointerup', this.#onSwipeEnd, { passive: true });
    this.addEventListener('ocop-fair-search-pick', this.#onPick);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#advance);
    clearTimeout(this.#idleTimer);
    for (const type of ['pointerdown', 'input', 'wheel'] as const)
      this.removeEventListener(type, this.#onActivity);
    window.removeEventListener('keydown', this.#onKey);
    this.removeEventListener('pointerdown', this.#onSwipeStart);
    this.removeEventListener('pointerup', this.#onSwipeEnd);
    this.removeEventListener('ocop-fair-search-pick', this.#onPick);
  }

  /** Any touch, click, key or typing: a visitor is here; start the idle countdown again. */
  #onActivity = (event: Event) => {
    // The play/pause button decides the loop itself.
    if (event.target instanceof Element && event.target.closest('[data-kiosk-play]')) return;
    this.visitor = true;
    this.#armIdle();
  };

  #armIdle() {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.reset(), this.idle * 1000);
  }

  #onKey = (event: KeyboardEvent) => {
    this.#onActivity(event);
    if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, () => void> = {
      ArrowRight: () => this.show(this.index + 1),
      PageDown: () => this.show(this.index + 1),
      ArrowLeft: () => this.show(this.index - 1),
      PageUp: () => this.show(this.index - 1),
      Home: () => this.show(0),
      End: () => this.show(this.#slides.length - 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  #onSwipeStart = (event: PointerEvent) => {
    this.#swipeStart = { x: event.clientX, y: event.clientY };
  };

  #onSwipeEnd = (event: PointerEvent) => {
    const start = this.#swipeStart;
    this.#swipeStart = undefined;
    if (!start || !(event.target instanceof Element) || !event.target.closest('.kiosk-slides')) return;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(event.clientY - start.y)) return;
    this.show(this.index + (dx < 0 ? 1 : -1));
  };

  #onPick = (event: Event) => {
    const { slug } = (event as CustomEvent<FairSearchPickDetail>).detail;
    const index = this.#slides.findIndex((slide) => slide.dataset.slug === slug);
    if (index < 0) return;
    event.preventDefault();
    this.visitor = true;
    this.#armIdle();
    this.show(index);
    for (const form of this.querySelectorAll('form')) form.reset();
    // The slide is shown once the element has updated: only then can it take the focus.
    void this.updateComplete.then(() => this.#slides[index]?.focus());
  };

  /** Shows a slide (wrapping around at both ends). */
  show(index: number) {
    const count = this.#slides.length;
    if (count > 0) this.index = ((index % count) + count) % count;
  }

  /** Back to the loop: clears what a visitor typed or opened, from the first slide. */
  reset() {
    clearTimeout(this.#idleTimer);
    for (const form of this.querySelectorAll('form')) form.reset();
    for (const details of this.querySelectorAll<HTMLDetailsElement>('details[open]')) details.open = false;
    if (document.activeElement instanceof HTMLElement && this.contains(document.activeElement))
      document.activeElement.blur();
    this.visitor = false;
    this.playing = true;
    this.index = 0;
    window.scrollTo(0, 0);
    this.dispatchEvent(new CustomEvent('ocop-kiosk-reset', { bubbles: true }));
  }

  #togglePlay = () => {
    if (this.#running) {
      this.playing = false;
    } else {
      this.playing = true;
      this.visitor = false;
    }
    // Paused by staff or not, the kiosk returns to its loop after the idle spell.
    this.#armIdle();
  };

  #fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen();
  };

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#slides.forEach((slide, i) => {
      slide.hidden = i !== this.index;
    });
    // Announce slides a visitor moves to, not every turn of the loop (WAI carousel pattern).
    this.#list?.setAttribute('aria-live', this.#running ? 'off' : 'polite');
    this.dataset.index = String(this.index);
    this.dataset.running = String(this.#running);
    clearTimeout(this.#advance);
    if (this.#running) this.#advance = setTimeout(() => this.show(this.index + 1), this.interval * 1000);
  }

  protected override render() {
    if (this.#slides.length === 0) return nothing;
    const text = this.#text;
    const running = this.#running;
    return html`<div class="kiosk-controls" role="group" aria-label=${text.controls}>
      <button type="button" class="kiosk-button" @click=${() => this.show(this.index - 1)}>
        <span aria-hidden="true">‹</span> ${text.previous}
      </button>
      <p class="kiosk-position">${text.position(this.index + 1, this.#slides.length)}</p>
      <button type="button" class="kiosk-button" data-kiosk-play @click=${this.#togglePlay}>
        ${running ? text.pause : text.play}
      </button>
      <button type="button" class="kiosk-button" @click=${() => this.show(this.index + 1)}>
        ${text.next} <span aria-hidden="true">›</span>
      </button>
      ${
        document.fullscreenEnabled
          ? html`<button type="button" class="kiosk-button" @click=${this.#fullscreen}>${text.fullscreen}</button>`
          : nothing
      }
    </div>`;
  }
}

customElements.define('ocop-kiosk', OcopKiosk);

declare global {
  interface HTMLElementTagNameMap {
    'ocop-kiosk': OcopKiosk;
  }
}
