import type { Stage } from '../types';
import { ownNodes } from '../blocks';

// Legal and syndication lines publishers stamp on every article: "All rights reserved",
// "Citation: … retrieved … from https://…", "Via SyndiGate.info".
export const BOILERPLATE = new RegExp(
  [
    'all rights reserved', '^\\(?alle angaben ohne gew(?:ä|ae)hr\\)?\\.?$',
    'retrieved \\d{1,2} \\w+ \\d{4} from https?:', 'this document is subject to copyright', 'via syndigate',
    'все права защищены', 'использование материалов разрешено', 'при (?:цитировании|использовании).{0,40}ссылка обязательна',
    'усі права захищені', 'всі права захищені',
    // Chinese "all rights reserved". Not the reprint terms or the disclaimer that the text is the
    // author's view only: references keep those as part of the article.
    '版[权權]所有',
  ].join('|'),
  'i',
);
const MAX_CHARS = 300;
// The site's own disclosure, wherever it stands: "Products are chosen independently by our
// editors. Purchases made through our links may earn us a commission." Page annotators count it
// out of the article at the top as at the bottom. An author's aside in brackets ("(both are
// affiliate links)") is part of a sentence of theirs, and stays.
const DISCLOSURE = new RegExp(
  [
    'affiliate[- ]links?\\b.{0,80}\\b(?:commission|purchase|earn|buy|provision)', '(?:commission|purchase|earn|buy|provision)\\w*\\b.{0,80}\\baffiliate[- ]links?',
    '\\bmay (?:earn|receive|get) (?:us )?(?:a |an )?(?:small )?(?:share of (?:sales|revenue)|commission|affiliate|compensation)',
    '\\bproducts? from (?:one or more of )?our advertisers\\b', '\\b(?:erhalten|bekommen) wir (?:\\p{L}+ ){0,2}(?:eine )?provision',
    '\\bwe earn a commission\\b', '\\bchosen independently by (?:our )?editors', '\\bsupported by commissions\\b',
    '\\bearn from qualifying purchases\\b', '\\bmay contain affiliate\\b',
    'partnerlinks?\\b.{0,60}\\bprovision', 'liens? (?:affiliés|d[’\']affiliation)', 'enlaces? de afiliad',
  ].join('|'),
  'iu',
);
/** The site's one-line note; a paragraph explaining the author's links is theirs to say. */
const MAX_DISCLOSURE_CHARS = 200;

function isDisclosure(text: string): boolean {
  return text.length <= MAX_DISCLOSURE_CHARS && DISCLOSURE.test(text.replace(/\([^)]*\)/g, ''));
}

export const boilerplate: Stage = {
  name: 'boilerplate',
  phase: 'after',
  run(ctx) {
    for (const block of ctx.blocks()) {
      if ((block.text.length <= MAX_CHARS && BOILERPLATE.test(block.text)) || isDisclosure(block.text)) {
        for (const node of ownNodes(block)) ctx.remove(node, 'boilerplate');
      }
    }
  },
};

/**
 * Notes that are the site's small print below the article (see article-tail): affiliate lines,
 * reprint rules, "this entry was posted in…".
 */
export const END_NOTES = new RegExp(
  [
    'affiliate (?:links?|commission)', 'may (?:earn|receive) (?:a |an )?(?:small )?(?:commission|affiliate)',
    'this (?:post|article|page) (?:may )?contains? (?:affiliate|sponsored)',
    // German, Spanish, French: "…von denen die Redaktion eine Provision erhält", partner links.
    'eine provision erh(?:ä|ae)lt', 'provision (?:erhalten|bekommen)', 'partner-?links', 'enlaces? de afiliad', 'liens? (?:d.affiliation|affiliés)',
    'ctrl\\s*\\+\\s*(?:enter|insert)', '(?:do not|don[’\']t) (?:reprint|republish|copy) (?:the )?(?:whole|entire|full)',
    'this entry was posted', 'bookmark the permalink', 'перепечатк\\p{L}* (?:материал|стат)', 'полное копирование', 'выделите (?:\\p{L}+ ){0,3}(?:фрагмент|его|текст|слово).{0,60}ctrl', 'передрук',
    // "Found a typo? Select the text and press Ctrl+Enter": the site's error report, not the story.
    'если вы (?:заметили|нашли) (?:ошибку|опечатку)', 'якщо ви (?:помітили|знайшли) (?:помилку|описку)', 'виділіть (?:\\p{L}+ ){0,3}(?:фрагмент|текст).{0,60}ctrl',
    '(?:select|highlight) (?:the )?(?:\\p{L}+ ){0,3}(?:text|fragment|word).{0,60}\\b(?:press|ctrl)\\b',
  ].join('|'),
  'iu',
);
