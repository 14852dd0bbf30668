import type { Stage } from '../types';
import { ownNodes } from '../blocks';

// Legal and syndication lines publishers stamp on every article: affiliate disclosures,
// "All rights reserved", "Citation: … retrieved … from https://…", "Via SyndiGate.info".
const BOILERPLATE = new RegExp(
  [
    'affiliate (?:links?|commission)', 'may (?:earn|receive) (?:a |an )?(?:small )?(?:commission|affiliate)',
    'this (?:post|article|page) (?:may )?contains? (?:affiliate|sponsored)', 'all rights reserved',
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
