import type { Stage } from '../types';
import { namePattern } from '../dom';

// The site's own "text size – 17 +" control: useless in a reader that has its own.
const WIDGET_NAMES = namePattern([
  'font-size', 'fontsize', 'text-size', 'textsize', 'font-resize', 'text-resize', 'font-control',
  'font-changer', 'fontsizer', 'resize-text', 'text-zoom', 'textzoom', 'font-scale', 'font-switcher',
]);
const TEXT_SIZE = [
  'размер (?:текста|шрифта)', 'text size', 'font size', 'розмір (?:тексту|шрифту)', 'schriftgröße', 'taille (?:du texte|de (?:la )?police)',
  'tamaño (?:del texto|de (?:la )?letra|de (?:la )?fuente)', 'tamanho (?:do texto|da fonte|da letra)', 'dimensione (?:del )?(?:testo|carattere)',
  'rozmiar (?:tekstu|czcionki)', 'μέγεθος (?:κειμένου|γραμμάτων|γραμματοσειράς)', '字[体體]大小', '字[号號]', '[调調]整字[体體]',
].join('|');
const WIDGET_PHRASES = new RegExp(`${TEXT_SIZE}|(?:увеличить|уменьшить) шрифт|(?:increase|decrease) (?:font|text)`, 'i');
// "A−  A+" pairs; a lone letter is left alone: drop caps are single letters too.
const WIDGET_LABEL = new RegExp(`^(?:${TEXT_SIZE}|a\\s*[-−]\\s*a\\s*\\+|a\\s*\\+\\s*a\\s*[-−])$`, 'i');
// A row of the page's tools (print, e-mail, text size) is links that run the page's script
// instead of going anywhere.
const SCRIPT_LINKS = 'a[href^="javascript:" i], a[onclick]';
const MIN_SCRIPT_LINKS = 2;

export const textSizeWidget: Stage = {
  name: 'text-size-widget',
  phase: 'before',
  rule: {
    reason: 'text-size-widget',
    names: WIDGET_NAMES,
    phrases: WIDGET_PHRASES,
    label: WIDGET_LABEL,
    maxChars: 120,
    structure: (el) => (el.querySelector('button, input[type="range"], select') || el.querySelectorAll(SCRIPT_LINKS).length >= MIN_SCRIPT_LINKS ? 1 : 0),
  },
};
