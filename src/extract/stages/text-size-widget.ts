import type { Stage } from '../types';
import { namePattern } from '../dom';

// The site's own "text size – 17 +" control: useless in a reader that has its own.
const WIDGET_NAMES = namePattern([
  'font-size', 'fontsize', 'text-size', 'textsize', 'font-resize', 'text-resize', 'font-control',
  'font-changer', 'fontsizer', 'resize-text', 'text-zoom', 'textzoom', 'font-scale', 'font-switcher',
]);
const WIDGET_PHRASES =
  /размер (?:текста|шрифта)|text size|font size|розмір (?:тексту|шрифту)|(?:увеличить|уменьшить) шрифт|(?:increase|decrease) (?:font|text)/i;
// "A−  A+" pairs; a lone letter is left alone: drop caps are single letters too.
const WIDGET_LABEL = /^(размер (?:текста|шрифта)|text size|font size|розмір (?:тексту|шрифту)|a\s*[-−]\s*a\s*\+|a\s*\+\s*a\s*[-−])$/i;

export const textSizeWidget: Stage = {
  name: 'text-size-widget',
  phase: 'before',
  rule: {
    reason: 'text-size-widget',
    names: WIDGET_NAMES,
    phrases: WIDGET_PHRASES,
    label: WIDGET_LABEL,
    maxChars: 120,
    structure: (el) => (el.querySelector('button, input[type="range"], select') ? 1 : 0),
  },
};
