// Captions as the caption stages see them: text-only elements under pictures, with their text.

import { collapse, textOf } from './dom';

/** Words that introduce a picture's credit, in the languages we read. */
export const CREDIT_WORDS =
  'image|images|photo|photos|picture|foto|fotos|фото|изображение|credit|credits|source|источник|джерело|illustration|иллюстрация|bild|bildquelle|bildnachweis|quelle|crédits?|crédito|créditos|imagen|imagem|immagine|photograph|fotografía|zdjęcie|fot\\.';

export interface Caption {
  el: Element;
  text: string;
}

/** Elements matching `selector` that hold only text (a wrapper with the picture in it is not a caption). */
export function textCaptions(root: Element, selector: string): Caption[] {
  return Array.from(root.querySelectorAll(selector))
    .filter((el) => !el.querySelector('img, picture, video, p, figcaption'))
    .map((el) => ({ el, text: textOf(el) }));
}

export const PICTURE = 'img, picture, video';

/** A block that is a picture and nothing to read: `<p><img></p>`, a bare `<picture>`. */
export function isPictureOnly(el: Element | null): boolean {
  return el !== null && (el.matches(PICTURE) || el.querySelector(PICTURE) !== null) && collapse(textOf(el)) === '';
}
