// Captions as the caption stages see them: text-only elements under pictures, with their text.

import { textOf } from './dom';

/** Words that introduce a picture's credit, in the languages we read. */
export const CREDIT_WORDS =
  'image|images|photo|photos|picture|foto|fotos|фото|изображение|credit|credits|source|источник|джерело|illustration|иллюстрация|bild|bildquelle|bildnachweis|beitragsbild|titelbild|vorschaubild|quelle|crédits?|crédito|créditos|imagen|imagem|immagine|photograph|fotografía|zdjęcie|fot\\.';

export interface Caption {
  el: Element;
  text: string;
}

/**
 * Elements `isCaption` accepts that hold only text (a wrapper with the picture in it is not a
 * caption). A test in code, not a selector: a list of sibling and substring selectors cost ~2 ms a
 * page in the CLI's DOM, which compiles selectors at every call.
 */
export function textCaptions(root: Element, isCaption: (el: Element) => boolean): Caption[] {
  const captions: Caption[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (isCaption(el) && !el.querySelector('img, picture, video, p, figcaption')) captions.push({ el, text: textOf(el) });
  }
  return captions;
}

/** Named a caption or a credit by the page (`[class*="caption"]`, `[class*="credit"]`). */
export function classSaysCaption(el: Element, words: readonly string[] = ['caption']): boolean {
  const names = el.getAttribute('class');
  return names !== null && words.some((word) => names.includes(word));
}

export const PICTURE = 'img, picture, video';

/** A block that is a picture and nothing to read: `<p><img></p>`, a bare `<picture>`. */
export function isPictureOnly(el: Element | null): boolean {
  return el !== null && (el.matches(PICTURE) || el.querySelector(PICTURE) !== null) && textOf(el) === '';
}
