import type { BlockRule } from './block-rules';
import type { TextBlock } from './blocks';

/** Why a piece of the page was left out of the article. Stable keys: the UI translates them. */
export type RemovalReason =
  | 'hidden'
  | 'ad'
  | 'subscription'
  | 'share'
  | 'text-size-widget'
  | 'comments'
  | 'cookie-banner'
  | 'related'
  | 'next-article'
  | 'template'
  | 'loading-stub'
  | 'duplicate'
  | 'repeated-caption'
  | 'repeated-metadata'
  | 'navigation'
  | 'page-controls'
  | 'image-credit'
  | 'boilerplate'
  | 'empty'
  | 'reader-rule';

/** A block's shape: its tag and the site's design names it wears (see corrections/locator.ts). */
export interface BlockShape {
  tag: string;
  id?: string;
  classes: readonly string[];
}

/** The reader's rules for the site: blocks never to remove, blocks always to remove. */
export interface SiteRules {
  keep: readonly BlockShape[];
  drop: readonly BlockShape[];
}

export interface Removal {
  stage: string;
  reason: RemovalReason;
  /** What was removed, trimmed. */
  text: string;
  /** The removed block's markup (unsanitized: page-derived), for "Put back"; small blocks only. */
  html?: string;
  /** The text just before the block, to put it back in its place. */
  after?: string;
  /** The block's structure, for "always keep blocks like this" on the site. */
  block?: { tag: string; id?: string; classes: string[] };
}

export type Phase = 'before' | 'after';

export interface StageContext {
  /** The subtree the stage works on: the clone's body before Readability, the article after it. */
  root: Element;
  /** Facts about the page gathered before any cleaning (title, lead, byline…). */
  meta: Readonly<PageMetadata>;
  /** Removes `node` from the tree and records it; returns false when the node was already gone. */
  remove(node: Node, reason: RemovalReason): boolean;
  /** Records a removal of text that did not go with a whole node (e.g. a template inside a text node). */
  note(reason: RemovalReason, text: string): void;
  /** The root's text blocks as they are now; computed once per phase and kept up to date. */
  blocks(): TextBlock[];
  /** The reader's rules for this site. */
  site: Readonly<SiteRules>;
}

/** A stage that walks the tree itself. */
export interface WalkingStage {
  name: string;
  phase: Phase;
  run(ctx: StageContext): void;
}

/** A stage that removes one kind of block; all such stages share one walk (see block-rules.ts). */
export interface RuleStage {
  name: string;
  phase: 'before';
  rule: BlockRule;
}

export type Stage = WalkingStage | RuleStage;

export interface ExtractOptions {
  /** The page's address; relative links are resolved against it. */
  url?: string;
  /** List the removed blocks in `removals` at once (`extractKeepingRemovals` reads them when asked). */
  debug?: boolean;
  /** Stage names to skip. */
  disable?: readonly string[];
  /** Give up with `too-large` above this many elements (0: no limit). */
  maxElements?: number;
  /** Give up with `too-large` when elements nest deeper than this (0: no limit). */
  maxDepth?: number;
  /** Return Readability's best guess even when it does not look like an article. */
  force?: boolean;
  /**
   * The article's root, chosen by the reader (an element of the document): the cleaning runs
   * inside it, and nothing outside it is scored or taken.
   */
  root?: Element;
  /** Blocks of these shapes are never removed (the reader's "always keep blocks like this"). */
  keep?: readonly BlockShape[];
  /** Blocks of these shapes are always removed (the reader's "always drop blocks like this"). */
  drop?: readonly BlockShape[];
}

export interface ResolvedOptions {
  site: SiteRules;
  url: string | null;
  disable: ReadonlySet<string>;
  maxElements: number;
  maxDepth: number;
  force: boolean;
}

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  leadImage: string | null;
  baseUrl: string | null;
  /** The page says it is a forum thread or a question with answers (schema.org): the posts are the content. */
  discussion: boolean;
  /** The page declares a schema.org Recipe: what its ingredients and steps say. */
  recipe?: Recipe;
}

export interface Recipe {
  ingredients: string[];
  steps: string[];
}

export interface Article extends Omit<PageMetadata, 'baseUrl' | 'title' | 'discussion' | 'recipe'> {
  title: string;
  /** Article HTML as the pipeline left it: not yet sanitized, never render it as is. */
  html: string;
  /** Blocks separated by one blank line, the title first. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** Count of removals by reason. */
  removed: Partial<Record<RemovalReason, number>>;
  /** Every removal with its text, when `debug` is on. */
  removals?: Removal[];
}

export type ExtractFailure = 'no-article' | 'too-large';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; error: ExtractFailure; bestGuess?: Article };
