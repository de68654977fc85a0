/**
 * The enquiry basket, kept on the device (localStorage) so it survives reloads and is shared by
 * the tabs of the site. Browser-only; the server never sees it until the basket is sent.
 */
import type { LocalizedText } from '../content/schemas/localized.ts';

/** A product as "Add to enquiry" stores it: enough to show the line without the catalogue. */
export interface BasketProduct {
  slug: string;
  name: LocalizedText;
  producer: { slug: string; name: LocalizedText };
  unit: string;
  minimum?: number;
  samples: boolean;
}

/** The buyer's wishes for one product. */
export interface BasketItem extends BasketProduct {
  quantity?: number;
  sample?: boolean;
  targetPrice?: number;
  deliveryFrom?: string;
  deliveryTo?: string;
}

const STORAGE_KEY = 'ocop-enquiry-basket';
export const BASKET_CHANGE = 'ocop-basket-change';
const MAX_ITEMS = 30;

const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'object' && v !== null && typeof (v as { vi?: unknown }).vi === 'string';

// Storage is the user's: anything unreadable or tampered with is dropped, not trusted.
const isItem = (v: unknown): v is BasketItem => {
  if (typeof v !== 'object' || v === null) return false;
  const i = v as Partial<BasketItem>;
  return (
    typeof i.slug === 'string' &&
    isText(i.name) &&
    typeof i.producer === 'object' &&
    i.producer !== null &&
    typeof i.producer.slug === 'string' &&
    isText(i.producer.name) &&
    typeof i.unit === 'string'
  );
};

export function readBasket(): BasketItem[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isItem).slice(0, MAX_ITEMS) : [];
  } catch {
    return [];
  }
}

function writeBasket(items: BasketItem[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
  } catch {
    // Storage full or disabled (private mode): the basket lives as long as the page.
  }
  window.dispatchEvent(new CustomEvent(BASKET_CHANGE));
}

export function addToBasket(product: BasketProduct): void {
  const items = readBasket();
  if (items.some((i) => i.slug === product.slug) || items.length >= MAX_ITEMS) return;
  writeBasket([...items, { ...product, ...(product.minimum ? { quantity: product.minimum } : {}) }]);
}

export function updateBasketItem(slug: string, wishes: Partial<Omit<BasketItem, keyof BasketProduct>>): void {
  writeBasket(readBasket().map((i) => (i.slug === slug ? { ...i, ...wishes } : i)));
}

export function removeFromBasket(slug: string): void {
  writeBasket(readBasket().filter((i) => i.slug !== slug));
}

export function clearBasket(): void {
  writeBasket([]);
}

/** Calls back when the basket changes in this tab or another; returns the unsubscribe. */
export function onBasketChange(callback: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) callback();
  };
  window.addEventListener(BASKET_CHANGE, callback);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(BASKET_CHANGE, callback);
    window.removeEventListener('storage', onStorage);
  };
}
