import type { Stage } from '../types';
import { namePattern, textOf } from '../dom';

// Buttons and captions of the page's own machinery that read as words once the script is gone:
// gallery counters, "Close", "Skip to content", "Media playback is unsupported on your device".
// Only a whole short text counts; the same word inside a sentence is prose.
const CONTROL_LABEL = new RegExp(
  '^(?:' +
    [
      'close', 'caption', 'toggle caption', '(?:hide|show) caption', 'skip to (?:main )?content', 'back to top',
      'image \\d+ of \\d*', '(?:image|photo|slide|page) \\d+ (?:of|/) ?/? ?\\d+', 'seite \\d+ von \\d+', 'страница \\d+ из \\d+', '\\d+\\s*(?:of|/)\\s*\\d+',
      'media playback is unsupported on your device', 'this (?:slideshow|video|content) requires javascript\\.?',
      'enlarge(?: this)? image', 'expand', 'view gallery', 'open gallery', 'play video', 'watch video', 'previous', 'next',
      'закрыть', 'развернуть', 'свернуть', 'наверх', 'смотреть галерею', 'открыть галерею', 'перейти к содержимому',
      'закрити', 'розгорнути', 'згорнути', 'нагору',
      // Continuation links and the notes around inline ads: the article simply goes on below.
      '(?:(?:advertisement|advert|ad|реклама)\\s*[-–—:]?\\s*)?(?:continue reading|keep reading|(?:article|story) continues)(?: (?:the main story|below|after (?:the )?(?:ad|advertisement)))?',
      'image', 'photo', 'фото', 'изображение', 'зображення', 'pin (?:it|this)?(?: for later)?!?', 'save (?:it )?for later',
      'читать далее', 'читать полностью', 'продолжение (?:ниже|следует)', 'читати далі', 'читати повністю',
      '(?:show|hide) (?:sources|references)', '(?:quellen|einzelnachweise) (?:aus|ein)blenden', 'read less', 'weniger anzeigen',
      'bild anzeigen', 'bild vergrößern', 'zum vergrößern(?: auf das bild)?(?: klicken)?', 'beitragsbild', 'weiterlesen', 'mehr lesen',
      'lire la suite', 'agrandir(?: l.image)?', 'leer más', 'seguir leyendo', 'continua a leggere', 'czytaj dalej', 'leia mais',
      '\\(?(?:noch )?keine bewertungen\\)?', '(?:was|is) this (?:(?:article|page|post|answer|information) )?(?:helpful|useful)\\??',
      'war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\\??',
      // Rating widgets, and what they say once a vote is in.
      '(?:please )?rate (?:this|the) (?:article|story|post|page)[.:!]?', 'thank you for (?:your )?(?:vote|rating|feedback)[.!]?',
      'оцените(?:,? пожалуйста,?)? (?:эту )?(?:статью|материал|новость|публикацию)[.:!]?(?: нам важно ваше мнение[.!]?)?',
      'спасибо[.!]? ваш[еаи]? (?:мнение|голос|оценка) (?:учтен[оа]?|принят[аоы]?)[.!]?',
      // Buttons of forums and Q&A sites, and of the site's own search and keyboard help.
      'reply', 'quote', 'reply with quote', 'reply to this (?:topic|thread|post)', 'start (?:a )?new (?:topic|thread)', 'ask (?:a )?question',
      'this topic was automatically closed .{0,80}', 'keyboard shortcuts', 'jump to(?: the (?:list|top|content|comments|recipe))?',
      'sort and filter', 'see all reviews',
      // The search engine's follow buttons news sites put under the headline.
      'add (?:\\S+ ){0,4}as (?:a )?preferred source(?: on google)?', '(?:follow|favou?rite) (?:us )?on google news',
    ].join('|') +
    ')$',
  'i',
);

// The site's archive calendar: years, months and a grid of day numbers, called what it is.
const CALENDAR_NAMES = namePattern(['calendar', 'datepicker', 'date-picker', 'archive-calendar']);
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])$/;
/** Every day of a month: a grid of fewer is a table of figures. */
const MIN_DAYS = 28;
const MAX_CALENDAR_CHARS = 2000;

function holdsDayGrid(el: Element): number {
  let days = 0;
  for (const cell of Array.from(el.querySelectorAll('td, th'))) if (DAY_NUMBER.test(textOf(cell))) days++;
  return days >= MIN_DAYS ? 2 : 0;
}

export const pageControls: Stage = {
  name: 'page-controls',
  phase: 'before',
  rule: { reason: 'page-controls', label: CONTROL_LABEL, names: CALENDAR_NAMES, structure: holdsDayGrid, maxChars: MAX_CALENDAR_CHARS },
};
