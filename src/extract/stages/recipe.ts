import type { Stage } from '../types';
import { normalizeKey } from '../blocks';
import { textOf } from '../dom';
import { pageIndex } from '../page-index';

// A recipe page sets its ingredients in one box (a table, a list) and its steps in another, far
// apart, each too short or too broken up for Readability to choose, and it then returns one of
// them or neither (a service box, the steps alone). The page's schema.org Recipe says what the
// ingredients and steps are; the boxes on the page that hold them are found before Readability
// runs and copied, and after it they are put into its choice where it left them out. What the
// page declares is read with the rest of its metadata (metadata.ts).

/** A box holds the list when it holds this share of its entries, at least. */
const MIN_SHARE = 0.6;
/** Readability's choice that holds less than this share of the steps is not the recipe. */
const STEPS_IN_CHOICE = 0.3;
/** Steps are matched by their opening words: pages split and reword the ends. */
const STEP_KEY_CHARS = 60;
const MIN_ENTRIES = 2;
/** Boxes up to this many times the list's own text, plus room for headings and amounts. */
const MAX_BOX_FACTOR = 4;
const BOX_SLACK_CHARS = 300;

interface Found {
  ingredients: Element | null;
  steps: Element | null;
  stepKeys: string[];
}
/** Kept by the root the stage ran on, until the pipeline asks after Readability. */
const found = new WeakMap<Element, Found>();

export const recipe: Stage = {
  name: 'recipe',
  phase: 'before',
  run(ctx) {
    const declared = ctx.meta.recipe;
    if (!declared) return;
    const stepKeys = declared.steps.map((step) => normalizeKey(step).slice(0, STEP_KEY_CHARS).trim()).filter(Boolean);
    const ingredients = boxHolding(ctx.root, declared.ingredients.map(normalizeKey).filter(Boolean));
    const steps = boxHolding(ctx.root, stepKeys);
    // A box that holds both is the recipe already; Readability is left to it.
    if (ingredients && steps && (ingredients.contains(steps) || steps.contains(ingredients))) return;
    found.set(ctx.root, {
      ingredients: ingredients && (ingredients.cloneNode(true) as Element),
      steps: steps && (steps.cloneNode(true) as Element),
      stepKeys,
    });
  },
};

/** The smallest element holding most of `keys`, among those of about their length. */
function boxHolding(root: Element, keys: string[]): Element | null {
  if (keys.length < MIN_ENTRIES) return null;
  const index = pageIndex(root);
  const chars = keys.reduce((sum, key) => sum + key.length, 0);
  const least = chars * MIN_SHARE;
  const most = chars * MAX_BOX_FACTOR + BOX_SLACK_CHARS;
  let best: Element | null = null;
  let bestCount = Math.ceil(keys.length * MIN_SHARE) - 1;
  let bestLength = Infinity;
  for (const el of Array.from(root.querySelectorAll('div, section, ul, ol, table, article, dl'))) {
    const length = index.textLength(el);
    if (length < least || length > most) continue;
    const text = ` ${normalizeKey(textOf(el))} `;
    const count = keys.filter((key) => text.includes(` ${key}`)).length;
    if (count > bestCount || (count === bestCount && best !== null && length < bestLength)) [best, bestCount, bestLength] = [el, count, length];
  }
  return best;
}

/**
 * After Readability: its choice with the ingredients put before it and the steps after it where
 * it lacks them. Where it holds neither (hardly any steps, not the ingredients), it is not the
 * recipe at all (the site's service box), and the two boxes are.
 */
export function withRecipe(root: Element, content: Element): Element {
  const recipeBoxes = found.get(root);
  found.delete(root);
  if (!recipeBoxes) return content;
  const { ingredients, steps, stepKeys } = recipeBoxes;
  const text = ` ${normalizeKey(textOf(content))} `;
  const stepsHeld = stepKeys.filter((key) => text.includes(` ${key}`)).length;
  const ingredientsHeld = ingredients !== null && holdsMost(text, ingredients);
  let chosen = content;
  if (steps && stepsHeld < stepKeys.length * STEPS_IN_CHOICE) {
    if (!ingredientsHeld) chosen = content.ownerDocument.createElement('div');
    chosen.append(steps);
  }
  if (ingredients && !ingredientsHeld) chosen.prepend(ingredients);
  return chosen;
}

/** Whether `held` (a key of the article's text, padded with spaces) holds most of the box's text. */
function holdsMost(held: string, box: Element): boolean {
  const lines = Array.from(box.querySelectorAll('li, tr, p')).map((line) => normalizeKey(textOf(line))).filter(Boolean);
  if (lines.length === 0) return held.includes(` ${normalizeKey(textOf(box))} `);
  return lines.filter((line) => held.includes(` ${line} `)).length >= lines.length * MIN_SHARE;
}
