// The engine behind the "before Readability" stages that remove whole blocks (ads, promos,
// widgets, banners…). Each stage describes its kind of block; this file weighs the evidence.
//
// Why scored evidence and not single matches: a news story about subscriptions says "subscribe",
// a real paragraph can sit in a div called "promo-text". A block goes only when two kinds of
// evidence agree (its class/id names, a phrase only such blocks say, its structure), or when its
// whole text is a label such blocks wear ("Реклама", "Загрузка...").

import type { RemovalReason, StageContext } from './types';
import { hasName, isAttached, elementsBelow, linkDensity, tagOf, textOf } from './dom';
import { pageIndex } from './page-index';

export interface BlockRule {
  reason: RemovalReason;
  /** Class/id names such blocks carry (see `namePattern`). */
  names?: RegExp;
  /** Phrases only such blocks say; tested against the block's text. */
  phrases?: RegExp;
  /** A whole text that is a label of such a block; enough on its own. */
  label?: RegExp;
  /** Above this many characters a block is prose, whatever it is called. */
  maxChars: number;
  /** Extra structural evidence: 0, 1 or 2 points. */
  structure?: (el: Element, text: string) => number;
  /** Tags never removed by this rule (besides html, body, main, article). */
  skipTags?: ReadonlySet<string>;
}

const NEVER = new Set(['HTML', 'BODY', 'HEAD', 'MAIN', 'ARTICLE', 'H1', 'IMG', 'PICTURE', 'VIDEO']);
const REMOVE_AT = 3;

export function removeBlocks(ctx: StageContext, rule: BlockRule): void {
  const index = pageIndex(ctx.root);
  for (const el of elementsBelow(ctx.root)) {
    const tag = tagOf(el);
    if (NEVER.has(tag) || rule.skipTags?.has(tag)) continue;
    const length = index.textLength(el);
    if (length > rule.maxChars) continue;
    if (index.holdsArticle(el)) continue;
    if (!isAttached(el, ctx.root)) continue;
    if (scoreBlock(el, rule) >= REMOVE_AT) ctx.remove(el, rule.reason);
  }
}

export function scoreBlock(el: Element, rule: BlockRule): number {
  const named = rule.names !== undefined && hasName(el, rule.names);
  const text = textOf(el);
  if (rule.label && text.length > 0 && text.length <= 60 && rule.label.test(text)) return REMOVE_AT;
  let score = named ? 2 : 0;
  if (rule.phrases && text.length > 0 && rule.phrases.test(text)) score += 2;
  // Names alone or a phrase alone are one kind of evidence; look at structure only when needed.
  if (score > 0 && score < REMOVE_AT && rule.structure) score += rule.structure(el, text);
  // An empty named block (a slot filled by script later) is junk by its name alone.
  if (named && text.length === 0 && !el.querySelector('img, picture, video, figure, table')) score += 1;
  return score;
}

/** Structure shared by several rules: mostly links, or form controls. */
export function linksOrControls(el: Element, text: string): number {
  let points = 0;
  if (el.querySelector('button, input, select, textarea') || tagOf(el) === 'FORM') points += 1;
  if (text.length > 0 && linkDensity(el, text.length) > 0.5) points += 1;
  return points;
}
