import type { Stage } from '../types';
import { tagOf, textOf } from '../dom';
import { BOILERPLATE } from './boilerplate';

// The site's legal small print in a box of its own: who owns the site, what may be quoted and
// how, "all rights reserved". It is the same on every page, and under a short story it can hold
// more text than the story, so that Readability reads it as the article. It goes before
// Readability when it says what such notices say and carries their mark (©, "copyright"). Not
// by its names: a heading about copyright law gets an id of the same words. A story about
// copyright that quotes such a line does it in a paragraph among paragraphs, and keeps it.
// Said at its opening: a sidebar or a sign-up box that ends on a rights line is something else.
const OPENING_CHARS = 150;
// The rights lines the after-phase takes out of the text, and the longer notices' own phrases.
const LEGAL_PHRASES = new RegExp(
  `^[^]{0,${OPENING_CHARS}}?(?:${BOILERPLATE.source}|${[
    'may not be (?:reproduced|republished|copied|redistributed)', 'without (?:the )?(?:prior )?written permission',
    '(?:copyright|rights) (?:owner|holder)', 'no part of [^.]{0,80}may be (?:reproduced|copied|republished)', 'правообладател',
    'все права на материалы', '(?:цитирование|перепечатка|копирование) материалов', '(?:гипер)?ссылк[^.]{0,40}обязательн',
    '(?:wszelkie|wszystkie) prawa zastrzeżone', 'nie może być (?:\\p{L}+ ){0,3}(?:powielan|kopiowan|rozpowszechnian|reprodukowan)',
    'alle rechte vorbehalten', 'tous droits réservés', 'todos (?:los derechos reservados|os direitos reservados)', 'tutti i diritti riservati',
  ].join('|')})`,
  'iu',
);
const LEGAL_MARK = /©|\(c\)\s*\d{4}|\bcopyright\b/i;

export const legalNotice: Stage = {
  name: 'legal-notice',
  phase: 'before',
  rule: {
    reason: 'boilerplate',
    phrases: LEGAL_PHRASES,
    maxChars: 3000,
    structure: (el) => (LEGAL_MARK.test(textOf(el)) && !isParagraphAmongParagraphs(el) ? 1 : 0),
  },
};

function isParagraphAmongParagraphs(el: Element): boolean {
  if (tagOf(el) !== 'P') return false;
  const isParagraph = (sibling: Element | null) => sibling !== null && tagOf(sibling) === 'P';
  return isParagraph(el.previousElementSibling) || isParagraph(el.nextElementSibling);
}
