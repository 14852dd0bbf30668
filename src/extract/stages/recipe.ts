import type { Recipe, Stage } from '../types';
import { normalizeKey } from '../blocks';
import { textOf } from '../dom';
import { pageIndex } from '../page-index';

// A recipe page sets its ingredients in one box (a table, a list) and its steps in another, far
// apart, each too short or too broken up for Readability to choose, and it then returns one of
// them or neither (a service box, the steps alone). The page's schema.org Recipe says what the
// ingredients and steps are; the boxes on the page that hold them are found before Readability
// runs and copied, and after it they are put into its choice where it left them out.

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
  const ingredientsHeld = ingredients !== null && holdsMost(content, ingredients);
  let chosen = content;
  if (steps && stepsHeld < stepKeys.length * STEPS_IN_CHOICE) {
    if (!ingredientsHeld) chosen = content.ownerDocument.createElement('div');
    chosen.append(steps);
  }
  if (ingredients && !ingredientsHeld) chosen.prepend(ingredients);
  return chosen;
}

/** Whether `content` already holds most of the box's text. */
function holdsMost(content: Element, box: Element): boolean {
  const held = ` ${normalizeKey(textOf(content))} `;
  const lines = Array.from(box.querySelectorAll('li, tr, p')).map((line) => normalizeKey(textOf(line))).filter(Boolean);
  if (lines.length === 0) return held.includes(` ${normalizeKey(textOf(box))} `);
  return lines.filter((line) => held.includes(` ${line} `)).length >= lines.length * MIN_SHARE;
}

/** schema.org Recipe in JSON-LD: its ingredients and its steps as plain strings. */
export function recipeOf(items: ReadonlyArray<Record<string, unknown>>): Recipe | null {
  const item = items.find((candidate) => [candidate['@type']].flat().some((type) => type === 'Recipe'));
  if (!item) return null;
  const ingredients = [item.recipeIngredient ?? item.ingredients].flat().filter((entry): entry is string => typeof entry === 'string');
  const steps = stepsOf(item.recipeInstructions);
  return ingredients.length > 0 || steps.length > 0 ? { ingredients, steps } : null;
}

/** The same, marked up in microdata: the texts of the elements that say they are ingredients or steps. */
export function recipeInMicrodata(doc: Document): Recipe | null {
  const texts = (selector: string) => Array.from(doc.querySelectorAll(selector), (el) => textOf(el)).filter(Boolean);
  const ingredients = texts('[itemprop="recipeIngredient"], [itemprop="ingredients"]');
  // One element may hold every step, as paragraphs: each is a step.
  const steps = Array.from(doc.querySelectorAll('[itemprop="recipeInstructions"]')).flatMap((el) => {
    const paragraphs = Array.from(el.querySelectorAll('p, li'), (line) => textOf(line)).filter(Boolean);
    return paragraphs.length > 0 ? paragraphs : [textOf(el)];
  });
  return ingredients.length > 0 || steps.length > 0 ? { ingredients, steps } : null;
}

function stepsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\n+/).filter((line) => line.trim());
  if (Array.isArray(value)) return value.flatMap(stepsOf);
  if (value && typeof value === 'object') {
    const entry = value as Record<string, unknown>;
    // A HowToSection lists its steps; a HowToStep says its text.
    if (entry.itemListElement) return stepsOf(entry.itemListElement);
    return typeof entry.text === 'string' ? [entry.text] : [];
  }
  return [];
}
