// Running one phase of the pipeline: its stages in order over one subtree, consecutive rule
// stages sharing one walk, every removal logged, text blocks computed once and kept current.

import type { PageMetadata, Phase, Removal, RemovalReason, SiteRules, Stage, StageContext } from './types';
import { describeBlock, matchesBlock } from '../corrections/locator';
import { runBlockRules, type ActiveRule } from './block-rules';
import { pageIndex } from './page-index';
import { BLOCK_TAGS, collapse, hasText, isAttached, isElement, tagOf } from './dom';
import { textBlocks, type TextBlock } from './blocks';

const REMOVAL_TEXT_LIMIT = 300;

/** A removal as it happened: what it is and where it stood, read into a `Removal` only when asked. */
interface Pending {
  stage: string;
  reason: RemovalReason;
  text: () => string;
  block?: Element;
  parentAtRemoval?: Element | null;
  siblingBefore?: Element | null;
}

/**
 * Counts every removal and keeps what the "what was removed" list needs. The list's text, markup
 * and anchors are read only when it is asked for (most readers never open it): the removed nodes
 * stay as they were, detached, and where they stood is noted at once.
 */
export class RemovalLog {
  readonly counts: Partial<Record<RemovalReason, number>> = {};
  private readonly pending: Pending[] = [];
  private details: Removal[] | undefined;
  private readonly chars = new Map<string, number>();
  /** `measuredStages`: stages whose removed text is counted now. */
  constructor(private readonly measuredStages: readonly string[] = []) {}
  record(stage: string, reason: RemovalReason, text: () => string, node?: Node): void {
    this.counts[reason] = (this.counts[reason] ?? 0) + 1;
    if (this.measuredStages.includes(stage)) this.chars.set(stage, (this.chars.get(stage) ?? 0) + collapse(text()).length);
    // Menus and hidden copies are not put back.
    const block = node && isElement(node) && reason !== 'navigation' && reason !== 'hidden' ? node : undefined;
    this.pending.push({ stage, reason, text, block, parentAtRemoval: block?.parentElement, siblingBefore: block?.previousElementSibling });
  }
  /** Every removal with its text, in order. */
  entries(): Removal[] {
    return (this.details ??= this.pending.map(toRemoval));
  }
  /** Characters of text the stage removed (for measured stages). */
  measured(stage: string): number {
    return this.chars.get(stage) ?? 0;
  }
}

const PUT_BACK_MAX_HTML = 20_000;
const PUT_BACK_MAX_TEXT = 3_000;
const ANCHOR_CHARS = 80;

function toRemoval({ stage, reason, text, block, parentAtRemoval, siblingBefore }: Pending): Removal {
  const removed = collapse(text());
  // A long block is not worth a copy of its markup.
  const offerBack = block && removed && removed.length <= PUT_BACK_MAX_TEXT;
  return { stage, reason, text: removed.slice(0, REMOVAL_TEXT_LIMIT), ...(offerBack ? restorable(block, parentAtRemoval ?? null, siblingBefore ?? null) : {}) };
}

/** What "Put back" and "always keep blocks like this" need of a removed block. */
function restorable(el: Element, parent: Element | null, previous: Element | null): Pick<Removal, 'html' | 'after' | 'block'> {
  const html = el.outerHTML;
  return {
    ...(html.length <= PUT_BACK_MAX_HTML ? { html } : {}),
    after: textBefore(parent, previous),
    block: describeBlock(el),
  };
}

/** The end of the text that stood before the block: its earlier siblings', then its ancestors'. */
function textBefore(parent: Element | null, previous: Element | null): string {
  let before = previous;
  let node = parent;
  for (;;) {
    for (; before; before = before.previousElementSibling) {
      const text = collapse(before.textContent ?? '');
      if (text) return text.slice(-ANCHOR_CHARS);
    }
    if (!node) return '';
    before = node.previousElementSibling;
    node = node.parentElement;
  }
}

const NO_SITE_RULES: SiteRules = { keep: [], drop: [] };

export function runPhase(
  phase: Phase,
  stages: readonly Stage[],
  root: Element,
  meta: PageMetadata,
  log: RemovalLog,
  screenedDepth = 0,
  site: SiteRules = NO_SITE_RULES,
): BlockCache {
  const { keep } = site;
  const blocks = new BlockCache(root);
  const contextFor = (stage: Stage): StageContext => ({
    root,
    meta,
    remove(node, reason) {
      if (!node.parentNode || (keep.length > 0 && isElement(node) && keep.some((shape) => matchesBlock(node, shape)))) return false;
      log.record(stage.name, reason, () => node.textContent ?? '', node);
      blocks.removing(node);
      node.parentNode.removeChild(node);
      return true;
    },
    note: (reason, text) => {
      blocks.invalidate();
      log.record(stage.name, reason, () => text);
    },
    blocks: () => blocks.get(),
    site,
  });
  // Consecutive rule stages share one walk over the tree.
  let rules: ActiveRule[] = [];
  const flushRules = () => {
    if (rules.length) runBlockRules(root, pageIndex(root), rules, screenedDepth);
    rules = [];
  };
  for (const stage of stages) {
    if (stage.phase !== phase) continue;
    if ('rule' in stage) {
      const context = contextFor(stage);
      rules.push({ rule: stage.rule, remove: (el) => context.remove(el, stage.rule.reason) });
      continue;
    }
    flushRules();
    stage.run(contextFor(stage));
  }
  flushRules();
  return blocks;
}

/**
 * Text blocks are read by several stages; computing them once per phase and dropping removed ones
 * is much cheaper than re-reading the tree. Removing part of a block's text makes them stale.
 */
export class BlockCache {
  private blocks: TextBlock[] | null = null;
  private stale = false;
  constructor(private readonly root: Element) {}
  get(): TextBlock[] {
    if (!this.blocks || this.stale) this.blocks = textBlocks(this.root);
    else this.blocks = this.blocks.filter((block) => isAttached(block.el, this.root));
    this.stale = false;
    return this.blocks;
  }
  removing(node: Node): void {
    // A whole block leaves the list by itself; a piece of a block's text makes it stale.
    if (!this.blocks || this.stale || (isElement(node) && BLOCK_TAGS.has(tagOf(node)))) return;
    if (hasText(node)) this.stale = true;
  }
  invalidate(): void {
    this.stale = true;
  }
}
