import type { ProductView } from '../content/catalogue.ts';

/** A booth shows OCOP products: one whose certificate has lapsed is left off its material and lead form. */
export const showsAtBooth = (view: Pick<ProductView, 'currentStars'>): boolean => view.currentStars !== null;
