import type { Stage } from '../types';
import { ownNodes } from '../blocks';

// Legal and syndication lines publishers stamp on every article: "All rights reserved",
// "Citation: … retrieved … from https://…", "Via SyndiGate.info".
const BOILERPLATE = new RegExp(
  [
    'all rights reserved',
    'retrieved \\d{1,2} \\w+ \\d{4} from https?:', 'this document is subject to copyright', 'via syndigate',
    'все права защищены', 'использование материалов разрешено', 'при (?:цитировании|использовании).{0,40}ссылка обязательна',
    'усі права захищені', 'всі права захищені',
  ].join('|'),
  'i',
);
const MAX_CHARS = 300;

export const boilerplate: Stage = {
  name: 'boilerplate',
  phase: 'after',
  run(ctx) {
    for (const block of ctx.blocks()) {
      if (block.text.length <= MAX_CHARS && BOILERPLATE.test(block.text)) {
        for (const node of ownNodes(block)) ctx.remove(node, 'boilerplate');
      }
    }
  },
};

/**
 * Notes that are boilerplate below the article but part of it above: an affiliate disclosure
 * opening a review is the author speaking to the reader; the same words after the last paragraph,
 * and the site's reprint rules, are the site's small print (see article-tail).
 */
export const END_NOTES = new RegExp(
  [
    'affiliate (?:links?|commission)', 'may (?:earn|receive) (?:a |an )?(?:small )?(?:commission|affiliate)',
    'this (?:post|article|page) (?:may )?contains? (?:affiliate|sponsored)',
    'ctrl\\s*\\+\\s*(?:enter|insert)', '(?:do not|don[’\']t) (?:reprint|republish|copy) (?:the )?(?:whole|entire|full)',
    'this entry was posted', 'bookmark the permalink', 'перепечатк\\p{L}* (?:материал|стат)', 'полное копирование', 'выделите (?:фрагмент|его|текст).{0,40}ctrl', 'передрук',
  ].join('|'),
  'iu',
);
