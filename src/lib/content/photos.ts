/**
 * Content photos as astro:assets images. Entries keep each photo's path (see photoPath in
 * schemas/photo.ts); this resolves it against one glob of content/images.
 */
import { posix } from 'node:path';
import type { ImageMetadata } from 'astro';
import noPhoto from '../../assets/no-photo.png';
import type { LocalizedText } from './schemas/localized.ts';

// The extensions photoPath (schemas/photo.ts) accepts.
const images = import.meta.glob<ImageMetadata>('/content/images/**/*.{jpg,jpeg,png,webp,avif}', {
  eager: true,
  import: 'default',
});

export interface Photo {
  src: ImageMetadata;
  alt: LocalizedText;
  /** The neutral image shown while a product has no photo yet: not a picture of the product. */
  placeholder?: true;
}

/** What a product without photos shows, said plainly (an empty frame on a grey-green ground). */
export const noPhotoYet: Photo = {
  src: noPhoto,
  alt: { vi: 'Chưa có ảnh sản phẩm', en: 'No photo of this product yet' },
  placeholder: true,
};

/** The photos of an entry of content/<folder>/, whose paths are relative to that folder. */
export function resolvePhotos(folder: string, photos: { src: string; alt: LocalizedText }[]): Photo[] {
  return photos.map(({ src, alt }) => {
    const image = images[posix.join('/content', folder, src)];
    // The schema checked the path (photoPath): a miss here is a bug, not bad content.
    if (!image) throw new Error(`content/${folder}: photo ${src} is not among the globbed images`);
    return { src: image, alt };
  });
}
