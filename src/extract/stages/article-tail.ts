import type { RemovalReason, Stage } from '../types';
import { ownNodes, type TextBlock } from '../blocks';
import { linkDensity } from '../dom';
import { PROMO_PHRASES } from './promos';
import { RELATED_PHRASES } from './related';
import { SHARE_PHRASES } from './share';
import { COMMENT_PHRASES } from './comments';
import { END_NOTES } from './boilerplate';
import { isCredit } from './image-credits';

// What follows the last paragraph: "Follow us on…", "More articles from…", "Tell us what you
// think", a lone link to the next story. At the end of the article a short call to action is
// strong evidence on its own, so the walk goes up from the bottom and stops at the first block
// that is not one.
const FOLLOW = /^(?:follow|listen to|watch|download|get|join|sign up|subscribe|tell us|share|more (?:articles|stories|news) (?:from|by|on)|also on|read more|подпис|следите|читайте нас|смотрите нас|слушайте|присоединяйтесь|стежте|слухайте)/i;
// The site's pitch in the last lines: a quote, a demo, a call, a donation, "if you liked this…".
const PITCH =
  /\b(?:request|get) a (?:free )?quote\b|\bbook a (?:free )?(?:demo|call|consultation)\b|\bschedule a (?:free )?(?:demo|call|consultation)\b|^(?:get in touch|contact us)[.!]?$|\bif you (?:liked|enjoyed) (?:this|our|my|reading)\b|\bwe(?:['’]d| would)? (?:want|like|love) to hear (?:from you|what you think)\b|\breaders like you\b|\bpin (?:it |this )?for later\b|\blike what you(?:['’]re| are) reading\b|^stay (?:connected|in touch)\b|\bpreferred source on google\b|\bon google news\b|\b(?:already have an account|have an account)\?/i;
/** A pitch is a line or two; a paragraph that ends on "book a consultation" is the page's text. */
const MAX_PITCH_CHARS = 160;
// Legal small print under a text: who owns it, whose views it is not.
const SMALL_PRINT = /^(?:©|copyright\b)|\bcopyright (?:©|\(c\)|\d{4})|\bviews expressed\b.{0,80}\b(?:not necessarily|solely|do not)\b|\bby posting a comment\b|\bcomment policy\b|\bcomments (?:are|will be) (?:filtered|moderated|reviewed|subject to moderation)\b|\b(?:breach(?:es)?|violates?) (?:our|the site['’]s) (?:community guidelines|terms|house rules)\b/i;
// The post's tags: "Tags: a, b, c" (its links go to lists of other posts).
const TAGS = /^(?:tags?|tagi|tagged|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|étiquettes|etiquetas|теги|метки|тэги)\s*:/iu;
// "Written by Jane Doe" under the text: the byline, repeated where the author box starts.
const BYLINE = /^(?:[Ww]ritten|[Pp]osted|[Rr]eviewed|[Ee]dited|[Ff]act[- ]checked|[Pp]ublished) by\s+\p{Lu}/u;
const MAX_BYLINE_CHARS = 80;
// "Jane Doe is a freelance writer covering…": the author box under the article. Its first
// sentence says so; the rest may go on about degrees and books.
const AUTHOR_BIO =
  /^(?:about the author\s*)?(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:is|was|has been)\s+(?:a|an|the|our)\s+.{0,80}\b(?:writer|editor|journalist|reporter|contributor|author|columnist|correspondent|researcher|blogger|photographer)\b/u;
const MAX_BIO_SENTENCE_CHARS = 200;
const MAX_BIO_CHARS = 500;
/**
 * A line this short under the text that says nothing we recognise ("RECOMMENDS", "All loans made
 * by X.") is passed over, and goes only if the walk then finds the tail's junk above it.
 */
const MAX_UNKNOWN_CHARS = 40;
const HEADING = /^H[1-6]$/;
/** Six words or more ending in a full stop: what a list's title never is. */
const SENTENCE = /^(?:\S+\s+){5,}.*\.$/su;
const MAX_TAIL_BLOCKS = 8;
/** The author's signature on the last line: their address, perhaps after their name. */
const SIGNATURE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** "Source: agency.com" under the text: where the story came from, said as a label, not a sentence. */
const SOURCE_LINE = /^(?:sources?|πηγ\p{L}*|источник\p{L}*|джерело|źródł\p{L}|quellen?|fuente|fonte|来源|來源)\s*[:：]\s*(?:\S+\s*){1,4}$/iu;
/** Their name alone on the line over the address. */
const NAME_ALONE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*$/u;
const MAX_CHARS = 300;

function isAuthorBio(text: string): boolean {
  if (text.length > MAX_BIO_CHARS) return false;
  const firstSentence = /^.+?[.!?](?:\s|$)/u.exec(text)?.[0] ?? text;
  return firstSentence.length <= MAX_BIO_SENTENCE_CHARS && AUTHOR_BIO.test(firstSentence);
}

/**
 * `overLines`: short lines were passed over below; only what the block says can take them along,
 * and not a word such as "Get…" or "Watch…" that a product's own lines start with too.
 */
function reasonFor(block: TextBlock, overLines: boolean): RemovalReason | null {
  const text = block.text;
  if (isAuthorBio(text)) return 'boilerplate';
  if (text.length > MAX_CHARS) return null;
  if (END_NOTES.test(text) || SMALL_PRINT.test(text) || SOURCE_LINE.test(text) || SIGNATURE.test(text)) return 'boilerplate';
  // "Photos: Agency" under the last paragraph: the credit of the pictures above.
  if (isCredit(text, { saysCredit: true })) return 'image-credit';
  if (text.length <= MAX_BYLINE_CHARS && BYLINE.test(text)) return 'boilerplate';
  if (RELATED_PHRASES.test(text) || TAGS.test(text)) return 'related';
  if (COMMENT_PHRASES.test(text)) return 'comments';
  if (SHARE_PHRASES.test(text)) return 'share';
  if (PROMO_PHRASES.test(text) || (text.length <= MAX_PITCH_CHARS && PITCH.test(text))) return 'subscription';
  if (overLines) return null;
  // A heading with nothing after it headed a list that has gone (or is going now); a sentence set
  // as a heading (a pull quote, a closing line) heads nothing, unless it links away ("log in to…").
  if (HEADING.test(block.el.tagName) && (!SENTENCE.test(text) || block.el.querySelector('a'))) return 'related';
  if (FOLLOW.test(text)) return 'subscription';
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
    const passedOver: TextBlock[] = [];
    for (let i = blocks.length - 1, seen = 0; i >= 0 && seen < MAX_TAIL_BLOCKS; i--, seen++) {
      const block = blocks[i]!;
      const reason = reasonFor(block, passedOver.length > 0);
      if (!reason) {
        if (block.text.length > MAX_UNKNOWN_CHARS) break;
        passedOver.push(block);
        continue;
      }
      for (const below of passedOver.splice(0)) for (const node of ownNodes(below)) ctx.remove(node, reason);
      for (const node of ownNodes(block)) ctx.remove(node, reason);
      // An address alone: the author's name may stand alone on the line over it.
      const above = blocks[i - 1];
      if (!/\s/.test(block.text) && SIGNATURE.test(block.text) && above && NAME_ALONE.test(above.text)) {
        for (const node of ownNodes(above)) ctx.remove(node, reason);
        i--;
        seen++;
      }
    }
  },
};
