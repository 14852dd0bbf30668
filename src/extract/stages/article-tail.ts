import type { RemovalReason, Stage } from '../types';
import { ownNodes, type TextBlock } from '../blocks';
import { linkDensity } from '../dom';
import { PROMO_PHRASES } from './promos';
import { RELATED_PHRASES } from './related';
import { SHARE_PHRASES } from './share';
import { COMMENT_PHRASES } from './comments';
import { END_NOTES } from './boilerplate';

// What follows the last paragraph: "Follow us on…", "More articles from…", "Tell us what you
// think", a lone link to the next story. At the end of the article a short call to action is
// strong evidence on its own, so the walk goes up from the bottom and stops at the first block
// that is not one.
const FOLLOW = /^(?:follow|listen to|watch|download|get|join|sign up|subscribe|tell us|share|more (?:articles|stories|news) (?:from|by|on)|also on|read more|подпис|следите|читайте нас|смотрите нас|слушайте|присоединяйтесь|стежте|слухайте)/i;
// "Jane Doe is a freelance writer covering…": the author box under the article.
const AUTHOR_BIO =
  /^(?:about the author\s*)?(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:is|was|has been)\s+(?:a|an|the|our)\s+.{0,80}\b(?:writer|editor|journalist|reporter|contributor|author|columnist|correspondent|researcher|blogger|photographer)\b/u;
const MAX_BIO_CHARS = 220;
const HEADING = /^H[1-6]$/;
const MAX_TAIL_BLOCKS = 8;
const MAX_CHARS = 300;

function reasonFor(block: TextBlock): RemovalReason | null {
  const text = block.text;
  if (text.length > MAX_CHARS) return null;
  // A heading with nothing after it headed a list that has gone (or is going now).
  if (HEADING.test(block.el.tagName)) return 'related';
  if (END_NOTES.test(text) || (text.length <= MAX_BIO_CHARS && AUTHOR_BIO.test(text))) return 'boilerplate';
  if (RELATED_PHRASES.test(text)) return 'related';
  if (COMMENT_PHRASES.test(text)) return 'comments';
  if (SHARE_PHRASES.test(text)) return 'share';
  if (PROMO_PHRASES.test(text) || FOLLOW.test(text)) return 'subscription';
  // A short block that is all links below the article: someone else's headline.
  if (text.length <= 160 && linkDensity(block.el, text.length) > 0.8) return 'related';
  return null;
}

export const articleTail: Stage = {
  name: 'article-tail',
  phase: 'after',
  run(ctx) {
    const blocks = ctx.blocks();
    // An article that is all short blocks (a list, a table) has no tail to tell apart.
    if (blocks.length < 4) return;
    for (let i = blocks.length - 1, seen = 0; i >= 0 && seen < MAX_TAIL_BLOCKS; i--, seen++) {
      const reason = reasonFor(blocks[i]!);
      if (!reason) break;
      for (const node of ownNodes(blocks[i]!)) ctx.remove(node, reason);
    }
  },
};
